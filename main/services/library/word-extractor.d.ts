// word-extractor 1.0.4 ships no types: the part of its API the .doc reader uses.
declare module 'word-extractor/lib/word-ole-extractor.js' {
  export default class WordOleExtractor {
    extract(reader: unknown): Promise<{ getBody(options?: { filterUnicode?: boolean }): string }>;
    extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown>;
    writeParagraphProperties(buffer: Buffer, table: Buffer): void;
  }
}
declare module 'word-extractor/lib/buffer-reader.js' {
  export default class BufferReader {
    constructor(buffer: Buffer);
  }
}
declare module 'word-extractor/lib/ole-allocation-table.js' {
  export default class AllocationTable {
    getSecIdChain(startSecId: number): number[];
  }
}

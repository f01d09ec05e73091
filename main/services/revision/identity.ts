// Which stored version an exported .docx is: custom document properties (docProps/custom.xml) that
// Word, WPS and LibreOffice keep when they save the file, so that an edited file that comes back can
// be matched to the document and version it was exported from.
export const PROP = {
  document: 'WengaoDocument',
  version: 'WengaoVersion',
  hash: 'WengaoHash',
  /** A 修订稿 shows the changes from this version to `version`. */
  base: 'WengaoBaseVersion',
} as const;

export interface Identity {
  documentId: number;
  version: number;
  /** The stored version's content hash (versions.hash). */
  hash: string;
  base?: number;
}

export function identityProperties(id: Identity): { name: string; value: string }[] {
  const props: { name: string; value: string }[] = [
    { name: PROP.document, value: String(id.documentId) },
    { name: PROP.version, value: String(id.version) },
    { name: PROP.hash, value: id.hash },
  ];
  if (id.base !== undefined) props.push({ name: PROP.base, value: String(id.base) });
  return props;
}

/** The identity in a file's custom properties (name → value), or undefined when it has none or a damaged one. */
export function identityOf(props: ReadonlyMap<string, string>): Identity | undefined {
  const int = (s: string | undefined) => (s !== undefined && /^\d{1,9}$/.test(s.trim()) ? Number(s.trim()) : undefined);
  const documentId = int(props.get(PROP.document));
  const version = int(props.get(PROP.version));
  const hash = props.get(PROP.hash)?.trim();
  if (!documentId || !version || !hash || !/^[0-9a-f]{16,64}$/.test(hash)) return undefined;
  const base = int(props.get(PROP.base));
  return { documentId, version, hash, ...(base ? { base } : {}) };
}

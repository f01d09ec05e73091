// A version is a whole DocModel, stored as its head (everything but the blocks) and one chunk per
// block, each chunk kept once by its hash. Reading a version puts the same DocModel back together.
import { createHash } from 'node:crypto';
import type { Block, DocModel } from '../../../core/doc/model.ts';
import { blockText, runsText } from '../../../core/doc/text.ts';

export interface Chunk {
  hash: string;
  json: string;
  text: string;
}

export function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function chunk(json: string, text: string): Chunk {
  return { hash: sha(json).slice(0, 32), json, text };
}

/** The head chunk, the block chunks in order, and the hash of the whole document. */
export function toChunks(doc: DocModel): { head: Chunk; blocks: Chunk[]; hash: string } {
  const { blocks } = doc;
  // The head keeps an empty `blocks` in its place, so that the DocModel read back has its keys in
  // the order they were saved in and JSON.stringify gives the same bytes.
  const headJson = JSON.stringify({ ...doc, blocks: [] });
  const blockChunks = blocks.map((b: Block) => chunk(JSON.stringify(b), blockText(b, '')));
  return {
    head: chunk(headJson, runsText(doc.title)),
    blocks: blockChunks,
    hash: sha(headJson + '\n' + blockChunks.map((c) => c.hash).join('\n')),
  };
}

export function fromChunks(headJson: string, blockJsons: readonly string[]): DocModel {
  const head = JSON.parse(headJson) as DocModel;
  return { ...head, blocks: blockJsons.map((j) => JSON.parse(j) as Block) };
}

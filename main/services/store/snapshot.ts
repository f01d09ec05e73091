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

/**
 * JSON with object keys sorted: the identity of content. The same DocModel written with its keys in
 * another order (a hand-edited .json, another program) is the same version, not a new one.
 */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

function chunk(value: unknown, text: string): Chunk {
  return { hash: sha(canonical(value)).slice(0, 32), json: JSON.stringify(value), text };
}

/** The head chunk, the block chunks in order, and the hash of the whole document. */
export function toChunks(doc: DocModel): { head: Chunk; blocks: Chunk[]; hash: string } {
  const { blocks } = doc;
  // The head keeps an empty `blocks` in its place, so that the DocModel read back has its keys in
  // the order they were saved in and JSON.stringify gives the same bytes.
  const head = chunk({ ...doc, blocks: [] }, runsText(doc.title));
  const blockChunks = blocks.map((b: Block) => chunk(b, blockText(b, '')));
  return { head, blocks: blockChunks, hash: sha([head.hash, ...blockChunks.map((c) => c.hash)].join('\n')) };
}

export function fromChunks(headJson: string, blockJsons: readonly string[]): DocModel {
  const head = JSON.parse(headJson) as DocModel;
  return { ...head, blocks: blockJsons.map((j) => JSON.parse(j) as Block) };
}

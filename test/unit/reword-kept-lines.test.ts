// The preview of 换一种说法 names WHICH paragraphs it kept as hers (session 19's screen test, defect 2):
// documents.redraft answers keptLines, her lines as the preview shows them (number marks included),
// so the preview marks them 「保留您的修改」 apart from the engine's lines that did not change.
// Fixture: ui20-town-gas-safety.json (青萝镇).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocModel } from '../../core/doc/model.ts';
import { partLines } from '../../core/doc/text.ts';
import { ownLines } from '../../core/draft/keep-own.ts';
import { useApi } from '../helpers/api.ts';

const { call } = useApi('wengao-kept-lines-');
const raw = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'ui20-town-gas-safety.json'), 'utf8')) as unknown;
const IN_PROBLEM = '镇里已为独居老人统一采购金属波纹管。';
const IN_TASK = '检查结果每周五报镇安委办。';

/** Her edits: a sentence after the problem paragraph of part 一 and after the first task of part 二 (a numbered 「（一）」 line). */
function edit(doc: DocModel): DocModel {
  const problem = doc.blocks.findIndex((b) => b.type === 'paragraph' && b.part === 1 && b.role === 'problem');
  const task = doc.blocks.findIndex((b) => b.type === 'paragraph' && b.part === 2 && b.role === 'task' && b.lead !== undefined);
  expect(problem).toBeGreaterThan(0);
  expect(task).toBeGreaterThan(0);
  const add = (b: Block, text: string): Block => (b.type === 'paragraph' || b.type === 'heading' ? { ...b, runs: [...b.runs, { text }] } : b);
  return { ...doc, blocks: doc.blocks.map((b, i) => (i === problem ? add(b, IN_PROBLEM) : i === task ? add(b, IN_TASK) : b)) };
}

describe('documents.redraft names the lines it kept as hers', () => {
  it('全文: her two lines, as the preview shows them; no line of the engine', async () => {
    const { documentId, doc } = await call('documents.create', { input: raw, options: { seed: 7 } });
    await call('versions.save', { documentId, doc: edit(doc as DocModel), kind: 'autosave' });
    const res = await call('documents.redraft', { documentId, options: { seed: 8 }, preview: true });
    expect(res.kept).toBe(2);
    const lines = res.keptLines ?? [];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain(IN_PROBLEM);
    expect(lines[1]).toContain(IN_TASK);
    // Each is a line of the new text exactly as the preview lists it (the task's 「（一）」 included).
    const shown = partLines(res.doc as DocModel);
    for (const l of lines) expect(shown).toContain(l);
    expect(lines[1]).toMatch(/^（一）/);
  });

  it('one part: only her line of that part', async () => {
    const { documentId, doc } = await call('documents.create', { input: raw, options: { seed: 7 } });
    await call('versions.save', { documentId, doc: edit(doc as DocModel), kind: 'autosave' });
    const res = await call('documents.redraft', { documentId, part: 2, preview: true });
    expect(res.keptLines).toHaveLength(1);
    expect(res.keptLines![0]).toContain(IN_TASK);
  });

  it('ownLines: the salutation and closing count when they are hers', () => {
    const doc: DocModel = {
      kind: 'speech',
      title: [{ text: '题' }],
      salutation: [{ text: '同志们、各位站长：' }],
      blocks: [{ type: 'paragraph', runs: [{ text: '系统的话。' }], part: 0 }],
      closing: [{ text: '散会。' }],
      parts: ['开场'],
    } as DocModel;
    const engine = new Set(['系统的话。', '散会。']);
    expect(ownLines(doc, (t) => !engine.has(t))).toEqual(['同志们、各位站长：']);
  });
});

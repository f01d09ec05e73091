// A version without a label says what it changed, in her words (session 21's screen test, 12b: 「第 2 版
// 自动保存」 held her two edits and said nothing — she could not tell which version held what). The note
// names the place (「第二部分」「标题」「“地点”一行」) and her first words there, or what she took out.
// Invented: 澜溪镇 (test/fixtures/ui22/speech-versions.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editNote } from '../../core/doc/edit-note.ts';
import type { Block, DocModel } from '../../core/doc/model.ts';
import { blockText, runsText } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import { loadDraftLibrary, PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { useApi } from '../helpers/api.ts';

const input = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'ui22', 'speech-versions.json'), 'utf8')) as unknown;
const doc = draft(input as Parameters<typeof draft>[0], loadDraftLibrary(), { seed: 3 });

/** The index of the first paragraph whose text holds `words`. */
const at = (d: DocModel, words: string) => d.blocks.findIndex((b) => b.type === 'paragraph' && runsText(b.runs).includes(words));
/** `d` with `text` added at the end of the paragraph holding `words`. */
function appended(d: DocModel, words: string, text: string): DocModel {
  const i = at(d, words);
  expect(i, words).toBeGreaterThanOrEqual(0);
  return { ...d, blocks: d.blocks.map((b, k) => (k === i && b.type === 'paragraph' ? { ...b, runs: [...b.runs, { text }] } : b)) };
}

describe('a version says what it changed', () => {
  it('her sentence added in part two: 「编辑了第二部分」 and her first words', () => {
    const edited = appended(doc, '夜间加密巡查', '各村要在田头设立禁烧公示牌。');
    expect(editNote(doc, edited)).toBe('编辑了第二部分：“各村要在田头设立禁烧公示牌。”');
  });

  it('a paragraph she typed between two of the engine has the part of the one before it', () => {
    const i = at(doc, '扩大还田和离田收储');
    const own: Block = { type: 'paragraph', runs: [{ text: '镇财政要安排专项资金，用于秸秆收储点建设和运输补助。' }] };
    const added = { ...doc, blocks: [...doc.blocks.slice(0, i + 1), own, ...doc.blocks.slice(i + 1)] };
    expect(editNote(doc, added)).toBe('编辑了第二部分：“镇财政要安排专项资金，用于秸…”');
  });

  it('a paragraph taken out is said as taken out, where it was', () => {
    const i = at(doc, '回顾前段工作');
    const cut = { ...doc, blocks: doc.blocks.filter((_, k) => k !== i) };
    expect(editNote(doc, cut)).toMatch(/^编辑了第一部分：删去“回顾前段工作/);
  });

  it('a paragraph written over says 改写 what into what, not 删去 (session 23 screen test, 9)', () => {
    const i = at(doc, '夜间加密巡查');
    const old = blockText(doc.blocks[i]!, '');
    const over: Block = { type: 'paragraph', runs: [{ text: '苇塘镇农机站要组织秸秆打捆机下田作业，做到随收随捆。' }] };
    const rewritten = { ...doc, blocks: doc.blocks.map((b, k) => (k === i ? over : b)) };
    const note = editNote(doc, rewritten)!;
    expect(note).toBe(`编辑了第二部分：改写“${[...old].slice(0, 14).join('')}…”为“苇塘镇农机站要组织秸秆打捆机…”`);
    expect(note).not.toMatch(/删去/);
  });

  it('edits in two places name both; the title and the speaker line by their names', () => {
    const two = appended({ ...doc, title: [{ text: '在澜溪镇夏收秸秆禁烧工作会上的讲话' }] }, '各村书记', '不能层层转发了事。');
    // 「各村书记…」 is the engine's closing part, but on the page it stands under 三、: 第三部分 (session 22's screen test).
    expect(editNote(doc, two)).toBe('编辑了标题、第三部分：“在澜溪镇夏收秸秆禁烧工作会上…”');
    expect(editNote(doc, { ...doc, closing: [...(doc.closing ?? []), { text: '散会后各村立即传达。' }] })).toBe('编辑了结尾：“散会后各村立即传达。”');
    expect(editNote(doc, { ...doc, speakerLine: [{ text: '镇长\u3000邝维川' }] })).toBe('编辑了讲话人一行：“镇长\u3000邝维川”');
  });

  it('many places: the first and how many; nothing changed: no note', () => {
    let many = appended(doc, '夜间加密巡查', '甲。');
    many = appended(many, '回顾前段工作', '乙。');
    many = appended(many, '各村书记', '丙。');
    expect(editNote(doc, many)).toBe('编辑了第一部分等 3 处：“乙。”');
    const opening = appended(doc, '今天召开全镇秸秆禁烧工作部署会', '请大家认真领会。');
    expect(editNote(doc, opening)).toBe('编辑了开场：“请大家认真领会。”');
    expect(editNote(doc, structuredClone(doc))).toBeNull();
  });
});

describe('versions.list carries the note of an unlabelled version', () => {
  const { call } = useApi('wengao-vnote-');
  it('an autosave of her edit says where and what; the generated version keeps its label', async () => {
    const { documentId } = await call('documents.create', { input, options: { seed: 3 } });
    const edited = appended(doc, '夜间加密巡查', '各村要在田头设立禁烧公示牌。');
    await call('versions.save', { documentId, doc: edited, kind: 'autosave' });
    const list = await call('versions.list', { documentId });
    expect(list.map((v) => [v.kind, v.label, v.note])).toEqual([
      ['generated', expect.any(String), undefined],
      ['autosave', null, '编辑了第二部分：“各村要在田头设立禁烧公示牌。”'],
    ]);
  });
});

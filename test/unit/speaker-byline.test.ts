// The speaker line of a speech whose material names the speaker by post only (session 19's final
// readings s62-3 「区委副书记、区长␣区长」, s61-7 「…局长␣局长」; r-s63 「县长␣县长」): the post is
// printed once and the name is a visible 【待补充：讲话人姓名】 (the reader: 「须补上真实姓名」). Checked in
// the draft text, back through from-text (the head, not the body, holds it; the text round-trips),
// and in the .docx as LibreOffice prints it. Fixture: ui20-district-speaker-post-only.json (鹭溪区).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docFromText } from '../../core/doc/from-text.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { runsText, toPlainText } from '../../core/doc/text.ts';
import { personInline } from '../../core/draft/facts.ts';
import { draft } from '../../core/draft/index.ts';
import type { SpeechInput, WengaoInput } from '../../core/input/schema.ts';
import { validateInput } from '../../core/input/index.ts';
import { exportDocx } from '../../main/services/export/docx.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { OFFICE_TIMEOUT_MS, docxToPdf, pdfText } from '../helpers/office.ts';

const library = loadDraftLibrary();
const input = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'ui20-district-speaker-post-only.json'), 'utf8')) as SpeechInput;
const GAP = '【待补充：讲话人姓名】';

function withSpeaker(speaker: { name: string; title?: string }): WengaoInput {
  return { ...input, meeting: { ...input.meeting, speaker } } as WengaoInput;
}
const byline = (doc: DocModel) => runsText(doc.speakerLine);

describe('the speaker line when the name field holds only the post', () => {
  it('prints the post once and asks for the name, at every seed', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const doc = draft(input as WengaoInput, library, { seed });
      const lines = toPlainText(doc).split('\n');
      expect(lines[2]).toBe(`区委副书记、区长\u3000${GAP}`);
      expect(toPlainText(doc)).not.toMatch(/区长[\s\u3000]*区长/);
    }
  });

  it('the same for a bare post, a unit’s head with no title, and a post that ends the title', () => {
    const cases: [{ name: string; title?: string }, string][] = [
      [{ name: '区长' }, `区长\u3000${GAP}`],
      [{ name: '区住房和城乡建设局局长' }, `区住房和城乡建设局局长\u3000${GAP}`],
      [{ name: '局长', title: '区住房和城乡建设局局长' }, `区住房和城乡建设局局长\u3000${GAP}`],
      [{ name: '区长', title: '区长' }, `区长\u3000${GAP}`],
      // r-s64 s64-10 [3]: the name field holds the post in other words than the title.
      [{ name: '县医疗保障局局长', title: '县医疗保障局党组书记、局长' }, `县医疗保障局党组书记、局长\u3000${GAP}`],
      [{ name: '镇长', title: '镇党委副书记、镇长' }, `镇党委副书记、镇长\u3000${GAP}`],
      [{ name: '县应急管理局主要负责同志', title: '县应急管理局党委书记、局长' }, `县应急管理局党委书记、局长\u3000${GAP}`],
    ];
    for (const [speaker, line] of cases) expect(byline(draft(withSpeaker(speaker), library, { seed: 2 })), JSON.stringify(speaker)).toBe(line);
  });

  it('a real name is printed as before', () => {
    expect(byline(draft(withSpeaker({ name: '蒲云帆', title: '区委副书记、区长' }), library, { seed: 2 }))).toBe('区委副书记、区长\u3000蒲云帆');
    expect(byline(draft(withSpeaker({ name: '蒲云帆' }), library, { seed: 2 }))).toBe('蒲云帆');
    expect(byline(draft(withSpeaker({ name: '王镇长', title: '镇党委副书记、镇长' }), library, { seed: 2 }))).toBe('镇党委副书记、镇长\u3000王镇长');
  });

  it('inside a sentence (a host, a reporter) the post is said once: 「副区长」, never 「副区长副区长」', () => {
    expect(runsText(personInline({ name: '副区长', title: '副区长' }, 'meeting.host'))).toBe('副区长');
    expect(runsText(personInline({ name: '区长', title: '区委副书记、区长' }, 'meeting.host'))).toBe('区委副书记、区长');
    expect(runsText(personInline({ name: '蒲云帆', title: '副区长' }, 'meeting.host'))).toBe('副区长蒲云帆');
    expect(runsText(personInline({ name: '县医疗保障局局长', title: '县医疗保障局党组书记、局长' }, 'meeting.host'))).toBe('县医疗保障局党组书记、局长');
  });

  it('a 会议记录 names a speaker typed by post once: 「区委副书记、区长：」', () => {
    const record = validateInput({
      kind: 'minutes',
      template: 'record',
      meeting: { name: '鹭溪区防汛工作专题会议', date: '2027-05-10', host: { name: '区长', title: '区委副书记、区长' } },
      agenda: [{ title: '研究汛前排口整治', remarks: [{ speaker: { name: '区长', title: '区委副书记、区长' }, points: ['排口整治要在汛前完成'] }] }],
    });
    if (!record.ok) throw new Error(JSON.stringify(record.errors));
    const text = toPlainText(draft(record.value, library, { seed: 1 }));
    expect(text).toContain('区委副书记、区长：排口整治要在汛前完成。');
    expect(text).toContain('主持人：区委副书记、区长');
    expect(text).not.toMatch(/区长（|区长区长/);
  });

  it('from-text reads the line back as the speaker line, not as the first paragraph; the text round-trips', () => {
    const doc = draft(input as WengaoInput, library, { seed: 3 });
    const text = toPlainText(doc);
    const back = docFromText(text, 'speech');
    expect(byline(back)).toBe(`区委副书记、区长\u3000${GAP}`);
    expect(runsText(back.salutation)).toBe('同志们：');
    expect(back.blocks.some((b) => 'runs' in b && runsText(b.runs).includes(GAP))).toBe(false);
    expect(toPlainText(back)).toBe(text);
  });
});

describe('the .docx as LibreOffice prints it', () => {
  let dir = '';
  let printed = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wengao-byline-'));
    const file = join(dir, 'byline.docx');
    writeFileSync(file, await exportDocx(draft(input as WengaoInput, library, { seed: 3 })));
    printed = await pdfText(await docxToPdf(file));
  }, OFFICE_TIMEOUT_MS);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the post once and the gap on the speaker line, under the date', () => {
    const lines = printed.split('\n').map((l) => l.replace(/\s/g, '')).filter(Boolean);
    const date = lines.indexOf('（2027年5月10日）');
    expect(date).toBeGreaterThan(0);
    expect(lines[date + 1]).toBe(`区委副书记、区长${GAP}`);
    expect(printed.replace(/\s/g, '')).not.toMatch(/区长区长/);
  });
});

// 修订稿 checked by LibreOffice: scripted edit lists (insert, delete, replace within a paragraph,
// move a paragraph, change a heading's level, a table edited, the last paragraphs deleted) exported
// from one version to the next; the file converted to ODT shows every change in its tracked-changes
// list with the author and date; accepting all gives exactly the new version's text, rejecting all
// exactly the old one's (each compared with LibreOffice's reading of the plain export), paragraph
// styles included. One soffice, driven through UNO, does all of it.
import JSZip from 'jszip';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel, ParagraphBlock } from '../../core/doc/model.ts';
import { exportDocx } from '../../main/services/export/docx.ts';
import { exportRevisionDocx } from '../../main/services/revision/export.ts';
import { identityOf } from '../../main/services/revision/identity.ts';
import { minutesModel, speechModel } from '../fixtures/docmodels.ts';
import { floodSpeech } from '../fixtures/revision/docs.ts';
import { odtTrackedChanges, type OdtChange } from '../helpers/odt-changes.ts';
import { OFFICE_TIMEOUT_MS } from '../helpers/office.ts';
import { uno, type Redline } from '../helpers/uno.ts';

const AUTHOR = '李秘书';
const DATE = new Date('2026-12-03T09:30:00Z');
const tmp = mkdtempSync(path.join(tmpdir(), 'wengao-revision-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const para = (doc: DocModel, start: string) => doc.blocks.findIndex((b) => b.type !== 'table' && 'runs' in b && b.runs.map((r) => r.text).join('').startsWith(start));

interface Case {
  name: string;
  from: DocModel;
  to: DocModel;
  /** Text that must show as deleted, and as inserted. */
  deleted: string[];
  inserted: string[];
  /** A paragraph format change is expected (a heading's level). */
  format?: boolean;
}

function speechEdits(): Case {
  const from = speechModel();
  const to = structuredClone(from);
  const opening = to.blocks[0] as ParagraphBlock;
  // Replace within a paragraph, and insert words.
  opening.runs[0]!.text = opening.runs[0]!.text.replace('分析当前形势', '总结前段工作').replace('工作会议', '工作推进会议');
  // Delete a paragraph.
  to.blocks.splice(para(to, '据县气象局预测'), 1);
  // Insert a paragraph.
  to.blocks.splice(1, 0, { type: 'paragraph', runs: [{ text: '这次会议是在入冬前召开的一次重要会议。' }] });
  // Move a paragraph (unchanged text) to the end of its part.
  const [moved] = to.blocks.splice(para(to, '节日期间燃放烟花爆竹'), 1);
  to.blocks.splice(para(to, '各乡镇要在主要上山路口') + 1, 0, moved!);
  // Change a heading's level: （二）基层防控能力仍有短板 → 二、.
  const h = to.blocks.findIndex((b) => b.type === 'heading' && b.runs[0]!.text === '基层防控能力仍有短板');
  (to.blocks[h] as { level: number }).level = 1;
  return {
    name: 'speech',
    from,
    to,
    deleted: ['分析当前形势', '据县气象局预测', '节日期间燃放烟花爆竹'],
    inserted: ['总结前段工作', '推进', '这次会议是在入冬前召开的一次重要会议。', '节日期间燃放烟花爆竹'],
    format: true,
  };
}

function minutesEdits(): Case {
  const from = minutesModel();
  const to = structuredClone(from);
  // A decision dropped, a table cell changed and a row added, a name added to the attendance.
  to.blocks.splice(para(to, '由县财政局牵头'), 1);
  const table = to.blocks.find((b) => b.type === 'table')!;
  if (table.type === 'table') {
    table.rows[1]![3] = [{ text: '12月20日前' }];
    table.rows.push([[{ text: '3' }], [{ text: '报送供热管网检修情况' }], [{ text: '县住建局' }], [{ text: '11月25日前' }]]);
  }
  const attendance = to.blocks.find((b) => b.type === 'labelled' && b.label === '请假')!;
  if (attendance.type === 'labelled') attendance.runs = [{ text: '黄志刚（出差）、林小兵（病假）' }];
  return { name: 'minutes', from, to, deleted: ['由县财政局牵头', '15'], inserted: ['20', '报送供热管网检修情况', '、林小兵（病假）'] };
}

function endingEdits(): Case {
  // The last paragraphs deleted: accepting must not leave an empty paragraph behind.
  const from = floodSpeech();
  const to = structuredClone(from);
  delete to.closing;
  to.blocks.pop();
  return { name: 'ending', from, to, deleted: ['各村党支部书记是本村防汛第一责任人', '同志们，防汛工作关系群众生命财产安全'], inserted: [] };
}

const cases: Case[] = [speechEdits(), minutesEdits(), endingEdits()];
const results = new Map<string, { odt: OdtChange[]; redlines: Redline[]; accepted: string[]; rejected: string[]; acceptedStyles: string[]; rejectedStyles: string[]; from: string[]; to: string[]; fromStyles: string[]; toStyles: string[] }>();

beforeAll(async () => {
  const jobs = [];
  for (const c of cases) {
    const rev = path.join(tmp, `${c.name}-修订稿.docx`);
    const from = path.join(tmp, `${c.name}-from.docx`);
    const to = path.join(tmp, `${c.name}-to.docx`);
    writeFileSync(rev, await exportRevisionDocx(c.from, c.to, { author: AUTHOR, date: DATE, identity: { documentId: 7, version: 3, hash: 'a'.repeat(64), base: 2 } }));
    writeFileSync(from, await exportDocx(c.from));
    writeFileSync(to, await exportDocx(c.to));
    jobs.push(
      {
        input: rev,
        steps: [
          { op: 'save' as const, to: path.join(tmp, `${c.name}.odt`), format: 'odt' as const },
          { op: 'redlines' as const },
          { op: 'acceptAll' as const },
          { op: 'paragraphs' as const },
          { op: 'styles' as const },
          { op: 'reload' as const },
          { op: 'rejectAll' as const },
          { op: 'paragraphs' as const },
          { op: 'styles' as const },
        ],
      },
      { input: from, steps: [{ op: 'paragraphs' as const }, { op: 'styles' as const }] },
      { input: to, steps: [{ op: 'paragraphs' as const }, { op: 'styles' as const }] },
    );
  }
  const out = await uno(jobs);
  for (const [k, c] of cases.entries()) {
    const [rev, from, to] = [out[3 * k]!, out[3 * k + 1]!, out[3 * k + 2]!];
    results.set(c.name, {
      odt: await odtTrackedChanges(path.join(tmp, `${c.name}.odt`)),
      redlines: rev[1] as Redline[],
      accepted: rev[3] as string[],
      acceptedStyles: rev[4] as string[],
      rejected: rev[7] as string[],
      rejectedStyles: rev[8] as string[],
      from: from[0] as string[],
      fromStyles: from[1] as string[],
      to: to[0] as string[],
      toStyles: to[1] as string[],
    });
  }
}, OFFICE_TIMEOUT_MS);

describe.each(cases)('修订稿 of the $name edits, read by LibreOffice', (c) => {
  it('accepting every change gives exactly the new version, rejecting every one exactly the old', () => {
    const r = results.get(c.name)!;
    expect(r.accepted).toEqual(r.to);
    expect(r.rejected).toEqual(r.from);
    expect(r.acceptedStyles).toEqual(r.toStyles);
    expect(r.rejectedStyles).toEqual(r.fromStyles);
  });

  it('the ODT’s tracked-changes list shows every change, by the user, dated', () => {
    const { odt } = results.get(c.name)!;
    const deletions = odt.filter((x) => x.kind === 'deletion').map((x) => x.text);
    const insertions = odt.filter((x) => x.kind === 'insertion').map((x) => x.text);
    for (const d of c.deleted) expect(deletions.some((t) => t.includes(d)), `deleted: ${d}`).toBe(true);
    for (const i of c.inserted) expect(insertions.some((t) => t.includes(i)), `inserted: ${i}`).toBe(true);
    if (c.format) expect(odt.some((x) => x.kind === 'format-change')).toBe(true);
    for (const x of odt) expect([x.author, x.date]).toEqual([AUTHOR, '2026-12-03T09:30:00']);
  });
});

describe('the 修订稿 itself', () => {
  it('carries the identity of the version and asks Word to track the reader’s changes', async () => {
    const c = cases[0]!;
    const zip = await JSZip.loadAsync(await exportRevisionDocx(c.from, c.to, { author: AUTHOR, date: DATE, identity: { documentId: 7, version: 3, hash: 'b'.repeat(64), base: 2 } }));
    const custom = await zip.file('docProps/custom.xml')!.async('string');
    const props = new Map([...custom.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)</g)].map((m) => [m[1]!, m[2]!]));
    expect(identityOf(props)).toEqual({ documentId: 7, version: 3, hash: 'b'.repeat(64), base: 2 });
    expect(await zip.file('word/settings.xml')!.async('string')).toContain('<w:trackRevisions/>');
    expect(await zip.file('docProps/core.xml')!.async('string')).toContain(`<cp:lastModifiedBy>${AUTHOR}</cp:lastModifiedBy>`);
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const tag of ['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo', 'w:moveFromRangeStart', 'w:moveToRangeEnd', 'w:pPrChange', 'w:rPrChange']) expect(xml, tag).toContain(`<${tag} `);
  });

  it('LibreOffice lists the move as a deletion and an insertion of the same text', () => {
    const { redlines } = results.get('speech')!;
    const moved = redlines.filter((r) => r.text.startsWith('节日期间燃放烟花爆竹'));
    expect(moved.map((r) => r.type).sort()).toEqual(['Delete', 'Insert']);
  });
});

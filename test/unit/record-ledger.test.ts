// 会议记录 and 督办台账 drafted from the real examples: every header field, speaker, decision and task
// is there, in order, traced to its field; the ledger exports as CSV (RFC 4180, BOM, CRLF) and both
// export as .docx, read back as XML and as LibreOffice prints them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../core/doc/csv.ts';
import type { DocModel, LabelledBlock, ParagraphBlock, Run, TableBlock } from '../../core/doc/model.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { chineseDate } from '../../core/draft/facts.ts';
import { clockTime } from '../../core/input/clock-time.ts';
import { draft } from '../../core/draft/index.ts';
import type { MinutesInput, SpeechInput, WengaoInput } from '../../core/input/schema.ts';
import { exportDocx } from '../../main/services/export/docx.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { bodyParagraphs, fontSpans, isOn, readDocx, runProps, text } from '../helpers/docx-xml.ts';
import { loadExamples, printedDeadline, stringLeaves } from '../helpers/examples.ts';
import { OFFICE_TIMEOUT_MS, docxToPdf, pdfLines, pdfText } from '../helpers/office.ts';
import type { PdfPage } from '../helpers/office.ts';
import { child, findAll } from '../helpers/xml.ts';

const library = loadDraftLibrary();
const examples = loadExamples();
const minutesExample = examples.find((e) => e.input.kind === 'minutes')!;
const minutesInput = minutesExample.input as MinutesInput;
const speechExamples = examples.filter((e) => e.input.kind === 'speech');

const HEADER = ['序号', '任务', '牵头单位', '配合单位', '完成时限', '目标'];
const GAP_DEADLINE = '【待补充：完成时限】';

const runsText = (runs: readonly Run[] | undefined) => (runs ?? []).map((r) => r.text).join('');
const squeeze = (s: string) => s.replace(/\s/g, '');
const clone = <T>(v: T): T => structuredClone(v);
/** A field as it sits inside a sentence: without its own end punctuation. */
const bare = (s: string) => s.replace(/[。；，、！;,.!\s]+$/u, '');
/** A speaker's point as the record writes it: verbatim, closed with 「。」 unless it ends a sentence. */
const asSaid = (s: string) => (/[。！？…][”’」』]?$/u.test(s) ? s : `${bare(s)}。`);

function tableOf(doc: DocModel): TableBlock {
  const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

const cellTexts = (t: TableBlock) => t.rows.map((row) => row.map(runsText));

// ---------------------------------------------------------------------------------------------------
// Traceability: the rule of test/unit/draft.test.ts, with the 序号 column (derived, like a heading
// number) as the one place a literal run may hold digits.

const UNIT_NAME = /[县区市省镇乡][\p{Script=Han}]{0,10}?(局|办公室|办|委员会|部|室|中心|政府|党委|委)(?![员])/u;
const PLACEHOLDERS = ['X', 'Ｘ', '×', '*', '某某', 'XX'];

/** Every run of the document, the 序号 cells of tables apart. */
function traceableRuns(doc: DocModel): { runs: Run[]; seq: Run[][] } {
  const runs: Run[] = [...doc.title, ...(doc.subtitle ?? []), ...(doc.dateLine ?? []), ...(doc.speakerLine ?? []), ...(doc.closing ?? [])];
  const seq: Run[][] = [];
  for (const b of doc.blocks) {
    if (b.type === 'table') {
      for (const row of b.rows) {
        row.forEach((cell, i) => (i === 0 && b.header[0] === '序号' ? seq.push(cell) : runs.push(...cell)));
      }
    } else {
      runs.push(...b.runs, ...(b.type === 'paragraph' && b.lead ? b.lead.runs : []));
    }
  }
  return { runs, seq };
}

function expectTraceable(doc: DocModel, raw: unknown): void {
  const leaves = stringLeaves(raw);
  const { runs, seq } = traceableRuns(doc);
  for (const run of runs) {
    if (run.src) {
      const value = leaves.get(run.src);
      expect(value, `unknown source ${run.src}`).toBeDefined();
      const accepted = [value!, bare(value!), bare(value!.replace(/^要/, ''))];
      if (/^\d{4}-\d{2}-\d{2}$/.test(value!)) accepted.push(chineseDate(value!));
      if (run.src === 'meeting.time') accepted.push(clockTime(value!));
      expect(accepted, `${run.src}: ${run.text}`).toContain(run.text);
    } else {
      expect(run.text, 'template text with a digit').not.toMatch(/[0-9０-９]/);
      expect(run.text, 'template text with a unit name').not.toMatch(UNIT_NAME);
      for (const p of PLACEHOLDERS) expect(run.text.includes(p), `placeholder ${p} in: ${run.text}`).toBe(false);
    }
  }
  // 序号: one literal run each, 1, 2, 3 … in order.
  seq.forEach((cell, i) => expect(cell).toEqual([{ text: String(i + 1) }]));
  // No figure or date the material does not have (序号 aside).
  const inputDigits = new Set([...leaves.values()].flatMap((v) => v.match(/\d+/g) ?? []).flatMap((d) => [d, d.replace(/^0+(?=\d)/, '')]));
  for (const d of runs.map((r) => r.text).join('\n').match(/\d+/g) ?? []) expect(inputDigits, `figure ${d}`).toContain(d);
}

// ---------------------------------------------------------------------------------------------------

describe('会议记录 from the minutes example', () => {
  const doc = draft(minutesInput, library, { template: 'record' });
  const m = minutesInput.meeting;
  const fields = doc.blocks.filter((b): b is LabelledBlock => b.type === 'labelled' && b.style === 'field');

  it('is a record titled after the meeting', () => {
    expect(doc.kind).toBe('record');
    expect(doc.template).toBe('record');
    expect(runsText(doc.title)).toBe(`${m.name}记录`);
    expect(doc.title[0]).toEqual({ text: m.name, src: 'meeting.name' });
  });

  it('opens with the header fields, one a line, in the order of FORMAT.md', () => {
    expect(doc.blocks.slice(0, fields.length)).toEqual(fields);
    expect(fields.map((f) => f.label)).toEqual(['时间', '地点', '主持人', '出席人', '缺席人', '记录人', '议题']);
    const value = (label: string) => runsText(fields.find((f) => f.label === label)!.runs);
    // 「下午3:00」 → 「下午3时」: the clock as an official text writes it (session 22).
    expect(value('时间')).toBe(`${chineseDate(m.date)}${clockTime(m.time!)}`);
    expect(value('地点')).toBe(m.venue);
    expect(value('主持人')).toBe(`${m.host!.title}${m.host!.name}`);
    expect(value('出席人')).toBe(m.attendees!.join('，'));
    expect(value('缺席人')).toBe('刘海（副区长，在省里参加培训）');
    expect(value('记录人')).toBe(`${m.recorder!.title}${m.recorder!.name}`);
    expect(value('议题')).toBe(minutesInput.agenda.map((a, i) => `${'一二三四'[i]}是${bare(String(a))}`).join('；'));
    expect(fields.find((f) => f.label === '记录人')!.runs.map((r) => r.src)).toEqual(['meeting.recorder.title', 'meeting.recorder.name']);
  });

  it('gives each speaker one paragraph in the first person, points verbatim and in order', () => {
    const speakers = doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.role === 'remark');
    expect(speakers).toHaveLength(minutesInput.remarks.length);
    // Right after the header fields, in the order of the material.
    expect(doc.blocks.indexOf(speakers[0]!)).toBe(fields.length);
    minutesInput.remarks.forEach((r, i) => {
      const p = speakers[i]!;
      expect(p.lead?.level, 'a lead without a level (set in 楷体)').toBeUndefined();
      expect(runsText(p.lead?.runs)).toBe(`${r.speaker.name}（${r.speaker.title}）：`);
      expect(runsText(p.runs)).toBe(r.points.map(asSaid).join(''));
      expect(p.runs.filter((x) => x.src).map((x) => x.src)).toEqual(r.points.map((_, pi) => `remarks[${i}].points[${pi}]`));
      // First person: the meeting's third-person frames of the 纪要 are not used.
      expect(runsText(p.runs)).not.toMatch(/会议(指出|强调|要求)|在讲话中/);
    });
    // 「要…」 stays as said.
    expect(runsText(speakers[0]!.runs)).toContain('。要对全区环境问题再排查');
  });

  it('lists every decision after 「会议决定：」 with its lead unit, support and deadline where given, then 散会 and the signature lines', () => {
    const lines = toPlainText(doc).trimEnd().split('\n');
    const at = lines.indexOf('会议决定：');
    expect(at).toBeGreaterThan(0);
    const decisions = lines.slice(at + 1, at + 1 + minutesInput.decisions.length);
    minutesInput.decisions.forEach((d, i) => {
      const line = decisions[i]!;
      // The brackets sit inside the sentence, before its full stop.
      expect(line.startsWith(`${'一二三四'[i]}、${bare(d.text)}（`) && line.endsWith('）。'), line).toBe(true);
      expect(line).toContain(`牵头单位：${d.lead}`);
      if (d.support) expect(line).toContain(`配合单位：${d.support.join('、')}`);
      // A record writes the deadline the material gives, and no gap where it gives none (session 21).
      if (d.deadline) expect(line).toContain(`完成时限：${chineseDate(d.deadline)}`);
      else expect(line).not.toContain('完成时限');
    });
    expect(lines.slice(at + 1 + minutesInput.decisions.length)).toEqual(['散会。', '主持人（签字）：', '记录人（签字）：']);
    const tail = doc.blocks.slice(-2) as LabelledBlock[];
    expect(tail.map((b) => [b.style, b.label, b.runs])).toEqual([
      ['signature', '主持人（签字）', []],
      ['signature', '记录人（签字）', []],
    ]);
    const seq = doc.blocks.filter((b) => b.type === 'paragraph' && b.seq === 'cn');
    expect(seq).toHaveLength(minutesInput.decisions.length);
  });

  it('traces every fact to its field and keeps digits, units and names out of template text', () => {
    expectTraceable(doc, minutesExample.raw);
  });

  it('adds 列席人 when there are observers, drops 缺席人 when nobody is absent, and shows a missing recorder as a gap', () => {
    const input = clone(minutesInput);
    input.meeting.observers = ['区纪委监委派驻纪检监察组负责人', '区生态环境局班子成员'];
    delete input.meeting.absent;
    delete input.meeting.recorder;
    delete input.meeting.venue;
    const d = draft(input, library, { template: 'record' });
    const f = d.blocks.filter((b): b is LabelledBlock => b.type === 'labelled' && b.style === 'field');
    expect(f.map((b) => b.label)).toEqual(['时间', '地点', '主持人', '出席人', '列席人', '记录人', '议题']);
    // Entries that are one party each are joined by 「、」, as the 纪要 does (session 24's outside tester).
    expect(runsText(f[4]!.runs)).toBe('区纪委监委派驻纪检监察组负责人、区生态环境局班子成员');
    expect(runsText(f[5]!.runs)).toBe('【待补充：记录人】');
    expect(runsText(f[1]!.runs)).toBe('【待补充：会议地点】');
    expectTraceable(d, input);
  });

  it('joins 出席人 who are named one by one with 「、」, and entries that list units themselves with 「，」', () => {
    const input = clone(minutesInput);
    input.meeting.attendees = ['副镇长周远航', '镇党政办主任何婷', '各村党支部书记'];
    const value = (d: DocModel) => runsText(d.blocks.find((b): b is LabelledBlock => b.type === 'labelled' && b.label === '出席人')!.runs);
    expect(value(draft(input, library, { template: 'record' }))).toBe('副镇长周远航、镇党政办主任何婷、各村党支部书记');
    input.meeting.attendees = ['镇党委、镇政府班子成员', '镇应急办、镇水利站负责人'];
    expect(value(draft(input, library, { template: 'record' }))).toBe('镇党委、镇政府班子成员，镇应急办、镇水利站负责人');
  });

  it('keeps a point that already ends a sentence as it is, and a single agenda item without an ordinal', () => {
    const input = clone(minutesInput);
    input.remarks = [{ speaker: { name: '张伟' }, points: ['大家还有什么意见？', '散会后马上落实！', '抓紧办理；'] }];
    input.agenda = ['研究督察保障工作'];
    const d = draft(input, library, { template: 'record' });
    const p = d.blocks.find((b): b is ParagraphBlock => b.type === 'paragraph' && b.role === 'remark')!;
    expect(runsText(p.lead!.runs)).toBe('张伟：');
    expect(runsText(p.runs)).toBe('大家还有什么意见？散会后马上落实！抓紧办理。');
    expect(runsText(d.blocks.find((b): b is LabelledBlock => b.type === 'labelled' && b.label === '议题')!.runs)).toBe('研究督察保障工作');
    expectTraceable(d, input);
  });

  it('needs the minutes material', () => {
    expect(() => draft(speechExamples[0]!.input, library, { template: 'record' })).toThrow(/模板 record（会议记录）需要会议材料/);
  });
});

// ---------------------------------------------------------------------------------------------------

function expectedRows(input: WengaoInput): string[][] {
  if (input.kind === 'speech') {
    return input.campaign.tasks.map((t, i) => [
      String(i + 1),
      t.detail ? `${bare(t.title)}：${bare(t.detail)}` : bare(t.title),
      t.lead,
      (t.support ?? []).join('、'),
      t.deadline ? printedDeadline(t.deadline) : GAP_DEADLINE,
      t.measure ? bare(t.measure) : '',
    ]);
  }
  return input.decisions.map((d, i) => [
    String(i + 1),
    bare(d.text),
    d.lead ?? '',
    (d.support ?? []).join('、'),
    d.deadline ? chineseDate(d.deadline) : GAP_DEADLINE,
    '',
  ]);
}

describe.each(examples)('督办台账 · $name', (ex) => {
  const doc = draft(ex.input, library, { template: 'ledger' });
  const table = tableOf(doc);

  it('is one table titled after the meeting, under a date line', () => {
    expect(doc.kind).toBe('ledger');
    expect(doc.blocks).toHaveLength(1);
    const suffix = ex.input.kind === 'speech' ? '重点任务督办台账' : '议定事项督办台账';
    expect(runsText(doc.title)).toBe(`${ex.input.meeting.name}${suffix}`);
    expect(runsText(doc.dateLine)).toBe(`（${chineseDate(ex.input.meeting.date)}）`);
    expect(table.header).toEqual(HEADER);
    expect(table.widths).toHaveLength(6);
    // 任务 is the widest column, 序号 the narrowest.
    const w = table.widths!;
    expect(Math.max(...w)).toBe(w[1]);
    expect(Math.min(...w)).toBe(w[0]);
  });

  it('has one row a task or decision, in order, with lead, support, deadline and target', () => {
    expect(cellTexts(table)).toEqual(expectedRows(ex.input));
    const items = ex.input.kind === 'speech' ? ex.input.campaign.tasks : ex.input.decisions;
    const base = ex.input.kind === 'speech' ? 'campaign.tasks' : 'decisions';
    items.forEach((item, i) => {
      const row = table.rows[i]!;
      expect(row[2]).toEqual([{ text: item.lead, src: `${base}[${i}].lead` }]);
      // Empty cells carry no runs at all; a missing deadline is the visible gap.
      if (!item.support?.length) expect(row[3]).toEqual([]);
      if (item.deadline) expect(row[4]).toEqual([{ text: chineseDate(item.deadline), src: `${base}[${i}].deadline` }]);
      else expect(row[4]).toEqual([{ text: GAP_DEADLINE }]);
      if (!('measure' in item) || !item.measure) expect(row[5]).toEqual([]);
    });
  });

  it('traces every fact to its field; only the 序号 cells hold literal digits', () => {
    expectTraceable(doc, ex.raw);
  });

  it('exports as CSV that reads back to the same cells', () => {
    const csv = toCsv(doc);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // These cells hold no line breaks, so every CR is followed by LF and every LF preceded by CR.
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.split('\r\n')[0]).toBe('\uFEFF序号,任务,牵头单位,配合单位,完成时限,目标');
    expect(parseCsv(csv)).toEqual([HEADER, ...expectedRows(ex.input)]);
  });
});

describe('督办台账 details', () => {
  it('shows a missing deadline as 【待补充：完成时限】 in the table and in the CSV', () => {
    const input = clone(speechExamples.find((e) => e.name === 'speech-living-environment.json')!.input as SpeechInput);
    expect(input.campaign.tasks[0]!.deadline).toBeDefined();
    delete input.campaign.tasks[0]!.deadline;
    const doc = draft(input, library, { template: 'ledger' });
    expect(runsText(tableOf(doc).rows[0]![4])).toBe(GAP_DEADLINE);
    expect(parseCsv(toCsv(doc))[1]![4]).toBe(GAP_DEADLINE);
  });

  it('quotes a CSV cell holding a comma, a quote or a line break, and doubles the quote', () => {
    const input = clone(speechExamples[0]!.input as SpeechInput);
    input.campaign.tasks[0]!.measure = '达到"双百"标准,群众满意';
    input.campaign.tasks[1]!.support = ['区水务局', 'A,B 公司'];
    input.campaign.tasks[2]!.detail = '第一行\r\n第二行';
    const doc = draft(input, library, { template: 'ledger' });
    const csv = toCsv(doc);
    expect(csv).toContain(',"达到""双百""标准,群众满意"\r\n');
    expect(csv).toContain(',"区水务局、A,B 公司",');
    expect(csv).toContain('第一行\r\n第二行"');
    const parsed = parseCsv(csv);
    expect(parsed).toEqual([HEADER, ...cellTexts(tableOf(doc))]);
    expect(parsed[1]![5]).toBe('达到"双百"标准,群众满意');
    expect(parsed[3]![1]).toContain('第一行\r\n第二行');
    // Cells without those characters stay unquoted.
    expect(csv).toContain('\r\n2,');
  });

  it('refuses to write a document without a table as CSV, in Chinese', () => {
    const speech = draft(speechExamples[0]!.input, library);
    expect(() => toCsv(speech)).toThrow('只有督办台账可以导出为 CSV');
    expect(() => toCsv(draft(minutesInput, library, { template: 'record' }))).toThrow('只有督办台账可以导出为 CSV');
  });
});

/** A tiny RFC 4180 reader: a BOM, CRLF records, quoted fields with doubled quotes. */
function parseCsv(csv: string): string[][] {
  expect(csv.charCodeAt(0)).toBe(0xfeff);
  const s = csv.slice(1);
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (s[i] === '"') {
      i++;
      for (;;) {
        const q = s.indexOf('"', i);
        if (q === -1) throw new Error('csv: unclosed quote');
        field += s.slice(i, q);
        i = q + 1;
        if (s[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else {
      const m = /[,\r\n"]/.exec(s.slice(i));
      const end = m ? i + m.index : s.length;
      if (s[end] === '"') throw new Error(`csv: quote inside an unquoted field at ${end}`);
      field = s.slice(i, end);
      i = end;
    }
    record.push(field);
    if (s[i] === ',') {
      i++;
      continue;
    }
    if (s.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
      if (i === s.length) return records;
      continue;
    }
    if (i === s.length) {
      records.push(record);
      return records;
    }
    throw new Error(`csv: bare ${JSON.stringify(s[i])} at ${i}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// .docx: read back as XML, then as LibreOffice prints it.

const GB = { hei: '黑体', kai: '楷体_GB2312', fang: '仿宋_GB2312' };
const ledgerExample = speechExamples.find((e) => e.name === 'speech-living-environment.json')!;

describe('.docx of a 督办台账 and a 会议记录', () => {
  const ledger = draft(ledgerExample.input, library, { template: 'ledger' });
  const record = draft(minutesInput, library, { template: 'record' });

  it('sets the ledger as one table: six header cells in 黑体, the header row repeated on every page', async () => {
    const { document } = await readDocx(await exportDocx(ledger));
    const tables = findAll(document, 'w:tbl');
    expect(tables).toHaveLength(1);
    const rows = findAll(tables[0]!, 'w:tr');
    expect(rows).toHaveLength(1 + tableOf(ledger).rows.length);
    const isHeader = (tr: (typeof rows)[number]) => isOn(child(child(tr, 'w:trPr'), 'w:tblHeader'));
    expect(isHeader(rows[0]!)).toBe(true);
    expect(rows.slice(1).some(isHeader)).toBe(false);
    const headCells = findAll(rows[0]!, 'w:tc');
    expect(headCells.map((c) => text(c))).toEqual(HEADER);
    for (const r of findAll(rows[0]!, 'w:r')) expect(runProps(r)).toMatchObject({ font: GB.hei, size: 28, bold: false });
    for (const row of rows.slice(1)) for (const r of findAll(row, 'w:r')) expect(runProps(r).font).toBe(GB.fang);
    expect(rows.slice(1).map((tr) => findAll(tr, 'w:tc').map((c) => text(c)))).toEqual(expectedRows(ledgerExample.input));
  });

  it('sets the record’s field labels in 黑体, the speakers in 楷体 and the signature lines at the end', async () => {
    const paras = bodyParagraphs((await readDocx(await exportDocx(record))).document);
    const starting = (s: string) => paras.find((p) => text(p).startsWith(s));
    for (const label of ['时间', '地点', '主持人', '出席人', '缺席人', '记录人', '议题']) {
      const p = starting(`${label}：`);
      expect(p, label).toBeDefined();
      expect(fontSpans(p!)[0]).toEqual([GB.hei, `${label}：`]);
    }
    const speaker = starting('张伟（区委书记）：')!;
    expect(fontSpans(speaker).slice(0, 2)).toEqual([
      [GB.kai, '张伟（区委书记）：'],
      [GB.fang, runsText((record.blocks.find((b) => b.type === 'paragraph' && b.role === 'remark') as ParagraphBlock).runs)],
    ]);
    expect(starting('散会。')).toBeDefined();
    expect(paras.slice(-2).map((p) => text(p))).toEqual(['主持人（签字）：', '记录人（签字）：']);
  });

  describe('as LibreOffice prints them', () => {
    let dir: string;
    let ledgerPages: PdfPage[];
    let recordText: string;

    beforeAll(async () => {
      dir = mkdtempSync(path.join(tmpdir(), 'wengao-record-ledger-'));
      const files = { ledger: path.join(dir, 'ledger.docx'), record: path.join(dir, 'record.docx') };
      writeFileSync(files.ledger, await exportDocx(ledger));
      writeFileSync(files.record, await exportDocx(record));
      // One after the other: each conversion starts its own soffice.
      const ledgerPdf = await docxToPdf(files.ledger);
      const recordPdf = await docxToPdf(files.record);
      [ledgerPages, recordText] = await Promise.all([pdfLines(ledgerPdf), pdfText(recordPdf)]);
    }, OFFICE_TIMEOUT_MS);

    afterAll(() => {
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('prints every cell of every ledger row in its own column', () => {
      // Column edges in points, from the widths the exporter spreads over the landscape type area
      // (16838 − 1588 − 1474 = 13776 twips).
      const left = 1588 / 20;
      const widths = tableOf(ledger).widths!;
      const total = widths.reduce((a, b) => a + b, 0);
      const edges = widths.reduce<number[]>((acc, w) => [...acc, acc.at(-1)! + (w / total) * (13776 / 20)], [left]);
      // The printed lines of each column, top to bottom, page after page.
      const columnLines: string[][] = HEADER.map(() => []);
      ledgerPages.forEach((page, p) => {
        const top = Math.min(...page.lines.map((l) => l.yMin));
        for (const line of [...page.lines].sort((a, b) => a.yMin - b.yMin)) {
          // Page numbers, and the header row repeated at the top of a later page, belong to no cell.
          if (/^—\s*\d+\s*—$/.test(line.text.trim())) continue;
          if (p > 0 && line.yMin < top + 20 && HEADER.includes(line.text.replace(/\s/g, ''))) continue;
          const parts = HEADER.map(() => '');
          for (const w of [...line.words].sort((a, b) => a.xMin - b.xMin)) {
            const col = edges.findIndex((e, i) => i + 1 < edges.length && w.xMin >= e && w.xMax <= edges[i + 1]!);
            if (col >= 0) parts[col] += w.text;
          }
          parts.forEach((t, c) => t && columnLines[c]!.push(t));
        }
      });
      const columns = columnLines.map((lines) => lines.join(''));
      const rows = [HEADER, ...expectedRows(ledgerExample.input)];
      HEADER.forEach((_, c) => {
        // Each column reads top to bottom as its cells one after the other.
        let from = 0;
        for (const row of rows) {
          const cell = squeeze(row[c]!);
          const at = columns[c]!.indexOf(cell, from);
          expect(at, `column ${HEADER[c]}: 「${cell}」 in 「${columns[c]}」`).toBeGreaterThanOrEqual(from);
          from = at + cell.length;
        }
      });
      // On a landscape page a date fits on one line of its column.
      const deadline = chineseDate((ledgerExample.input as SpeechInput).campaign.tasks[0]!.deadline!);
      expect(columnLines[4], columnLines[4]!.join(' | ')).toContain(deadline);
      const title = squeeze(ledgerPages[0]!.lines.map((l) => l.text).join(''));
      expect(title).toContain(squeeze(runsText(ledger.title)));
    });

    it('prints every line of the record', () => {
      const printed = squeeze(
        recordText
          .split('\n')
          .filter((l) => !/^\s*—\s*\d+\s*—\s*$/.test(l))
          .join(''),
      );
      const lines = toPlainText(record).trimEnd().split('\n');
      let from = 0;
      for (const line of lines) {
        const at = printed.indexOf(squeeze(line), from);
        expect(at, line).toBeGreaterThanOrEqual(from);
        from = at + squeeze(line).length;
      }
    });
  });
});

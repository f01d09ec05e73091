// The .docx exporter, read back as XML: every row of FORMAT.md's Page and Type tables, on a speech
// and on a 会议纪要, plus the font profiles and the level-3 bold option.
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { docLines } from '../../core/doc/text.ts';
import { charsOutside, coverageWarning } from '../../main/services/export/charset.ts';
import { exportDocx } from '../../main/services/export/docx.ts';
import type { ExportOptions } from '../../main/services/export/docx.ts';
import { minutesModel, recordModel, speechModel } from '../fixtures/docmodels.ts';
import { draft } from '../../core/draft/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadExamples } from '../helpers/examples.ts';
import {
  bodyParagraphs,
  cellParagraphs,
  fontSpans,
  fontsOf,
  isOff,
  isOn,
  num,
  pPr,
  readDocx,
  runProps,
  runs,
  styleById,
  styleOf,
  text,
} from '../helpers/docx-xml.ts';
import type { DocxParts } from '../helpers/docx-xml.ts';
import { child, elements, findAll } from '../helpers/xml.ts';
import type { XmlElement } from '../helpers/xml.ts';

const TNR = 'Times New Roman';
const GB = { title: '方正小标宋简体', hei: '黑体', kai: '楷体_GB2312', fang: '仿宋_GB2312' };

async function exported(doc: DocModel, options?: ExportOptions): Promise<DocxParts> {
  return readDocx(await exportDocx(doc, options));
}

const ind = (p: XmlElement) => {
  const el = pPr(p, 'w:ind');
  return {
    firstLine: num(el, 'w:firstLine'),
    firstLineChars: num(el, 'w:firstLineChars'),
    left: num(el, 'w:left'),
    right: num(el, 'w:right'),
    hanging: num(el, 'w:hanging'),
  };
};
const jc = (p: XmlElement) => pPr(p, 'w:jc')?.attrs['w:val'];
const spacing = (p: XmlElement) => {
  const el = pPr(p, 'w:spacing');
  return { line: num(el, 'w:line'), rule: el?.attrs['w:lineRule'], before: num(el, 'w:before'), after: num(el, 'w:after') };
};
const byText = (ps: XmlElement[], start: string) => {
  const found = ps.find((p) => text(p).startsWith(start));
  if (!found) throw new Error(`no paragraph starting 「${start}」`);
  return found;
};
const isHeading = (p: XmlElement) => /^Heading[1-4]$/.test(styleOf(p) ?? '');

/** Every run's East Asian face: a paragraph in one face gives a set of one. */
const facesOf = (p: XmlElement) => new Set(runs(p).map((r) => fontsOf(r).eastAsia));

/** A paragraph's text with each field shown as {INSTR}: complex fields (fldChar) and simple ones. */
function withFields(p: XmlElement): string {
  let out = '';
  let inField = false;
  for (const el of findAll(p, '*')) {
    if (el.name === 'w:fldSimple') out += `{${el.attrs['w:instr']!.trim()}}`;
    else if (el.name === 'w:fldChar') inField = el.attrs['w:fldCharType'] !== 'end';
    else if (el.name === 'w:instrText') out += `{${el.children.join('').trim()}}`;
    else if (el.name === 'w:t' && !inField) out += el.children.join('');
  }
  return out;
}

// The same checks on real drafts of the shared examples, not only on hand-built models.
const library = loadDraftLibrary();
const example = (name: string) => () => draft(loadExamples().find((e) => e.name === name)!.input, library);

describe.each([
  ['speech', speechModel],
  ['minutes', minutesModel],
  ['speech', example('speech-sanitation-promotion.json')],
  ['minutes', example('minutes-inspection-mobilization.json')],
] as const)('%s: page, grid and every paragraph and run', (kind, model) => {
  let d: DocxParts;
  let paras: XmlElement[];
  beforeAll(async () => {
    d = await exported(model());
    paras = bodyParagraphs(d.document);
  });

  it('is A4 portrait with the 37/35/28/26 mm margins, header 851 and footer 1418', () => {
    const sectPr = child(findAll(d.document, 'w:body')[0], 'w:sectPr')!;
    const pgSz = child(sectPr, 'w:pgSz')!;
    expect([num(pgSz, 'w:w'), num(pgSz, 'w:h')]).toEqual([11906, 16838]);
    expect(pgSz.attrs['w:orient'] ?? 'portrait').toBe('portrait');
    const m = child(sectPr, 'w:pgMar')!;
    expect(['w:top', 'w:right', 'w:bottom', 'w:left', 'w:header', 'w:footer'].map((a) => num(m, a))).toEqual([
      2098, 1474, 1984, 1588, 851, 1418,
    ]);
  });

  it('has a line grid of 579 and no character grid', () => {
    const grid = findAll(d.document, 'w:docGrid');
    expect(grid).toHaveLength(1);
    expect(grid[0]!.attrs['w:type']).toBe('lines');
    expect(num(grid[0], 'w:linePitch')).toBe(579);
    expect(grid[0]!.attrs['w:charSpace']).toBeUndefined();
  });

  it('sets every body paragraph on exact 579 lines, no space before or after, widow control on', () => {
    expect(paras.length).toBeGreaterThan(10);
    for (const p of paras) {
      const s = spacing(p);
      expect({ line: s.line, rule: s.rule, after: s.after }, text(p)).toEqual({ line: 579, rule: 'exact', after: 0 });
      // Only the 纪要 mark has space before it (checked below); everything else sits on the grid.
      if (!(kind === 'minutes' && p === paras[0])) expect(s.before, text(p)).toBe(0);
      // Since session 21: a paragraph's last line never alone atop a page, nor its first alone at the foot.
      expect(pPr(p, 'w:widowControl'), text(p)).toBeDefined();
      expect(pPr(p, 'w:widowControl')?.attrs['w:val'], text(p)).toBeUndefined();
    }
  });

  it('writes lineRule "exact", never "exactly" (which Word reads as multiple)', () => {
    for (const [name, xml] of Object.entries(d.xml)) expect(xml, name).not.toMatch(/lineRule="exactly"/);
    const rules = findAll(d.document, 'w:spacing').map((s) => s.attrs['w:lineRule']).filter(Boolean);
    expect(new Set(rules)).toEqual(new Set(['exact']));
  });

  it('condenses every body, heading and cell run by 5 twips so a line holds 28 characters', () => {
    const all = [...paras, ...cellParagraphs(d.document)].flatMap(runs);
    expect(all.length).toBeGreaterThan(20);
    for (const r of all) expect(runProps(r).spacing, text(r)).toBe(-5);
  });

  it('gives every run the Chinese face in eastAsia, Times New Roman in ascii/hAnsi/cs and hint eastAsia', () => {
    for (const r of findAll(d.document, 'w:r')) {
      const f = fontsOf(r);
      expect(f.eastAsia, text(r)).toMatch(/\S/);
      expect([f.ascii, f.hAnsi, f.cs, f.hint], text(r)).toEqual([TNR, TNR, TNR, 'eastAsia']);
      const { size, sizeCs } = runProps(r);
      expect(sizeCs, text(r)).toBe(size);
    }
  });

  it('indents body paragraphs and headings 2 characters (640 + 200 chars) and nothing else', () => {
    for (const p of paras) {
      const i = ind(p);
      const t = text(p);
      if (i.hanging !== undefined) continue; // 出席/请假/列席, checked below
      if (jc(p) === 'center' || t === '' || t === '同志们：' || t === '会议议定：' || t.startsWith('\t')) {
        expect([i.firstLine, i.firstLineChars], `「${t}」 must say 0 explicitly`).toEqual([0, 0]);
      } else {
        expect([i.firstLine, i.firstLineChars], t).toEqual([640, 200]);
      }
    }
  });

  it('keeps headings with the next paragraph, whole, and the end of the document together', () => {
    // The speech has standalone headings; the 纪要 has run-in decisions only.
    expect(paras.filter(isHeading).length > 0).toBe(kind === 'speech');
    for (const p of paras.filter(isHeading)) expect([isOn(pPr(p, 'w:keepNext')), isOn(pPr(p, 'w:keepLines'))], text(p)).toEqual([true, true]);
    // Besides headings and list intros, only what leads into the last line of text is kept with what follows: a
    // one-line closing's paragraph before it; the 出席/请假 lines and their blank line (and a one-line
    // paragraph before them) — session 21: a last page never holds one line.
    const last = paras.findLastIndex((p) => text(p).trim() !== '');
    // A line introducing a list (「会议议定：」) goes with the list, like a heading.
    const intro = (p: XmlElement) => /：$/.test(text(p).trim());
    const kept = paras.flatMap((p, i) => (!isHeading(p) && !intro(p) && isOn(pPr(p, 'w:keepNext')) ? [i] : []));
    expect(kept).toEqual(kept.map((_, j) => last - kept.length + j));
  });

  it('sets body text in 仿宋_GB2312 三号, justified, not bold', () => {
    const bodies = paras.filter((p) => !isHeading(p) && jc(p) === 'both' && ind(p).firstLine === 640 && runs(p).length > 0);
    expect(bodies.length).toBeGreaterThan(3);
    for (const p of bodies) {
      const last = runs(p).at(-1)!;
      expect(runProps(last), text(p)).toMatchObject({ font: GB.fang, size: 32, bold: false });
    }
  });

  it('has odd-page numbers on the right and even-page numbers on the left, 「— N —」 in 宋体 四号', () => {
    expect(isOn(child(d.settings, 'w:evenAndOddHeaders'))).toBe(true);
    const cases = [
      ['default', 'right', { right: 280 }],
      ['even', 'left', { left: 280 }],
    ] as const;
    for (const [type, align, inset] of cases) {
      const footer = d.footers[type];
      expect(footer, type).toBeDefined();
      const ps = findAll(footer!, 'w:p');
      expect(ps).toHaveLength(1);
      const p = ps[0]!;
      expect(jc(p)).toBe(align);
      expect(ind(p)).toMatchObject({ ...inset, firstLine: 0, firstLineChars: 0 });
      // The text around the field: em dash U+2014 and a space on each side of the number.
      expect(withFields(p)).toBe('\u2014 {PAGE} \u2014');
      const rs = runs(p);
      for (const r of rs) {
        const f = fontsOf(r);
        expect([f.eastAsia, f.ascii, f.hAnsi, f.cs]).toEqual(['宋体', '宋体', '宋体', '宋体']);
        expect(runProps(r).size).toBe(28);
      }
    }
  });

  it('writes no theme font attributes', () => {
    for (const name of Object.keys(d.xml).filter((n) => /^word\/(document|styles|footer\d*)\.xml$/.test(n))) {
      expect(d.xml[name], name).not.toMatch(/w:(ascii|hAnsi|eastAsia|cs)Theme=/);
    }
  });

  it('has its own style sheet: Normal, Title, heading 1–4 with outline levels 0–3, docDefaults in zh-CN', () => {
    const styles = elements(d.styles).filter((s) => s.name === 'w:style');
    const names = styles.map((s) => child(s, 'w:name')!.attrs['w:val']);
    expect(names).toEqual(expect.arrayContaining(['Normal', 'Title', 'heading 1', 'heading 2', 'heading 3', 'heading 4', 'footer']));
    // The library's defaults (blue Calibri "Heading 5", "Strong", "Hyperlink" …) are gone.
    expect(names).not.toContain('Heading 5');
    expect(names).not.toContain('Strong');
    for (const level of [1, 2, 3, 4]) {
      const s = styleById(d.styles, `Heading${level}`)!;
      expect(child(s, 'w:name')!.attrs['w:val']).toBe(`heading ${level}`);
      expect(num(child(child(s, 'w:pPr'), 'w:outlineLvl'), 'w:val')).toBe(level - 1);
      expect(isOn(child(child(s, 'w:pPr'), 'w:keepNext'))).toBe(true);
      expect(isOn(child(child(s, 'w:rPr'), 'w:b'))).toBe(false);
      expect(child(s, 'w:rPr')!.children.some((c) => typeof c !== 'string' && c.name === 'w:color')).toBe(false);
    }
    const defaults = child(d.styles, 'w:docDefaults')!;
    const rPrDefault = child(child(defaults, 'w:rPrDefault'), 'w:rPr')!;
    expect(fontsOf(rPrDefault)).toEqual({ eastAsia: GB.fang, ascii: TNR, hAnsi: TNR, cs: TNR, hint: 'eastAsia' });
    expect(child(rPrDefault, 'w:lang')!.attrs['w:eastAsia']).toBe('zh-CN');
    const pPrDefault = child(child(defaults, 'w:pPrDefault'), 'w:pPr')!;
    expect(isOff(child(pPrDefault, 'w:widowControl'))).toBe(true);
    expect(isOn(child(pPrDefault, 'w:kinsoku'))).toBe(true);
    // Title, table cells and page number are off the line grid, so LibreOffice does not round their
    // lines up to whole grid lines; body text and headings stay on it.
    const snap = (id: string) => child(child(styleById(d.styles, id), 'w:pPr'), 'w:snapToGrid');
    for (const id of ['Title', 'TableText', 'Footer']) expect(isOff(snap(id)), id).toBe(true);
    for (const id of ['Normal', 'Heading1', 'Heading2', 'Heading3', 'Heading4']) expect(snap(id), id).toBeUndefined();
    // No indent in docDefaults or Normal: it would leak into the title, the footer and table cells.
    expect(child(pPrDefault, 'w:ind')).toBeUndefined();
    expect(child(child(styleById(d.styles, 'Normal'), 'w:pPr'), 'w:ind')).toBeUndefined();
  });

  it('prints every line of the document, numbers included, and nothing else', () => {
    // The 版记 is a table at the foot of the last page, read in export-colophon.test.ts.
    const doc = { ...model() };
    delete doc.colophon;
    const tableText = new Set(doc.blocks.filter((b) => b.type === 'table').map((b) => docLines({ ...doc, blocks: [b] }).at(-1)));
    const expected = docLines(doc)
      .filter((l) => !tableText.has(l))
      .map((l) => l.replace(/\s/g, ''));
    const printed = paras.map((p) => text(p).replace(/\s/g, '')).filter((t) => t !== '');
    expect(printed).toEqual(expected);
  });
});

describe('speech: the type of each element', () => {
  let paras: XmlElement[];
  beforeAll(async () => {
    paras = bodyParagraphs((await exported(speechModel())).document);
  });

  it('sets the title in 方正小标宋简体 二号, centred, not bold, not indented, in the Title style', () => {
    const title = paras[0]!;
    expect(text(title)).toBe('在全县秋冬季森林防灭火工作会议上的讲话');
    expect(styleOf(title)).toBe('Title');
    expect(jc(title)).toBe('center');
    expect(ind(title)).toMatchObject({ firstLine: 0, firstLineChars: 0 });
    for (const r of runs(title)) expect(runProps(r)).toMatchObject({ font: GB.title, size: 44, bold: false });
  });

  it('follows the title with subtitle, a blank line, date then speaker in 楷体 三号 centred, a blank line, 「同志们：」 flush left', () => {
    const head = paras.slice(1, 7).map((p) => text(p));
    expect(head).toEqual(['——着力筑牢森林防灭火人民防线', '', '（2026年11月20日）', '县委副书记、县长　李明远', '', '同志们：']);
    for (const p of [paras[1]!, paras[3]!, paras[4]!]) {
      expect(jc(p), text(p)).toBe('center');
      expect(ind(p)).toMatchObject({ firstLine: 0, firstLineChars: 0 });
      for (const r of runs(p)) expect(runProps(r), text(p)).toMatchObject({ font: GB.kai, size: 32, bold: false });
    }
    const salutation = paras[6]!;
    expect(ind(salutation)).toMatchObject({ firstLine: 0, firstLineChars: 0 });
    expect([...facesOf(salutation)]).toEqual([GB.fang]);
  });

  it('numbers headings 一、（一）1.（1） from their position, each level in its face, 三号, not bold', () => {
    const headings = paras.filter(isHeading).map((p) => [styleOf(p), text(p), [...facesOf(p)]]);
    expect(headings).toEqual([
      ['Heading1', '一、清醒认识当前森林防灭火形势的严峻性', [GB.hei]],
      ['Heading2', '（一）今冬明春火险等级明显偏高', [GB.kai]],
      ['Heading3', '1.重点时段风险集中', [GB.fang]],
      ['Heading4', '（1）元旦春节期间', [GB.fang]],
      ['Heading4', '（2）清明前后', [GB.fang]],
      ['Heading2', '（二）基层防控能力仍有短板', [GB.kai]],
      ['Heading1', '二、全力抓好森林防灭火各项重点工作', [GB.hei]],
      ['Heading1', '三、切实加强组织领导', [GB.hei]],
    ]);
    for (const p of paras.filter(isHeading)) {
      expect(ind(p), text(p)).toMatchObject({ firstLine: 640, firstLineChars: 200 });
      for (const r of runs(p)) expect(runProps(r), text(p)).toMatchObject({ size: 32, bold: false });
    }
  });

  it('sets a run-in lead in the heading face up to its 「。」 and the rest in 仿宋', () => {
    expect(fontSpans(byText(paras, '（一）源头管控'))).toEqual([
      [GB.kai, '（一）源头管控要抓实。'],
      [GB.fang, '各乡镇要全面落实网格化管理，把巡山护林责任落实到山头地块、落实到具体人员，做到不漏一山、不漏一户。'],
    ]);
    expect(fontSpans(byText(paras, '（二）隐患排查'))[0]).toEqual([GB.kai, '（二）隐患排查要彻底。']);
    // A lead without a level has no number and is set in 楷体 for emphasis.
    expect(fontSpans(byText(paras, '一是要'))[0]).toEqual([GB.kai, '一是要严格值班值守。']);
  });

  it('ends with the closing paragraph in body type and no signature or date after it', () => {
    const last = paras.at(-1)!;
    expect(text(last)).toMatch(/^同志们，森林防灭火责任重于泰山。/);
    expect([...facesOf(last)]).toEqual([GB.fang]);
    expect(ind(last)).toMatchObject({ firstLine: 640, firstLineChars: 200 });
  });

  it('bolds level-3 headings only when asked to', async () => {
    const bold = bodyParagraphs((await exported(speechModel(), { level3Bold: true })).document);
    for (const p of bold.filter(isHeading)) {
      const want = styleOf(p) === 'Heading3';
      for (const r of runs(p)) expect(runProps(r).bold, text(p)).toBe(want);
    }
    const level3 = bold.find((p) => styleOf(p) === 'Heading3')!;
    expect(text(level3)).toBe('1.重点时段风险集中');
    // …and never by default, anywhere.
    for (const p of paras) for (const r of runs(p)) expect(runProps(r).bold, text(p)).toBe(false);
  });
});

describe('minutes: the 纪要 head, decisions, table and attendance', () => {
  let d: DocxParts;
  let paras: XmlElement[];
  beforeAll(async () => {
    d = await exported(minutesModel());
    paras = bodyParagraphs(d.document);
  });

  it('opens with the red 纪要 mark in 方正小标宋简体, centred, its top 35 mm (1984) below the type area', () => {
    const mark = paras[0]!;
    expect(text(mark)).toBe('县人民政府常务会议纪要');
    expect(jc(mark)).toBe('center');
    expect(spacing(mark).before).toBe(1984);
    expect(ind(mark)).toMatchObject({ firstLine: 0, firstLineChars: 0 });
    for (const r of runs(mark)) expect(runProps(r)).toMatchObject({ font: GB.title, size: 44, bold: false, color: 'FF0000' });
  });

  it('has 「第12期」 centred, then the unit left and the date right on one line over a red rule', () => {
    const issue = byText(paras, '第12期');
    expect(paras.slice(1, 5).map((p) => text(p))).toEqual(['', '第12期', '', '\t县人民政府办公室\t2026年11月20日']);
    expect(jc(issue)).toBe('center');
    expect([...facesOf(issue)]).toEqual([GB.fang]);
    const line = byText(paras, '\t县人民政府办公室');
    expect(text(line)).toBe('\t县人民政府办公室\t2026年11月20日');
    // One character (320) in from each edge of the 8844-twip type area.
    const tabs = findAll(line, 'w:tab').filter((t) => t.attrs['w:pos'] !== undefined);
    expect(tabs.map((t) => [t.attrs['w:val'], num(t, 'w:pos')])).toEqual([
      ['left', 320],
      ['right', 8524],
    ]);
    // The rule spans the whole type area: the paragraph is not indented.
    expect(ind(line)).toMatchObject({ firstLine: 0, firstLineChars: 0 });
    expect(ind(line).left ?? 0).toBe(0);
    const bottom = child(pPr(line, 'w:pBdr'), 'w:bottom')!;
    expect(bottom.attrs['w:val']).toBe('single');
    expect(bottom.attrs['w:color']).toBe('FF0000');
    expect(paras.indexOf(line)).toBeLessThan(paras.indexOf(byText(paras, '2026年11月18日')));
  });

  it('numbers run-in decisions 一、二、 with the lead in 黑体, and 会议议定 items in body type', () => {
    expect(fontSpans(byText(paras, '一、关于'))[0]).toEqual([GB.hei, '一、关于今冬明春森林防灭火工作。']);
    expect(fontSpans(byText(paras, '二、关于'))[0]).toEqual([GB.hei, '二、关于城区冬季供暖保障工作。']);
    const agreed = byText(paras, '会议议定：');
    expect(ind(agreed)).toMatchObject({ firstLine: 0, firstLineChars: 0 });
    const items = paras.slice(paras.indexOf(agreed) + 1, paras.indexOf(agreed) + 4);
    expect(items.map((p) => text(p).slice(0, 2))).toEqual(['一、', '二、', '三、']);
    for (const p of items) {
      expect([...facesOf(p)], text(p)).toEqual([GB.fang]);
      expect(ind(p)).toMatchObject({ firstLine: 640, firstLineChars: 200 });
    }
  });

  it('sets 出席/请假/列席 after a blank line, label 黑体, names 仿宋, left 1600 hanging 960', () => {
    const labels = ['出席', '请假', '列席'];
    const lines = labels.map((l) => byText(paras, `${l}：`));
    expect(text(paras[paras.indexOf(lines[0]!) - 1]!)).toBe('');
    for (const [i, p] of lines.entries()) {
      const spans = fontSpans(p);
      expect(spans[0]).toEqual([GB.hei, `${labels[i]}：`]);
      expect(spans.slice(1).map((s) => s[0])).toEqual([GB.fang]);
      expect(ind(p)).toMatchObject({ left: 1600, hanging: 960 });
      expect(ind(p).firstLine).toBeUndefined();
      for (const r of runs(p)) expect(runProps(r)).toMatchObject({ size: 32, bold: false });
    }
  });

  it('sets the table across the type area, single black borders, header 黑体 repeated, cells 仿宋 四号 unindented', () => {
    const tables = findAll(d.document, 'w:tbl');
    expect(tables).toHaveLength(1);
    const tbl = tables[0]!;
    const tblPr = child(tbl, 'w:tblPr')!;
    expect([child(tblPr, 'w:tblW')!.attrs['w:type'], num(child(tblPr, 'w:tblW'), 'w:w')]).toEqual(['dxa', 8844]);
    const cols = findAll(child(tbl, 'w:tblGrid')!, 'w:gridCol').map((c) => num(c, 'w:w')!);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(8844);
    expect(cols[1]! / cols[0]!).toBeCloseTo(4.4, 1);
    const borders = child(tblPr, 'w:tblBorders')!;
    for (const side of ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV']) {
      const b = child(borders, side)!;
      expect([b.attrs['w:val'], b.attrs['w:color']], side).toEqual(['single', '000000']);
    }
    const rows = findAll(tbl, 'w:tr');
    expect(isOn(child(child(rows[0], 'w:trPr'), 'w:tblHeader'))).toBe(true);
    expect(rows.slice(1).some((r) => isOn(child(child(r, 'w:trPr'), 'w:tblHeader')))).toBe(false);
    expect(findAll(rows[0]!, 'w:p').map((p) => text(p))).toEqual(['序号', '任务', '牵头单位', '完成时限']);
    for (const r of findAll(rows[0]!, 'w:r')) expect(runProps(r)).toMatchObject({ font: GB.hei, size: 28, bold: false });
    for (const row of rows.slice(1)) for (const r of findAll(row, 'w:r')) expect(runProps(r)).toMatchObject({ font: GB.fang, size: 28 });
    for (const p of findAll(tbl, 'w:p')) {
      expect(ind(p), text(p)).toMatchObject({ firstLine: 0, firstLineChars: 0 });
      expect(styleOf(p)).toBe('TableText');
      expect(spacing(p)).toMatchObject({ line: 440, rule: 'exact' });
    }
  });
});

describe('会议记录: header fields and signatures', () => {
  it('sets fields with the label in 黑体 hanging by its own width, and signatures in the right half', async () => {
    const paras = bodyParagraphs((await exported(recordModel())).document);
    expect(styleOf(paras[0]!)).toBe('Title');
    expect(text(paras[1]!)).toBe('');
    expect(ind(byText(paras, '时间：'))).toMatchObject({ left: 1600, hanging: 960 });
    expect(ind(byText(paras, '主持人：'))).toMatchObject({ left: 1920, hanging: 1280 });
    expect(fontSpans(byText(paras, '记录人：'))[0]).toEqual([GB.hei, '记录人：']);
    const sign = byText(paras, '主持人（签字）：');
    expect(text(paras[paras.indexOf(sign) - 1]!)).toBe('');
    expect(ind(sign)).toMatchObject({ left: 4480, firstLine: 0, firstLineChars: 0 });
    expect(text(paras.at(-1)!)).toBe('记录人（签字）：');
  });
});

describe('font profiles', () => {
  const profiles = {
    windows: { title: '方正小标宋简体', hei: '黑体', kai: '楷体', fang: '仿宋' },
    'fangzheng-gbk': { title: '方正小标宋_GBK', hei: '方正黑体_GBK', kai: '方正楷体_GBK', fang: '方正仿宋_GBK' },
  } as const;

  it.each(Object.entries(profiles))('%s: title, level 1, level 2 and body faces, in runs and in the style sheet', async (profile, f) => {
    const d = await exported(speechModel(), { fontProfile: profile as keyof typeof profiles });
    const paras = bodyParagraphs(d.document);
    expect([...facesOf(paras[0]!)]).toEqual([f.title]);
    expect([...facesOf(byText(paras, '一、'))]).toEqual([f.hei]);
    expect([...facesOf(byText(paras, '（一）今冬'))]).toEqual([f.kai]);
    expect([...facesOf(byText(paras, '1.'))]).toEqual([f.fang]);
    expect([...facesOf(byText(paras, '今天召开'))]).toEqual([f.fang]);
    const used = new Set(findAll(d.document, 'w:r').map((r) => fontsOf(r).eastAsia));
    expect([...used].sort()).toEqual([...new Set(Object.values(f))].sort());
    expect(fontsOf(child(child(child(d.styles, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr')!).eastAsia).toBe(f.fang);
  });
});

describe('character coverage of the font profile', () => {
  it('warns about characters a GB2312 face cannot show, and not about those a GBK face can', () => {
    const doc = speechModel();
    expect(coverageWarning(doc)).toBeUndefined();
    doc.speakerLine = [{ text: '县委书记　朱镕基' }];
    doc.dateLine = [{ text: '（二〇二六年十一月二十日）' }];
    const gb = coverageWarning(doc, 'gb2312')!;
    expect(gb.chars).toEqual(['〇', '镕']);
    expect(gb.message).toContain('〇镕');
    expect(coverageWarning(doc, 'windows')).toBeUndefined();
    expect(charsOutside('𠮷', 'fangzheng-gbk')).toEqual(['𠮷']);
  });
});

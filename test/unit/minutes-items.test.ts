// Minutes the office can issue, on our own inputs (test/fixtures/minutes): 常务会议、办公会议、专题会议
// and 党委会 organised by agenda item, 推进会 and 协调会 in the general layout; each item's decisions under
// that item; no deadline gap on approvals and rules; the 期号 printed once and right; nothing said by
// anyone that the material does not say; attendance once; golden texts read by a person.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocModel, ParagraphBlock, Run, TableBlock } from '../../core/doc/model.ts';
import { docFromText } from '../../core/doc/from-text.ts';
import { numberBlocks } from '../../core/doc/numbering.ts';
import { docLines, toPlainText } from '../../core/doc/text.ts';
import { chineseDate } from '../../core/draft/facts.ts';
import { draft } from '../../core/draft/index.ts';
import { clockTime, issueRuns } from '../../core/draft/minutes-head.ts';
import { validateInput } from '../../core/input/index.ts';
import type { MinutesInput } from '../../core/input/schema.ts';
import { proofParagraphs } from '../../core/proof/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadProofLexicon } from '../../main/services/proof/load.ts';
import { stringLeaves } from '../helpers/examples.ts';
import { MINUTES_FIXTURES, loadMinutesFixtures, type MinutesFixture } from '../helpers/minutes-fixtures.ts';

const library = loadDraftLibrary();
const lexicon = loadProofLexicon();
const fixtures = loadMinutesFixtures();
const fixture = (name: string) => fixtures.find((f) => f.name === name)!;
const runsText = (runs: readonly Run[] | undefined) => (runs ?? []).map((r) => r.text).join('');
const clone = <T>(v: T): T => structuredClone(v);

/** Every run of a document, with the 序号 cells of a ledger apart (derived, like a heading number). */
function allRuns(doc: DocModel): Run[] {
  const runs: Run[] = [...doc.title, ...(doc.minutesHead?.issue ?? []), ...(doc.minutesHead?.organizer ?? []), ...(doc.minutesHead?.date ?? [])];
  for (const b of doc.blocks) {
    if (b.type === 'table') runs.push(...b.rows.flatMap((row) => row.slice(1)).flat());
    else runs.push(...b.runs, ...(b.type === 'paragraph' && b.lead ? b.lead.runs : []));
  }
  if (doc.colophon) runs.push(...doc.colophon.lines.flatMap((l) => l.runs), ...doc.colophon.printedBy, ...doc.colophon.printed);
  return runs;
}

const UNIT_NAME = /[县区市省镇乡][\p{Script=Han}]{0,10}?(局|办公室|办|委员会|部|室|中心|政府|党委|委)(?![员])/u;
// Fields whose text the engine may cut at its ends (a title without 「审议」 or 「的汇报」, the number of
// a 期号): the run must then be a piece of the field.
// A reporting unit is cut from its head's title (「县农业农村局局长」 → 「县农业农村局」).
const CUT = /^agenda\[\d+\](\.title)?$|^options\.issue$|remarks\[\d+\]\.speaker\.title$/;

function expectTraceable(doc: DocModel, raw: unknown): void {
  const leaves = stringLeaves(raw);
  for (const run of allRuns(doc)) {
    if (run.src) {
      const value = leaves.get(run.src);
      expect(value, `unknown source ${run.src}`).toBeDefined();
      const trimmed = value!.trim().replace(/[。；，、！\s]+$/u, '');
      const accepted = [value!, trimmed, trimmed.replace(/^要/u, ''), trimmed.replace(/^会议/u, '')];
      if (/^\d{4}-\d{2}-\d{2}$/.test(value!)) accepted.push(chineseDate(value!));
      if (run.src === 'meeting.time') accepted.push(clockTime(value!));
      if (CUT.test(run.src)) expect(value!.includes(run.text), `${run.src}: 「${run.text}」 is not a piece of 「${value}」`).toBe(true);
      else expect(accepted, `${run.src}: ${run.text}`).toContain(run.text);
    } else {
      expect(run.text, 'template text with a digit').not.toMatch(/[0-9０-９]/);
      expect(run.text, 'template text with a unit name').not.toMatch(UNIT_NAME);
      expect(run.text, 'template text with a placeholder').not.toMatch(/[XＸ×*]|某某/u);
    }
  }
}

// The words the template may put around what someone said: the meeting's verbs, the speaker's
// 「在讲话中指出」, a unit's 「据…汇报」, ordinals, the tail of an assignment — and nothing else: no praise,
// no judgement.
const CONNECTORS = [
  '在讲话中', '在会上', '作了讲话', '讲话时', '讲话', '会议', '还', '同时', '进一步', '指出', '认为', '要求', '强调', '明确', '提出', '确定', '同志', '要',
  '据', '汇报', '通报', '在发言中', '反映',
  '牵头单位', '配合单位', '完成时限', '【待补充：完成时限】', '【待补充：牵头单位】',
  ...'一二三四五六七八九十'.split('').map((n) => `${n}是`), ...'，：；。、（）'.split(''),
].sort((a, b) => b.length - a.length);

function unexplained(literal: string): string {
  let rest = literal;
  let out = '';
  while (rest) {
    const hit = CONNECTORS.find((c) => rest.startsWith(c));
    if (hit) rest = rest.slice(hit.length);
    else {
      out += rest[0];
      rest = rest.slice(1);
    }
  }
  return out;
}

const POINT = /remarks\[\d+\]\.points\[\d+\]$/;
const SPEAKER = /remarks\[\d+\]\.speaker\.(name|title)$/;

/** The literal text of each sentence that renders a point, sentence by sentence. */
function pointSentences(doc: DocModel): { literal: string; text: string }[] {
  const out: { literal: string; text: string }[] = [];
  for (const b of doc.blocks) {
    if (b.type !== 'paragraph') continue;
    let literal = '';
    let text = '';
    let hasPoint = false;
    const close = () => {
      if (hasPoint) out.push({ literal, text });
      literal = text = '';
      hasPoint = false;
    };
    for (const r of b.runs) {
      if (r.src) {
        text += r.text;
        if (POINT.test(r.src)) hasPoint = true;
        else if (!SPEAKER.test(r.src) && !/decisions\[\d+\]\.(lead|support|deadline)/.test(r.src) && !/decisions\[\d+\]\.text$/.test(r.src)) literal += '〔fact〕';
        continue;
      }
      // A literal run may end one sentence and open the next: 「。会议还指出，」.
      const pieces = r.text.split(/(?<=。)/u);
      pieces.forEach((piece, i) => {
        literal += piece;
        text += piece;
        if (i < pieces.length - 1 || piece.endsWith('。')) close();
      });
    }
    close();
  }
  return out;
}

const TEMPLATES = ['minutes', 'minutes-items', 'minutes-general', 'record', 'ledger'];
const cases = fixtures.flatMap((f) => TEMPLATES.flatMap((template) => [1, 2, 3].map((seed) => ({ f, template, seed }))));

describe.each(cases)('$f.name · $template · seed $seed', ({ f, template, seed }) => {
  const doc = draft(f.input, library, { template, seed });

  it('writes every fact as (a piece of) the field it names, and no fact in template text', () => {
    expectTraceable(doc, f.raw);
    for (const m of toPlainText(doc).matchAll(/【[^】]*】/g)) expect(m[0]).toMatch(/^【待补充：[^】]+】$/);
  });

  it('gives no speaker a sentence whose content is not in the material', () => {
    for (const s of pointSentences(doc)) expect(unexplained(s.literal), s.text).toBe('');
    expect(toPlainText(doc)).not.toMatch(/充分肯定|高度评价|高度肯定|特别强调|给予肯定|一致认为|深刻|精辟/u);
  });

  it('numbers without a gap', () => {
    expect(numberBlocks(doc.blocks).skipped).toEqual([]);
  });

  it('has nothing the proofreader calls an error', () => {
    const paras = docLines(doc).flatMap((l) => l.split('\n'));
    const errors = proofParagraphs(paras, lexicon).filter((x) => x.severity === '错误');
    expect(errors.map((x) => `${x.message} | ${paras[x.para]!.slice(Math.max(0, x.offset - 10), x.offset + x.length + 10)}`)).toEqual([]);
  });
});

// ───────────────────────────── layout by meeting type ─────────────────────────────

const itemLeads = (doc: DocModel) => doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.lead?.level === 1);

describe('the meeting type chooses the layout', () => {
  it.each([
    ['county-standing-flood', 'items'],
    ['street-renovation-topic', 'items'],
    ['township-mayor-office', 'items'],
    ['township-party-committee', 'items'],
    ['town-party-committee-qingshi', 'items'],
    ['county-promotion-flat', 'general'],
    ['county-coordination-general', 'general'],
    ['county-coordination-market', 'general'],
    ['county-flood-dispatch', 'general'],
    ['street-dispatch-civilization', 'general'],
    ['county-symposium-enterprises', 'general'],
  ])('%s → %s', (name, layout) => {
    const doc = draft(fixture(name).input, library);
    expect(itemLeads(doc).length > 0 ? 'items' : 'general').toBe(layout);
    // Either layout can be had by template id whatever the type (when the items carry anything).
    if (fixture(name).input.agenda.some((a) => typeof a !== 'string')) {
      expect(itemLeads(draft(fixture(name).input, library, { template: 'minutes-general' }))).toHaveLength(0);
      expect(itemLeads(draft(fixture(name).input, library, { template: 'minutes-items' })).length).toBeGreaterThan(0);
    }
  });

  it('drafts the flat shape in the general layout even when the by-item template is asked for', () => {
    const flat = fixture('county-promotion-flat').input;
    expect(toPlainText(draft(flat, library, { template: 'minutes-items' }))).toBe(toPlainText(draft(flat, library, { template: 'minutes-general' })));
  });
});

// ───────────────────────────── items: what was decided on which item ─────────────────────────────

function itemSections(doc: DocModel): { title: string; blocks: Block[] }[] {
  const out: { title: string; blocks: Block[] }[] = [];
  for (const b of doc.blocks) {
    if (b.type === 'paragraph' && b.lead?.level === 1) out.push({ title: runsText(b.lead.runs), blocks: [b] });
    else if (out.length && b.type === 'paragraph' && b.role !== 'remark') out[out.length - 1]!.blocks.push(b);
  }
  return out;
}

const srcs = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.type === 'paragraph' ? [...b.runs, ...(b.lead?.runs ?? [])] : [])).map((r) => r.src ?? '');

describe.each(fixtures.filter((f) => itemLeads(draft(f.input, library)).length))('by item · $name', (f) => {
  const doc = draft(f.input, library);
  const text = toPlainText(doc);
  const sections = itemSections(doc);
  const items = f.input.agenda.map((a, i) => ({ a, i })).filter(({ a }) => typeof a !== 'string');

  it('puts each item’s decisions, remarks and outcome under that item, and nowhere else', () => {
    for (const { a, i } of items) {
      if (typeof a === 'string') continue;
      const at = sections.findIndex((s) => srcs(s.blocks).some((src) => src === `agenda[${i}].title`));
      expect(at, `item ${i} has a section`).toBeGreaterThanOrEqual(0);
      const inside = srcs(sections[at]!.blocks);
      const elsewhere = sections.filter((_, k) => k !== at).flatMap((s) => srcs(s.blocks));
      (a.decisions ?? []).forEach((_, d) => {
        expect(inside, `agenda[${i}].decisions[${d}]`).toContain(`agenda[${i}].decisions[${d}].text`);
        expect(elsewhere.filter((s) => s.startsWith(`agenda[${i}].decisions[${d}]`))).toEqual([]);
      });
      (a.remarks ?? []).forEach((r, ri) => r.points.forEach((_, pi) => expect(inside).toContain(`agenda[${i}].remarks[${ri}].points[${pi}]`)));
      if (a.outcome) expect(runsText(sections[at]!.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs : [])))).toContain(a.outcome);
    }
  });

  it('numbers the sections 一、二、… in agenda order, each 「关于…。」 in 黑体 (a level-1 run-in lead)', () => {
    const { marks } = numberBlocks(doc.blocks);
    const leads = doc.blocks.map((b, i) => ({ b, mark: marks[i] })).filter(({ b }) => b.type === 'paragraph' && b.lead?.level === 1);
    expect(leads.map(({ mark }) => mark)).toEqual(leads.map((_, i) => `${'一二三四五六七八九'[i]}、`));
    for (const s of sections) expect(s.title).toMatch(/^关于.+。$/u);
  });

  it('orders an item as 听取 · 指出/认为 · 通过/同意 · 强调 · 要求', () => {
    for (const s of sections) {
      const t = s.blocks.map((b) => (b.type === 'paragraph' ? runsText(b.runs) : '')).join('');
      const order = ['听取|作了(?:汇报|说明|通报)|向会议', '认为', '原则通过|同意', '会议强调', '会议要求'].map((w) => t.search(new RegExp(w, 'u'))).filter((n) => n >= 0);
      expect(order, s.title).toEqual([...order].sort((x, y) => x - y));
    }
  });

  it('names an item’s subject in its heading, not again in the report under it', () => {
    for (const { i } of items) {
      const at = sections.findIndex((s) => srcs(s.blocks).some((src) => src === `agenda[${i}].title`));
      const runs = sections[at]!.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs : []));
      const sentences: string[][] = [[]];
      for (const r of runs) {
        sentences[sentences.length - 1]!.push(r.src ?? '');
        if (!r.src && r.text.includes('。')) sentences.push([]);
      }
      for (const sentence of sentences.filter((x) => x.some((src) => src.startsWith(`agenda[${i}].reporter`)))) expect(sentence).not.toContain(`agenda[${i}].title`);
    }
  });

  it('announces no item with nothing under it; what belongs to no item is a last section 「关于其他事项。」', () => {
    const others = f.input.remarks.length + f.input.decisions.length > 0;
    expect(text.includes('其他事项')).toBe(others);
    if (others) expect(sections.at(-1)!.title).toBe('关于其他事项。');
  });

  it('reads back from its own text with the same sections, head and 版记 (a .txt saved as a version)', () => {
    const back = docFromText(text, 'minutes');
    expect(toPlainText(back)).toBe(text);
    expect(itemLeads(back).map((b) => runsText(b.lead!.runs))).toEqual(sections.map((s) => s.title));
    expect(runsText(back.minutesHead?.issue)).toBe(runsText(doc.minutesHead?.issue));
    expect(back.colophon && toPlainText({ ...back, blocks: [] })).toBe(doc.colophon && toPlainText({ ...doc, blocks: [] }));
  });

  it('prints the attendance once, at the foot', () => {
    const opening = runsText((doc.blocks[0] as ParagraphBlock).runs);
    const host = f.input.meeting.host?.name;
    for (const name of f.input.meeting.attendees ?? []) if (name !== host) expect(opening).not.toContain(name);
    expect(doc.blocks.filter((b) => b.type === 'labelled' && b.label === '出席')).toHaveLength(1);
  });
});

describe('the county 常务会议 on 防汛 (four items)', () => {
  const f = fixture('county-standing-flood');
  const text = toPlainText(draft(f.input, library));

  it('records the approval of the plan, the consent to the funds, the report heard and the task deployed', () => {
    expect(text).toMatch(/会议原则通过《清河县2026年防汛抢险应急预案（修订稿）》。/u);
    expect(text).toContain('会议同意安排县级防汛物资储备补充采购资金186万元，由县财政统筹解决。');
    // The heading has named the report's subject: the sentence under it names who reported.
    expect(text).toMatch(/三、关于全县汛前准备工作情况。[^。]*县水利局[^。]*汇报。/u);
    expect(text).toMatch(/(研究部署了|作了部署|进行了研究部署)/u);
    expect(text).toMatch(/审议了《清河县2026年防汛抢险应急预案（修订稿）》，研究了县级防汛物资储备补充采购资金，听取了县水利局关于全县汛前准备工作情况的汇报，部署了汛前安全隐患大排查工作。/u);
  });

  it('names nobody as the speaker of a point: the chair’s points are the meeting’s', () => {
    const body = text.split('\n').filter((l) => /^[一二三四]、/u.test(l) || /^会议/u.test(l)).join('');
    for (const n of ['周建国', '王立新', '赵海涛']) expect(body).not.toContain(n);
  });
});

// ───────────────────────────── decisions ─────────────────────────────

// The issue's rule, independent of the engine: 同意/原则通过 approve, 一律/严禁/凡/暂缓/一经发现 rule.
const NO_DEADLINE = /^(会议)?(原则)?(同意|通过)|一律|严禁|^凡|暂缓|一经发现/u;

describe('decisions read right', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('no 【待补充：完成时限】 on an approval or a rule · %s', (_, f: MinutesFixture) => {
    for (const template of ['minutes', 'minutes-general', 'record', 'ledger']) {
      const doc = draft(f.input, library, { template });
      for (const b of doc.blocks) {
        if (b.type === 'table') {
          for (const row of b.rows) {
            const task = row.find((c) => c.some((r) => r.src?.endsWith('.text')));
            if (task && NO_DEADLINE.test(runsText(task))) expect(row.map(runsText).join('|')).not.toContain('【待补充');
          }
          continue;
        }
        const runs = [...(b.type === 'paragraph' && b.lead ? b.lead.runs : []), ...b.runs];
        runs.forEach((r, i) => {
          if (!r.src?.match(/decisions\[\d+\]\.text$/) || !NO_DEADLINE.test(r.text)) return;
          // What follows the decision up to the next fact of something else.
          const after = runs.slice(i + 1).findIndex((x) => x.src && !x.src.startsWith(r.src!.replace(/\.text$/, '')));
          const tail = runs.slice(i + 1, after < 0 ? undefined : i + 1 + after);
          expect(runsText(tail), `${template}: ${r.text}`).not.toContain('【待补充');
        });
      }
    }
  });

  it('gives an assignment without a lead unit or a deadline the visible gaps', () => {
    const input = clone(fixture('street-renovation-topic').input);
    const item = input.agenda[2] as Exclude<MinutesInput['agenda'][number], string>;
    item.decisions = [{ text: '组织施工单位和物业召开协调会' }];
    const text = toPlainText(draft(input, library));
    expect(text).toContain('组织施工单位和物业召开协调会（牵头单位：【待补充：牵头单位】；完成时限：【待补充：完成时限】）');
  });

  it('takes the kind the material gives over the wording', () => {
    const input = clone(fixture('street-renovation-topic').input);
    const item = input.agenda[2] as Exclude<MinutesInput['agenda'][number], string>;
    item.decisions = [{ text: '施工围挡外侧保持整洁', kind: '规定' }, { text: '安排施工扰民补偿资金', kind: '批准' }];
    const text = toPlainText(draft(input, library));
    expect(text).toContain('会议明确，施工围挡外侧保持整洁。');
    expect(text).toContain('会议同意安排施工扰民补偿资金。');
    expect(text).not.toContain('【待补充');
  });

  it('prints a free-term deadline as written', () => {
    const text = toPlainText(draft(fixture('street-renovation-topic').input, library));
    expect(text).toContain('完成时限：7月15日前）');
    // A term that spans a period is the task's 时限, not a completion date.
    expect(text).toContain('；时限：长期）');
  });
});

// ───────────────────────────── 期号 ─────────────────────────────

describe('期号', () => {
  it.each([
    ['23', '第23期'],
    ['第23期', '第23期'],
    ['23期', '第23期'],
    ['第23', '第23期'],
    ['〔2026〕23号', '〔2026〕23号'],
    ['[2026]23号', '〔2026〕23号'],
    ['（2026）23', '〔2026〕23号'],
    ['2026年第3期', '2026年第3期'],
    ['第二十三期', '第二十三期'],
  ])('「%s」 prints as 「%s」, once', (issue, printed) => {
    expect(runsText(issueRuns(issue))).toBe(printed);
    const input = clone(fixture('county-standing-flood').input);
    input.options = { ...input.options, issue };
    const text = toPlainText(draft(input, library));
    expect(text.split(printed).length - 1).toBe(1);
    expect(text).not.toMatch(/第第|期期|号号|〔〔/u);
    expect(text.split('\n')[1]).toBe(printed);
  });
});

describe('版记', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: the 印发 line (organizer, date) always; 分送/抄送 only when given', (_, f) => {
    const doc = draft(f.input, library);
    const o = f.input.options ?? {};
    expect(runsText(doc.colophon?.printedBy)).toBe(o.printedBy ?? f.input.meeting.organizer);
    expect(runsText(doc.colophon?.printed)).toMatch(/日印发$/u);
    expect(doc.colophon?.lines.map((l) => l.label)).toEqual([...(o.distribution?.length ? ['分送'] : []), ...(o.copyTo?.length ? ['抄送'] : [])]);
  });

  it('has none when the material names no office at all', () => {
    const input = clone(fixture('county-promotion-flat').input);
    delete input.meeting.organizer;
    expect(draft(input, library).colophon).toBeUndefined();
  });
});

// ───────────────────────────── 会议记录 and 督办台账 by item ─────────────────────────────

describe('会议记录 by item', () => {
  const f = fixture('county-standing-flood');
  const doc = draft(f.input, library, { template: 'record' });
  const lines = toPlainText(doc).trimEnd().split('\n');

  it('records 议题一… in turn: its speakers in the first person, then 会议决定', () => {
    const heads = lines.filter((l) => /^议题[一二三四五]：/u.test(l));
    expect(heads.map((l) => l.slice(0, 4))).toEqual(['议题一：', '议题二：', '议题三：', '议题四：']);
    const first = lines.indexOf(heads[0]!);
    const second = lines.indexOf(heads[1]!);
    const block = lines.slice(first, second);
    expect(block[1]).toBe('汇报：县水利局');
    expect(block[2]).toMatch(/^王立新（副县长）：修订稿针对/u);
    expect(block[3]).toMatch(/^周建国（县长）：防汛预案关系/u);
    expect(block[4]).toBe('会议决定：');
    expect(block[5]).toBe('一、原则通过《清河县2026年防汛抢险应急预案（修订稿）》。');
    expect(block[6]).toMatch(/^二、预案根据会议意见修改完善后.*（牵头单位：县水利局；完成时限：2026年5月20日）。$/u);
    expect(block[7]).toBe('三、汛期山洪灾害危险区人员一律提前转移，严禁在危险区滞留。');
    expect(lines.slice(-3)).toEqual(['散会。', '主持人（签字）：', '记录人（签字）：']);
  });
});

describe('督办台账 by item', () => {
  const f = fixture('county-standing-flood');
  const table = draft(f.input, library, { template: 'ledger' }).blocks[0] as TableBlock;

  it('keeps the item as a column 「议题」 and lists what can be supervised', () => {
    expect(table.header).toEqual(['序号', '议题', '任务', '牵头单位', '配合单位', '完成时限']);
    const rows = table.rows.map((r) => r.map(runsText));
    expect(rows.map((r) => r[1])).toEqual([
      '审议《清河县2026年防汛抢险应急预案（修订稿）》',
      '研究县级防汛物资储备补充采购资金',
      '部署汛前安全隐患大排查工作',
    ]);
    expect(rows.map((r) => r[5])).toEqual(['2026年5月20日', '入汛前', '2026年6月10日']);
  });
});

// ───────────────────────────── material as it comes ─────────────────────────────

describe('the minutes material in its new shapes', () => {
  const base = fixture('county-standing-flood').raw as { agenda: unknown[] };
  const refuse = (edit: (d: { agenda: unknown[]; [k: string]: unknown }) => void) => {
    const d = clone(base) as { agenda: unknown[]; [k: string]: unknown };
    edit(d);
    const v = validateInput(d);
    expect(v.ok).toBe(false);
    return v.ok ? [] : v.errors.map((e) => `${e.path}：${e.message}`);
  };

  it('names the field and the allowed values when an item is written wrong', () => {
    expect(refuse((d) => ((d.agenda[0] as Record<string, unknown>).kind = '讨论'))).toEqual(['agenda[0].kind：应为 "听取"、"审议"、"研究"、"通报"、"部署" 之一，实际为文本“讨论”']);
    expect(refuse((d) => ((d.agenda[2] as Record<string, unknown>).outcom = '同意'))[0]).toBe('agenda[2].outcom：未知字段（请检查拼写）；是否应为 outcome？');
    expect(refuse((d) => (d.agenda[1] = 12))).toEqual(['agenda[1]：应为文本或对象，实际为数字 12']);
    expect(refuse((d) => ((d.agenda[0] as Record<string, unknown>).reporter = { title: '局长' }))).toEqual(['agenda[0].reporter.name：缺少必填项（应为文本）']);
    expect(refuse((d) => (d.agenda[4] = '研究<b>其他</b>事项'))[0]).toMatch(/^agenda\[4\]：不能包含 HTML 标记/u);
  });

  it('refuses minutes with nothing to record, in the user’s words', () => {
    expect(
      refuse((d) => {
        d.agenda = ['研究其他事项'];
      }),
    ).toEqual(['remarks：纪要没有内容：请至少填写一位领导的发言要点，或一项议定事项（也可写在议题之下）']);
  });

  it('keeps the flat shape working: an agenda of strings with remarks and decisions at the top level', () => {
    const v = validateInput(fixture('county-promotion-flat').raw);
    expect(v.ok).toBe(true);
  });
});

// ───────────────────────────── golden texts ─────────────────────────────

// Written by `UPDATE_GOLDEN=1 npx vitest run test/unit/minutes-items.test.ts`, then read by a person
// before committing; a change in wording shows up here as a diff to read again.
const GOLDEN = join(MINUTES_FIXTURES, 'golden');

describe.each(fixtures)('golden · $name', (f) => {
  it.each(['minutes', 'record', 'ledger'])('%s, seed 1', (template) => {
    const file = join(GOLDEN, `${f.name}.${template}.txt`);
    const text = toPlainText(draft(f.input, library, { template, seed: 1 }));
    if (process.env.UPDATE_GOLDEN) {
      mkdirSync(GOLDEN, { recursive: true });
      writeFileSync(file, text);
    }
    expect(existsSync(file), `${file} missing: run with UPDATE_GOLDEN=1 and read it`).toBe(true);
    expect(text).toBe(readFileSync(file, 'utf8'));
  });
});

// The drafting engine on every example, frame and seed: every item of the material is in the
// draft, and every figure, date, unit and name in it traces back to the material.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { clockTime } from '../../core/draft/minutes-head.ts';
import { chineseDate, spokenDate } from '../../core/draft/facts.ts';
import type { DocModel, Run } from '../../core/doc/model.ts';
import { numberBlocks } from '../../core/doc/numbering.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { keyFacts, loadExamples, printedDeadline, stringLeaves } from '../helpers/examples.ts';
import { loadCampaigns } from '../helpers/campaigns.ts';
import { ownUnitOf, speakerOf } from '../../core/draft/speaker.ts';
import { isOwnUnit } from '../../core/draft/speaker.ts';
import { deadlinePlace, deadlineSteps, echoes } from '../../core/draft/items.ts';
import { saysDeadline } from '../../core/draft/deadline-dates.ts';
import { unitName } from '../../core/draft/leads.ts';
import { selfSaid } from '../../core/draft/self.ts';
import { commendingAchievement, summarisesAchievements } from '../../core/draft/preceding.ts';
import { RATE_VAGUE, VAGUE } from '../../core/draft/figures.ts';
import { labelOf, titleUnlabelled, unlabelled } from '../../core/draft/labels.ts';
import { spokenCounts, spokenSlashes } from '../../core/draft/slashes.ts';
import { fieldName } from '../../core/draft/field-work.ts';

const library = loadDraftLibrary();
const examples = loadExamples();
const SPEECH_FRAMES = ['speech-deploy', 'speech-report', 'speech-situation'];
const SEEDS = [1, 2, 3];

function allRuns(doc: DocModel): Run[] {
  const runs: Run[] = [
    ...doc.title,
    ...(doc.subtitle ?? []),
    ...(doc.dateLine ?? []),
    ...(doc.speakerLine ?? []),
    ...(doc.salutation ?? []),
    ...(doc.closing ?? []),
    ...(doc.minutesHead?.issue ?? []),
    ...(doc.minutesHead?.organizer ?? []),
    ...(doc.minutesHead?.date ?? []),
  ];
  for (const b of doc.blocks) {
    // The first column of a ledger is its 序号, derived from position like a heading number.
    if (b.type === 'table') runs.push(...b.rows.flatMap((row) => (b.header[0] === '序号' ? row.slice(1) : row)).flat());
    else runs.push(...b.runs, ...(b.type === 'paragraph' && b.lead ? b.lead.runs : []));
  }
  return runs;
}

// The shared examples, and our own campaigns of other domains, levels and ranks (test/fixtures/campaigns).
const ours = loadCampaigns().filter((c) => c.ours).map((c) => ({ name: c.name, path: '', raw: c.raw, input: c.input }));
const cases = [...examples, ...ours].flatMap((ex) =>
  (ex.input.kind === 'speech' ? [...SPEECH_FRAMES, 'ledger'] : ['minutes', 'record', 'ledger']).flatMap((template) =>
    SEEDS.map((seed) => ({ ex, template, seed })),
  ),
);

// A unit or office name: 「县城市管理局」「区委办公室」. The phrase bank must never contain one.
const UNIT_NAME = /[县区市省镇乡][\p{Script=Han}]{0,10}?(局|办公室|办|委员会|部|室|中心|政府|党委|委)(?![员])/u;
const PLACEHOLDERS = ['X', 'Ｘ', '×', '*', '某某', 'XX'];

describe.each(cases)('$ex.name · $template · seed $seed', ({ ex, template, seed }) => {
  const doc = draft(ex.input, library, { template, seed });
  const text = toPlainText(doc);
  const flat = text.replace(/\s/g, '');
  const leaves = stringLeaves(ex.raw);
  // The material as the speaker says it: the own place as 「全县」「我们街道」, the meeting's year and the
  // year before as 「今年」「去年」 (core/draft/self.ts; the head lines keep the material's words).
  // A count typed over its whole with a slash, or a zero, is said as a speaker says it (slashes.ts: 「86栋中已完成41栋」「处罚一起也没有」).
  const said = (value: string, src = 'campaign.background') => (ex.input.kind === 'speech' && template !== 'ledger' ? selfSaid(spokenCounts(value), src, ex.input, speakerOf(ex.input)) : ex.input.kind === 'speech' ? spokenCounts(value) : value);

  it('contains every item of the material', () => {
    if (template === 'ledger') {
      // A ledger holds the tasks (or decisions): each with its lead, support, deadline and target.
      const rows =
        ex.input.kind === 'speech'
          ? ex.input.campaign.tasks.flatMap((t) => [titleUnlabelled(t.title), t.lead, ...(t.support ?? []), t.measure, t.deadline && printedDeadline(t.deadline)])
          : ex.input.decisions.flatMap((d) => [d.text.replace(/[。；]$/, ''), d.lead, ...(d.support ?? []), d.deadline && chineseDate(d.deadline)]);
      for (const fact of rows) if (fact) expect(flat, fact).toContain(fact.replace(/\s/g, ''));
      return;
    }
    // A 部署会, or a speech after a report of the work, sums achievements up by their titles.
    const brief = ex.input.kind === 'speech' && summarisesAchievements(ex.input);
    const achievementFigures = new Set(ex.input.kind === 'speech' ? ex.input.campaign.achievements.flatMap((a) => (a.figures ?? []).flatMap((f) => [f.label, spokenSlashes(f.value + (f.unit ?? ''), true)])) : []);
    // A department head names the own unit 「我局」: the material's name for it need not appear.
    const speaker = ex.input.kind === 'speech' ? speakerOf(ex.input) : undefined;
    for (const fact of keyFacts(ex.input)) {
      if (brief && achievementFigures.has(fact)) continue;
      // Summed up, an achievement whose detail says its title is written once, by the detail.
      // So is a single achievement (speech-parts.ts achievements: one is one sentence, summed up alike).
      const speech = ex.input.kind === 'speech' ? ex.input : undefined;
      const summed = brief || (!!speech && speech.campaign.achievements.filter((_, i) => i !== commendingAchievement(speech)).length === 1);
      if (summed && ex.input.kind === 'speech' && ex.input.campaign.achievements.some((a) => titleUnlabelled(a.title) === fact && a.detail && echoes(a.detail, titleUnlabelled(a.title)))) continue;
      if (speaker && isOwnUnit(fact, speaker)) continue;
      // At a 表彰会 the achievement that is the commendation itself is said by its counts in the congratulation (s16 fw).
      const commending = ex.input.kind === 'speech' ? ex.input.campaign.achievements[commendingAchievement(ex.input)] : undefined;
      if (commending && (fact === titleUnlabelled(commending.title) || (commending.figures ?? []).some((f) => f.label === fact))) continue;
      // …and a branch named after it 「局执法大队」 (县应急管理局执法大队).
      if (speaker?.ownUnit && fact.startsWith(speaker.ownUnit) && flat.includes(`局${fact.slice(speaker.ownUnit.length)}`)) continue;
      // …whatever short form of the bureau the material names it by (「县市场监管局执法稽查大队」 of the 县市场监督管理局).
      const branch = /^(.+?局)(.{2,})$/.exec(fact);
      if (speaker && branch && isOwnUnit(branch[1]!, speaker) && flat.includes(`局${branch[2]}`)) continue;
      // A label folded into its detail is written once: what the detail does not already say.
      if (achievementFigures.has(fact) && !flat.includes(fact)) continue;
      expect(flat, fact).toContain(said(fact).replace(/\s/g, ''));
    }
    if (ex.input.kind === 'speech') {
      for (const t of ex.input.campaign.tasks) {
        // A deadline that names its steps says each with its time (「9月底前要追回…，每季度末前要报送…」).
        const steps = t.deadline ? deadlineSteps(t.deadline) : undefined;
        if (steps) for (const x of steps) expect(flat).toMatch(new RegExp(`${x.time}要?${x.act}`));
        // A deadline the task's own text names in another form (「8月底前全部进场施工」 for 2026-08-31) is said by that text.
        else if (t.deadline && ![t.title, t.detail, t.measure].some((x) => saysDeadline(x, t.deadline, ex.input.meeting.date))) expect(flat).toContain(said(printedDeadline(t.deadline, ex.input.meeting.date)));
        // A bare rate after its date takes its verb (items.ts rateReached): 「…前问题户厕整改到位率达到95%以上」.
        if (t.measure) expect([flat.includes(said(t.measure)), flat.includes(said(t.measure.replace(/率(?=\d)/, '率达到')))]).toContain(true);
        // A date set before the one-off act it dates, within the detail (「…持续监测，10月底前依法启动…」): the detail is whole around it.
        const heard = t.deadline && deadlinePlace(t) === 'clause' ? flat.replace(t.deadline.trim(), '') : flat;
        if (t.detail) expect(readAloud(heard)).toContain(readAloud(said(t.detail.replace(/[。；]$/, ''))));
      }
      // A figure whose label the detail says within is written there, its value only (「设置警示牌168块」).
      const values = ex.input.campaign.achievements.flatMap((a) => (a.figures ?? []).map((f) => spokenSlashes(`${f.value}${f.unit ?? ''}`, true)));
      const bare = values.reduce((t, v) => t.split(`达到${v}`).join('').split(v).join(''), flat);
      // A vague quantity its figure states exactly is said as the figure (「已追回大部分违规资金」 → 「已追回违规资金143.2万元」).
      // So is a vague rate (「满意率较高」 → 「满意率达到93.2%」).
      const figured = (detail: string) => (bare.includes(said(detail).replace(/\s/g, '').replace(/[。；]$/, '')) ? detail : detail.replace(VAGUE, '').replace(RATE_VAGUE, '$1'));
      // A detail that says a figure's value itself (「梳理出…重大项目42个」) is held to the draft without it, like the draft.
      const unfigured = (detail: string) => values.reduce((t, v) => t.split(`达到${v}`).join('').split(v).join(''), detail);
      for (const a of ex.input.campaign.achievements) if (a.detail && !brief) expect(bare).toContain(unfigured(said(figured(a.detail)).replace(/\s/g, '').replace(/[。；]$/, '')));
      for (const p of ex.input.campaign.problems) if (p.detail) expect(readAloud(flat)).toContain(readAloud(said(p.detail.replace(/[。；]$/, ''))));
    } else {
      for (const d of ex.input.decisions) if (d.deadline) expect(flat).toContain(chineseDate(d.deadline));
    }
  });

  it('writes every fact exactly as the field it names, and no fact in template text', () => {
    const runs = allRuns(doc);
    runs.forEach((run) => {
      if (run.src) {
        const value = leaves.get(run.src);
        expect(value, `unknown source ${run.src}`).toBeDefined();
        const accepted = [value!, value!.trim(), value!.replace(/[。；，、！\s]+$/u, ''), value!.replace(/^要/, '').replace(/[。；，、！\s]+$/u, '')];
        // A unit without the role the clerk typed after it (「镇市场监管所牵头」).
        if (/\.(lead|support\[\d+\])$/.test(run.src)) accepted.push(unitName(value!));
        // An example without the 「如」 the clerk typed before it: the sentence says 如 once.
        // An example typed 「名称（情况）」 is read as the name and what it says, the brackets gone.
        if (/\.examples\[\d+\]$/.test(run.src)) accepted.push(value!.trim().replace(/[（(]([^）)]*)[）)]$/u, '$1'));
        if (/\.examples\[\d+\]$/.test(run.src)) accepted.push(value!.trim().replace(/^(例如|比如|譬如|诸如|如)[：:，,]?\s*/u, '').replace(/[。；;，,]+$/u, ''));
        if (/^\d{4}-\d{2}-\d{2}$/.test(value!)) accepted.push(chineseDate(value!));
        // A speech's deadline in the meeting's own year is said without it (「12月31日」).
        if (/^\d{4}-\d{2}-\d{2}$/.test(value!) && ex.input.kind === 'speech') accepted.push(spokenDate(value!, ex.input.meeting.date));
        // A figure or a group named within an item heard before the speech (「6个先进集体」, those called in at a 约谈).
        if (/^meeting\.precedingItems\[\d+\]$/.test(run.src) && value!.includes(run.text)) accepted.push(run.text);
        // …without a label of what was taught at its head (「培训内容一：」, labels.ts withoutTaughtLabels).
        if (/^meeting\.precedingItems\[\d+\]$/.test(run.src) && labelOf(value!)?.kind === 'taught') accepted.push(unlabelled(value!), unlabelled(value!).replace(/[。；，、！\s]+$/u, ''));
        // 「全县」「全街道」: the level of the region, derived from its name.
        if (run.src.endsWith('.region')) accepted.push(value!.slice(-1), '街道');
        // 「我代表县应急管理局」: the unit of a department head's title, or of the post the name is (「市交通运输局局长」).
        if (run.src === 'meeting.speaker.title' || run.src === 'meeting.speaker.name') accepted.push(ownUnitOf(value) ?? value!);
        // A label folded into a detail that ends with its first words (the rest of it), one that shares its
        // leading verb with the figure before it (「检查水库23座、山塘186座」), or one without the unit it
        // ends on (「医疗救助人次」 → 「医疗救助1.42万人次」): a part of the label, in its order.
        if (run.src.endsWith('.label') && run.text.length >= 1 && value!.includes(run.text)) accepted.push(run.text);
        // 「设计、施工、监理单位」: each role with the noun it shares (「设计单位」).
        if (/^meeting\.attendees\[\d+\]$/.test(run.src) && /^(设计|施工|监理|检测|建设|勘察|评估|维保|运营)(单位|企业|公司|方)$/.test(run.text) && value!.includes(run.text.slice(0, 2)) && value!.includes(run.text.slice(2))) accepted.push(run.text);
        // A day or a unit a field names within it, said on its own (dispatch.ts: a 调度会's countdown node 「11月30日」, the units a
        // problem names as behind 「鹭塘村」「沄阳建安集团有限公司」), exactly as the field writes it.
        if (/^(background\[\d+\]|goal|problems\[\d+\]\.detail|tasks\[\d+\]\.deadline)$/.test(run.src.replace(/^campaign\./, '')) && value!.includes(run.text) && /^((\d{4}年)?\d{1,2}月(\d{1,2}[日号]|底|末)|\p{Script=Han}{2,16}(乡|镇|街道|社区|村|有限公司|集团))$/u.test(run.text)) accepted.push(run.text);
        // A background item without the clerk's label at its head (「观摩点一：」「本次培训内容：」, labels.ts), the rest as typed.
        if (/^campaign\.background\[\d+\]$/.test(run.src) && labelOf(value!)) accepted.push(unlabelled(value!).trim(), unlabelled(value!).replace(/[。；，、！\s]+$/u, ''));
        // A figure typed with its whole (「栋/总86栋」), said with it (slashes.ts spokenFigure).
        const figure = /^(campaign\.achievements\[\d+\]\.figures\[\d+\])\.(value|unit)$/.exec(run.src);
        if (figure) {
          const v = leaves.get(`${figure[1]}.value`) ?? '';
          const u = leaves.get(`${figure[1]}.unit`) ?? '';
          const spoken = spokenSlashes(`${v}${u}`, true);
          accepted.push(spoken, spoken.slice(v.length));
        }
        // A title without the clerk's own numbering at its head (「任务一：」「（一）」, labels.ts).
        if (/^campaign\.(achievements|problems|tasks)\[\d+\]\.title$/.test(run.src)) accepted.push(titleUnlabelled(value!));
        // The sites a 观摩会's venue names (「观摩点：A、B；会议：…」 → 「A、B」, sites.ts).
        if (run.src === 'meeting.venue' && /观摩点|观摩现场|现场点/.test(value!) && value!.includes(run.text)) accepted.push(run.text);
        // A deadline that names its own steps (「9月底前选聘到位，10月中旬前完成培训」), each step's time and act.
        if (/\.deadline$/.test(run.src) && run.text.length >= 2 && value!.includes(run.text)) accepted.push(run.text);
        // A bare rate split at its figure for the verb between (items.ts rateReached): 「问题户厕整改到位率」「95%以上」.
        const rate = /\.measure$/.test(run.src) ? /^(.+率)(\d.*)$/.exec(value!.trim()) : null;
        if (rate && [rate[1], rate[2]].includes(run.text) && flat.includes(`${rate[1]}达到${rate[2]}`)) accepted.push(run.text);
        // 「下午3:00」 → 「下午3时」: the clock as an official text writes it.
        if (run.src === 'meeting.time') accepted.push(clockTime(value!));
        // 「会议通报了…」: an agenda title after its verb, in the minutes' opening.
        if (/^agenda\[\d+\](\.title)?$/.test(run.src) && value!.includes(run.text)) accepted.push(run.text);
        // A detail with figures written within it comes in pieces, which together are the detail.
        if (run.src.endsWith('.detail') && readAloud(said(value!, run.src)).includes(readAloud(run.text))) accepted.push(...pieces(runs, run.src, said(value!, run.src)));
        // …without a vague quantity its figure states exactly (「已追回大部分违规资金」 → 「已追回违规资金143.2万元」).
        const exact = value!.replace(VAGUE, '').replace(RATE_VAGUE, '$1');
        if (run.src.endsWith('.detail') && exact !== value && readAloud(said(exact, run.src)).includes(readAloud(run.text))) accepted.push(...pieces(runs, run.src, said(exact, run.src)));
        // A problem no task answers, named after the tasks: a clause of its title, or the shortfall a detail states.
        if (/^campaign\.problems\[\d+\]\.(title|detail)$/.test(run.src) && run.text.length >= 2 && value!.includes(run.text)) accepted.push(run.text);
        // The pledge a long goal makes itself (closing.ts ownPledge: 「…，确保进入防火期前全部投入使用」) and its 「不发生…」 threshold
        // (closing.ts thresholdOfGoal): clauses of the goal as typed, from one clause's start (or its 确保) to a clause's end.
        if (run.src === 'campaign.goal' && run.text.length >= 4 && new RegExp(`(^|[，；、]|确保|坚决|力争|争取)${escapeRe(run.text)}($|[，；。])`).test(value!.trim())) accepted.push(run.text);
        // One unit of the campaign's list: the closing calls on those the work does not regulate (closing-units.ts closingUnits).
        // At a year's summing up the work is named without the year that is over (speech.ts workOf).
        if ((run.src === 'campaign.name' || run.src === 'campaign.shortName') && value!.replace(/^\d{4}年度?/u, '') === run.text) accepted.push(run.text);
        // At a training the field it serves: the name without its training word (field-work.ts).
        if ((run.src === 'campaign.name' || run.src === 'campaign.shortName') && fieldName(value!) === run.text) accepted.push(run.text);
        if (run.src === 'campaign.units' && value!.split(/[、，,]/).map((p) => p.trim()).includes(run.text)) accepted.push(run.text);
        // One unit or group of an attendees line, addressed before the closing (room.ts).
        if (/^meeting\.attendees\[\d+\]$/.test(run.src) && run.text.length >= 2 && value!.includes(run.text)) accepted.push(run.text);
        // A person by unit, name and post (「市水利局严志国副局长」, greeting.ts): each part of the line.
        if (/^meeting\.attendees\[\d+\]$/.test(run.src) && splitsInto(run.text, value!, 3)) accepted.push(run.text);
        // 「各施工单位、监理单位」: the line's leading 各 is each kind's (「各监理单位」).
        if (/^meeting\.attendees\[\d+\]$/.test(run.src) && /^各/.test(value!.trim()) && /^各.{2,}(单位|企业|公司)$/.test(run.text) && value!.includes(run.text.slice(1))) accepted.push(run.text);
        expect([...accepted, ...accepted.map((a) => said(a, run.src!))], `${run.src}: ${run.text}`).toContain(run.text);
      } else {
        expect(run.text, 'template text with a digit').not.toMatch(/[0-9０-９]/);
        expect(run.text, 'template text with a unit name').not.toMatch(UNIT_NAME);
        for (const p of PLACEHOLDERS) expect(run.text.includes(p), `placeholder ${p} in: ${run.text}`).toBe(false);
      }
    });
    // The only brackets of that kind are visible gaps for the user to fill.
    for (const m of text.matchAll(/【[^】]*】/g)) expect(m[0]).toMatch(/^【待补充：[^】]+】$/);
  });

  it('has no figure or date that is not in the material', () => {
    const inputDigits = new Set([...leaves.values()].flatMap((v) => v.match(/\d+(\.\d+)?/g) ?? []).flatMap((d) => [d, ...d.split('.')]).flatMap((d) => [d, d.replace(/^0+(?=\d)/, '')]));
    const written = allRuns(doc).map((r) => r.text).join('');
    for (const run of written.match(/\d+(\.\d+)?/g) ?? []) expect(inputDigits, `figure ${run}`).toContain(run);
    // A date field, or a date the clerk typed within a field (a deadline 「2027年4月30日前」).
    const inputDates = new Set([...[...leaves.values()].filter((v) => /^\d{4}-\d{2}-\d{2}$/.test(v)).map(chineseDate), ...[...leaves.values()].flatMap((v) => v.match(/\d{4}年\d{1,2}月\d{1,2}日/g) ?? [])]);
    for (const date of written.match(/\d{4}年\d{1,2}月\d{1,2}日/g) ?? []) expect(inputDates, date).toContain(date);
  });

  it('numbers its headings without a gap', () => {
    expect(numberBlocks(doc.blocks).skipped).toEqual([]);
    if (doc.kind === 'speech') {
      // Two parts when part three has no measure to make (the opening then says 「两点」), else three.
      const count = /(讲|强调)两(点|个方面)/.test(text) ? 2 : 3;
      const parts = text.split('\n').filter((l) => /^[一二三四五六七八九十]+、/.test(l));
      expect(parts.map((l) => l.slice(0, 2))).toEqual(['一、', '二、', '三、'].slice(0, count));
      expect(doc.blocks.filter((b) => b.type === 'heading' && b.level === 1)).toHaveLength(count);
    }
  });

  it('is the same draft for the same seed', () => {
    expect(toPlainText(draft(ex.input, library, { template, seed }))).toBe(text);
  });
});

describe('seeds', () => {
  it('another seed gives other wording with the same facts', () => {
    for (const ex of examples) {
      const a = toPlainText(draft(ex.input, library, { seed: 1 }));
      const b = toPlainText(draft(ex.input, library, { seed: 2 }));
      expect(a).not.toBe(b);
    }
  });
});

describe('frames', () => {
  it('refuses a template of the other kind, in Chinese', () => {
    const minutes = examples.find((e) => e.input.kind === 'minutes')!;
    expect(() => draft(minutes.input, library, { template: 'speech-deploy' })).toThrow(/模板 speech-deploy（讲话稿）需要讲话稿材料，而输入是会议材料/);
    expect(() => draft(minutes.input, library, { template: 'nope' })).toThrow(/未知模板：nope/);
  });

  it('puts the speech parts where each frame says', () => {
    const speech = examples.find((e) => e.name === 'speech-sanitation-promotion.json')!;
    const roles = (template: string) =>
      draft(speech.input, library, { template }).blocks.filter((b) => b.type === 'heading' && b.level === 1).map((b) => b.role);
    // Part three (guarantees) only where a problem is left that no task takes up (core/draft/measures.ts).
    expect(roles('speech-report')).toEqual(['achievement', 'problem', 'task']);
    expect(roles('speech-deploy')).toEqual(['significance', 'task']);
    const open: typeof speech.input = structuredClone(speech.input);
    if (open.kind === 'speech') open.campaign.problems = [...open.campaign.problems, { title: '群众参与不够', detail: '整治主要靠干部，群众参与的积极性不高' }];
    const withThird = (template: string) => draft(open, library, { template }).blocks.filter((b) => b.type === 'heading' && b.level === 1).map((b) => b.role);
    expect(withThird('speech-deploy')).toEqual(['significance', 'task', 'guarantee']);
    expect(withThird('speech-situation')).toEqual(['significance', 'task', 'guarantee']);
  });
});

/** The runs of one source in order, when together they are the field's text (a detail split by figures written within). */
function pieces(runs: readonly { text: string; src?: string | undefined }[], src: string, value: string): string[] {
  const own = runs.filter((r) => r.src === src).map((r) => r.text);
  const whole = readAloud(value.replace(/[。；，、！\s]+$/u, ''));
  return readAloud(own.join('')) === whole || readAloud(own.join('')).includes(whole) ? own : [];
}

/**
 * A text without what reading it out changes: examples a clerk put in brackets (「（如A、B）」) are said
 * as a clause (「，如A、B，」), and a task's bare act is said with 「要」 (「各村要逐户…」), so brackets, 如,
 * commas and 要 are left out of the comparison.
 */
function readAloud(text: string): string {
  return text.replace(/[（(](如|比如|例如|包括)?|[）)]|，(如|包括)|[，,]|要/gu, '');
}

/** Whether a text is made of at most `n` pieces of a value, each of two characters or more, in any order. */
function splitsInto(text: string, value: string, n: number): boolean {
  if (text.length >= 2 && value.includes(text)) return true;
  if (n <= 1) return false;
  for (let k = 2; k <= text.length - 2; k++) if (value.includes(text.slice(0, k)) && splitsInto(text.slice(k), value, n - 1)) return true;
  return false;
}

/** A text as a regular expression that matches it literally. */
function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

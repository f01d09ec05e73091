// Issue 11 (session 15, word): deadlines said with the act the material gives; what a line claims.
// - Only the speaker's own bureau's sections are 「局…」: a higher bureau of the same kind keeps its full name
//   (s43-7 [6], W: 「局方志远科长」 for 市应急管理局's 科长), and at his own meeting a 局长 tells the room what to do
//   with what it heard rather than promising 「我们将认真对照」 as at a superior's meeting.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
type Input = ReturnType<typeof named>;
const drafts = (input: Input) =>
  SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ where: `${template} · ${seed}`, lines: toPlainText(draft(input, library, { template, seed })).split('\n') })));
const opening = (lines: string[]) => lines.find((l) => l.startsWith('今天') || l.includes('刚才')) ?? '';

describe('s15 · a higher bureau of the same kind is not the speaker\'s own', () => {
  it('keeps the city bureau\'s name before its section and its officer; no 「我们将」 to the own room', () => {
    const input = named('word15-boilers-district-city-section.json');
    for (const { where, lines } of drafts(input)) {
      const text = lines.join('\n');
      const open = opening(lines);
      expect(open, where).toContain('市市场监督管理局特种设备安全监察科');
      expect(text, where).not.toMatch(/(?<!管理)局特种设备安全监察科|局欧阳明/);
      expect(open, where).not.toContain('我们将');
    }
  });
});

describe('s15 · a line naming the problems as one kind fits every one of them', () => {
  it('calls no list of difficulties (aged rangers, too little kit, doubts about a rule) 隐患 to be met with 零容忍', () => {
    const input = named('word15-forestfire-xiang-difficulties.json');
    for (const { where, lines } of drafts(input)) {
      const problems = lines.find((l) => l.includes('护林员队伍老化')) ?? '';
      expect(problems, where).not.toMatch(/事故隐患|火险隐患|这些隐患|隐患不除|零容忍|定时炸弹/);
    }
  });
  it('still says it where every problem is a hazard or a breach', () => {
    const input = named('word15-boilers-district-city-section.json');
    const kinds = new Set(drafts(input).map(({ lines }) => /事故隐患|零容忍|隐患不除/.test(lines.find((l) => l.includes('超期未检问题突出')) ?? '')));
    expect(kinds.has(true)).toBe(true);
  });
});

describe('s15 · a closing with an occasion says it whole', () => {
  const closingOf = (lines: string[]) => lines.filter((l) => l.startsWith('同志们，')).at(-1) ?? '';
  it('greets the holidays typed as the occasion in a sentence of their own', () => {
    const input = named('word15-forestfire-xiang-difficulties.json');
    for (const { where, lines } of drafts(input)) {
      const close = closingOf(lines);
      expect(close, where).not.toMatch(/，春节！/);
      expect(close, where).toMatch(/春节[^。！]*祝大家[^。！]*！$/);
    }
    input.options = { ...input.options, closingOccasion: '春节将至' };
    for (const { where, lines } of drafts(input)) expect(closingOf(lines), where).toMatch(/春节将至，[^。！]*祝大家[^。！]*！$/);
  });
  it('meets an event typed as a noun: 「以优异的成绩迎接…」', () => {
    const input = named('word15-forestfire-xiang-difficulties.json');
    input.options = { ...input.options, closingOccasion: '全市森林防火工作检查验收' };
    for (const { where, lines } of drafts(input)) expect(closingOf(lines), where).toContain('迎接全市森林防火工作检查验收！');
  });
});

describe('s15 · a deadline said with the act the material gives', () => {
  const input = named('word15-drainage-street-deadline-forms.json');
  const all = drafts(input);
  const taskLine = (lines: string[], title: string) => lines.find((l) => l.includes(title) && !l.startsWith('同志们')) ?? '';
  it('says no more of a deadline the target already names in another form (8月底前 for 2026-08-31, 年内 for 12月31日)', () => {
    for (const { where, lines } of all) {
      const renovation = taskLine(lines, '推进背街小巷雨污分流改造');
      if (renovation.includes('进场施工')) expect(renovation, where).not.toMatch(/8月31日|全部完成。$/);
      const lifts = taskLine(lines, '推进老旧小区加装电梯');
      if (lifts.includes('开工8部')) expect(lifts, where).not.toMatch(/12月31日|年底前/);
    }
  });
  it('never glues the checks\' date to a season\'s outcome', () => {
    for (const { where, lines } of all) {
      const checks = taskLine(lines, '开展易涝点和地下空间隐患排查');
      expect(checks, where).not.toMatch(/6月15日前[^，。；]*不发生/);
      if (checks.includes('不发生')) expect(checks, where).toContain('6月15日前');
    }
  });
  it('says a whole year as work kept up, never 「…全年前完成」', () => {
    for (const { where, lines } of all) expect(taskLine(lines, '常态化清掏排水设施'), where).not.toMatch(/全年前|全年[^，。；]{0,4}完成/);
  });
  it('says each free term with its own act (汛期, 整治期间, 春节前, a detail that names its date)', () => {
    const forest = drafts(named('word15-forestfire-xiang-difficulties.json'));
    for (const { where, lines } of forest) {
      expect(taskLine(lines, '维修补充扑火装备'), where).not.toMatch(/2月28日/);
      expect(taskLine(lines, '调整充实护林员队伍'), where).not.toMatch(/春节前[^，。；]*(完成|坚持)/);
    }
    for (const { where, lines } of all) {
      expect(taskLine(lines, '落实汛期值班值守'), where).not.toMatch(/汛期前|汛期[^，。；]{0,3}完成/);
      expect(taskLine(lines, '规范改造施工围挡'), where).not.toMatch(/整治期间前|整治期间[^，。；]{0,3}完成/);
    }
  });
});

describe('s15 · an area\'s total is said as the area\'s, before one place\'s example', () => {
  it('says 「全镇完成户厕改造860户」 before 青杠村\'s way of doing it, and leaves a village\'s own figure with it', () => {
    const input = named('word15-toilets-town-totals-example.json');
    for (const { where, lines } of drafts(input)) {
      const line = lines.find((l) => l.includes('青杠村')) ?? '';
      if (!line.includes('860户')) continue;
      expect(line, where).toContain('全镇完成户厕改造860户');
      expect(line.indexOf('860户'), where).toBeLessThan(line.indexOf('青杠村'));
      expect(line, where).not.toMatch(/全镇石板村/);
    }
  });
});

describe('s15 · the public\'s attitude is answered by work with them', () => {
  it('never tells the units to reflect for villagers who do not understand the ban', () => {
    const input = named('word15-straw-county-deputy-public-mind.json');
    for (const { where, lines } of drafts(input)) {
      const answer = lines.find((l) => /^(对)?前面(讲到|提到)的部分村民/.test(l));
      if (!answer) continue;
      expect(answer, where).not.toMatch(/反思|对号入座|对照检查|统一到会议/);
      expect(answer, where).toMatch(/宣传|思想工作|道理/);
    }
  });
  it('says a deadline of the whole year once where the target names the year (「全年…达到92%」)', () => {
    const input = named('word15-straw-county-deputy-public-mind.json');
    for (const { where, lines } of drafts(input)) expect(lines.find((l) => l.includes('推进秸秆综合利用')) ?? '', where).not.toMatch(/全年[^。]*全年/);
  });
});

describe('s15 · holidays at a 约谈', () => {
  it('a close that names the holidays is not followed by a second call about them; none is a bare clause', () => {
    const input = named('word15-gas-county-summons-holiday.json');
    for (const { where, lines } of drafts(input)) {
      const close = lines.filter((l) => l.startsWith('同志们，')).at(-1) ?? '';
      expect(close.split('元旦、春节期间').length - 1, where).toBeLessThanOrEqual(1);
      expect(close, where).not.toMatch(/，元旦、春节期间！/);
    }
  });
});

describe('s15 · a task detail typed as the title\'s object only', () => {
  it('is said with the title\'s verb, not as a bare noun phrase', () => {
    const input = named('word15-straw-county-deputy-public-mind.json');
    for (const { where, lines } of drafts(input)) {
      const line = lines.find((l) => l.includes('筹措秸秆收储运补助资金')) ?? '';
      expect(line, where).toContain('要筹措县级秸秆收储运补助资金320万元');
    }
  });
});

describe('s15 · a money gap the task puts in place is not answered again after the tasks', () => {
  it('no 「前面讲到的改厕资金缺口较大…」 after 「落实改厕镇级配套资金」; the bare amount said with 要落实', () => {
    const input = named('word15-toilets-town-totals-example.json');
    for (const { where, lines } of drafts(input)) {
      expect(lines.some((l) => /^(对)?前面(讲到|提到)的改厕资金缺口/.test(l)), where).toBe(false);
      const task = lines.find((l) => l.includes('落实改厕镇级配套资金')) ?? '';
      if (task) expect(task, where).toContain('要落实镇级改厕配套资金120万元');
    }
  });
});

describe('s15 · a year\'s summing up at the year\'s turn', () => {
  it('calls the year\'s results the year\'s, not 「前段时间」 or 「阶段性的」, though the name has no 年度', () => {
    const input = named('word15-reading-district-year-commend.json');
    for (const { where, lines } of drafts(input)) expect(lines.join('\n'), where).not.toMatch(/前段时间|前一阶段|阶段性/);
  });
});

// The organisation a reader of 推进会、调度会、协调会 minutes expects (the blind reading of issue 14b),
// and the parts every 纪要 shares: the opening says what the meeting did and never lists the agenda or
// the leader's speech; the departments' reports come before the leaders' remarks; the leaders speak as
// 「会议」 throughout (or by name throughout); what the meeting settled — a division of duties among
// them, unit first — is listed under 议定事项; a single decision is not numbered; a decision's
// brackets sit before its full stop; the meeting's own business (下次会议、报送) is a requirement of the
// meeting, never a leader's emphasis; the chair heads 出席.
import { describe, expect, it } from 'vitest';
import type { DocModel, ParagraphBlock, Run } from '../../core/doc/model.ts';
import { numberBlocks } from '../../core/doc/numbering.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import type { MinutesInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadExamples } from '../helpers/examples.ts';
import { loadMinutesFixtures } from '../helpers/minutes-fixtures.ts';

const library = loadDraftLibrary();
const fixtures = loadMinutesFixtures();
const fixture = (name: string) => fixtures.find((f) => f.name === name)!.input;
const runsText = (runs: readonly Run[]) => runs.map((r) => r.text).join('');
const paragraphs = (doc: DocModel) => doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
const isItems = (doc: DocModel) => paragraphs(doc).some((b) => b.lead?.level === 1);
const clone = <T>(v: T): T => structuredClone(v);

const example = loadExamples().find((e) => e.input.kind === 'minutes')!;
const general = [
  ...fixtures.filter((f) => !isItems(draft(f.input, library))).map((f) => ({ name: f.name, input: f.input })),
  { name: 'shared example (动员会)', input: example.input as MinutesInput },
];

describe.each(general)('综述式纪要 · $name', ({ input }) => {
  const doc = draft(input, library);
  const body = paragraphs(doc);
  const opening = runsText(body[0]!.runs);

  it('opens with what the meeting did, not with the agenda as a list or the leader’s speech', () => {
    expect(opening).not.toMatch(/议程|一是|二是/u);
    expect(opening).not.toMatch(/讲话[，。；]/u);
    expect(opening).toMatch(/纪要如下：$/u);
  });

  it('puts every report of a department before the first remark of a leader', () => {
    const reportAt = body.map((p, i) => ({ p, i })).filter(({ p }) => /^(据)?\S{2,20}?(汇报|通报)，/u.test(runsText(p.runs)) && p.role === 'remark');
    const leaderAt = body.findIndex((p) => p.role === 'remark' && /^会议/u.test(runsText(p.runs)));
    for (const { i } of reportAt) if (leaderAt >= 0) expect(i).toBeLessThan(leaderAt);
  });

  it('lets the leaders speak as 「会议」 throughout: no leader is named in the body', () => {
    const leaders = new Set([input.meeting.host?.name, ...[...input.remarks, ...input.agenda.flatMap((a) => (typeof a === 'string' ? [] : (a.remarks ?? [])))].map((r) => r.speaker.name)]);
    for (const p of body.filter((b) => b.role === 'remark')) for (const name of leaders) if (name) expect(runsText(p.runs)).not.toContain(name);
  });

  it('numbers the decisions only when there are several, their brackets before the full stop', () => {
    const numbered = body.filter((p) => p.seq === 'cn').map((p) => runsText(p.runs));
    expect(numbered.length === 0 || numbered.length > 1).toBe(true);
    for (const line of toPlainText(doc).split('\n')) expect(line).not.toMatch(/。（[^）]*）$/u);
  });

  it('heads 出席 with the chair', () => {
    const attendance = doc.blocks.find((b) => b.type === 'labelled' && b.label === '出席');
    expect(attendance?.type === 'labelled' && runsText(attendance.runs).startsWith(`${input.meeting.host!.title ?? ''}${input.meeting.host!.name}`)).toBe(true);
  });
});

describe('the regenerated 推进会 and 协调会 of reading 14b', () => {
  it('推进会: reports first, then 会议指出/强调/要求, then the decisions; the chair named in 出席', () => {
    const text = toPlainText(draft(fixture('county-promotion-flat'), library, { seed: 1 }));
    expect(text).toContain('会议通报了全县秋收进度和秸秆禁烧巡查情况，听取了各乡镇关于秸秆综合利用进展的汇报。');
    const order = ['县农业农村局汇报，全县秸秆综合利用率', '会议指出，全县秋收已完成八成', '会议强调，各乡镇要把巡查力量', '会议要求，加快秸秆收储利用', '一、实行禁烧网格化巡查'];
    const at = order.map((s) => text.indexOf(s));
    expect(at.every((n) => n >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(text).toContain('出席：副县长冯涛，各乡镇分管负责同志');
    expect(text).not.toContain('县政府分管领导');
  });

  it('协调会: what the chair said of the duties is what the meeting 指出; the one decision of the material runs on unnumbered', () => {
    const doc = draft(fixture('county-coordination-general'), library, { seed: 1 });
    const text = toPlainText(doc);
    expect(text).toMatch(/会议指出，[^\n]*机动车道和人行道上的违停分别由交警大队和城管局负责，交界路段实行联合执法。\n/u);
    expect(numberBlocks(doc.blocks).marks.filter(Boolean)).toEqual([]);
    expect(text).toMatch(/\n(经研究，)?会议(研究)?议定，联合制定城区停车秩序执法职责清单（牵头单位：县公安局交警大队；配合单位：县城市管理局；完成时限：2026年8月31日）。\n/u);
    expect(text).toContain('会议听取了县城市管理局关于城区停车泊位规划情况的汇报，研究了交警和城管执法职责划分。');
  });

  it('writes the clock as 时 and 分, and opens with no 「召开了」 or 「会议地点在」', () => {
    for (const f of fixtures) {
      for (const seed of [1, 2, 3]) {
        const opening = toPlainText(draft(f.input, library, { seed })).split('\n')[3]!;
        expect(opening).not.toMatch(/\d[:：]\d|召开了|会议地点在/u);
        if (f.input.meeting.time) expect(opening).toContain(f.input.meeting.time.replace(/(\d+):00/u, '$1时').replace(/(\d+):(\d\d)/u, '$1时$2分'));
      }
    }
  });
});

describe('duties, unit first, and the meeting’s own business', () => {
  it('gathers the units’ duties into one decision 「县水利局负责…；县自然资源局负责…」 without a deadline gap', () => {
    const text = toPlainText(draft(fixture('county-flood-dispatch'), library, { seed: 1 }));
    expect(text).toMatch(/一、明确(各单位)?职责分工：县水利局负责全县水库、河道巡查和调度，超汛限水位水库立即预泄；县自然资源局负责地质灾害隐患点巡查监测和预警；县住房城乡建设局负责城区易涝点排水和市政设施抢险。/u);
    expect(text).not.toContain('【待补充');
    // The three reports precede the county head's remarks, in the order the meeting heard them.
    const at = ['县气象局通报，', '县水利局汇报，', '县应急管理局通报，', '会议指出，这轮降雨'].map((s) => text.search(new RegExp(`(^|\\n|据)${s}`, 'u')));
    expect(at.every((n) => n >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    // 报送 is the meeting's requirement, not an emphasis.
    expect(text).toMatch(/会议要求：[^\n]*各乡镇每日17时前向县防汛办报送/u);
  });

  it('keeps a duty’s own support and deadline in its brackets, and puts no lead there', () => {
    const text = toPlainText(draft(fixture('county-coordination-market'), library, { seed: 1 }));
    expect(text).toContain('县自然资源局负责跟进用地审批，完成剩余两宗地征收（完成时限：2026年10月31日）');
    expect(text).toContain('县住房城乡建设局负责新市场周边规划道路建设，10月底前完成路面硬化（配合单位：城南街道办事处）');
    expect(text).toMatch(/\n二、新市场开业前组织一次摊户座谈会/u);
  });

  it('closes with the next meeting as what the meeting made clear, with no gap', () => {
    const text = toPlainText(draft(fixture('street-dispatch-civilization'), library, { seed: 1 }));
    expect(text).toMatch(/\n会议还明确，下次调度会于6月15日召开，各社区届时汇报销号情况。\n出席/u);
    expect(text).toMatch(/\n(据)?街道城管科通报，第一季度测评共失分14项/u);
    // The reports of one draft share one form: all with 「据」 or none.
    const forms = [...text.matchAll(/^(据)?\S{2,12}?(汇报|通报)，/gmu)].map((m) => !!m[1]);
    expect(new Set(forms).size).toBe(1);
  });

  it('党委会: a leader’s procedural point becomes the meeting’s 会议要求, after the outcome', () => {
    const text = toPlainText(draft(fixture('township-party-committee'), library, { seed: 1 }));
    expect(text).toMatch(/会议原则通过《白沙乡村（社区）“两委”干部年度考核办法》。\n会议要求，组织办要根据会议意见修改后，提交乡党委全委会表决。/u);
    expect(text).not.toMatch(/同志强调[^。]*提交/u);
    // The chair's instruction stays with his own words, before the meeting's requirements.
    expect(text).toMatch(/黄志刚同志指出，清明前后是森林火灾高发期，各村要落实护林员巡山和卡口值守；严禁在林区/u);
    const q = toPlainText(draft(fixture('town-party-committee-qingshi'), library, { seed: 1 }));
    expect(q).toContain('会议对镇敬老院改扩建项目资金安排暂缓作出决定。\n会议要求，镇民政办要会同镇财政所重新核定概算，提交下次党委会议研究。');
    // What belongs to no item is a section of its own, not the tail of item three.
    expect(q).toMatch(/\n四、关于其他事项。会议明确，各党支部于7月5日前将半年党建工作总结报送镇党委组织办。\n出席/u);
    // An item's assignment is not mixed with the chair's instruction in one list.
    expect(q).toContain('会议强调，对群众反映的村级财务问题逐件核查，限期办结。\n会议要求，开展村级财务专项检查（');
  });

  it('座谈会: what the enterprises said is what they 反映, after the department’s 通报; their speaking is heard, not 研究', () => {
    const text = toPlainText(draft(fixture('county-symposium-enterprises'), library, { seed: 1 }));
    expect(text).toContain('企业代表的发言');
    expect(text).not.toMatch(/研究了企业代表|讲话/u);
    expect(text).toMatch(/\n县工业和信息化局通报，一季度/u);
    expect(text).toMatch(/\n桐溪宏达机械有限公司(在发言中)?反映，公司扩建厂房的用地指标/u);
    expect(text.indexOf('反映，企业招工难')).toBeLessThan(text.indexOf('会议指出'));
  });

  it('names the leaders throughout when the material asks, each in one group, the business still the meeting’s', () => {
    const input = clone(fixture('county-flood-dispatch'));
    input.options = { ...input.options, nameSpeakers: true };
    const text = toPlainText(draft(input, library, { seed: 1 }));
    expect(text).toMatch(/\n郑国强同志指出，这轮降雨/u);
    expect(text).toMatch(/\n会议要求，各乡镇每日17时前向县防汛办报送/u);
    expect(text).not.toMatch(/\n会议(指出|强调)/u);
  });
});

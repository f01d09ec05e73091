// Issue 11 (session 10, 11a): the argument fits the meeting and names only acts the material gives.
// - A measure topic is chosen by the act the speaker's side does, never by a wrong (违规), a thing
//   (预警装置, 补偿标准), a state (达标) or a person (群众) an item names: a 低保 专项治理 was told 「强化执法
//   监管」 for a problem of 违规 (s18 final, s17-8, wrong), and 群众 made a problem of doubts a 群众参与 one.
// - Setting right a benefit people are owed (低保专项治理) stays a field of services (s17-8 was 通用).
// - The stage of the meeting: no significance at an emergency 调度会 (s17 mid, s16-2 [7]); a 培训会 is
//   no 动员会 (s18 final, s17-4 [1]); a 总结表彰会 that deploys nothing does not say it deploys.
// - The ground: a background clause of history (「…已于去年开工」) or a former name (「原…公司宿舍区」) opens no
//   object a line may take up (session 9: 「不能为了赶工期降低标准」 at a 征收 on a 开工 in its history).
// Each case is one of our fixtures, in our own words (test/fixtures/campaigns).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { topicOf } from '../../core/draft/domain.ts';
import { presentOf, unsupportedClaims } from '../../core/draft/claims.ts';
import type { DocModel } from '../../core/doc/model.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const byName = (name: string) => campaigns.find((c) => c.name === name)!.input;
const drafts = (input: SpeechInput): DocModel[] => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => draft(input, library, { template, seed })));
const text = (runs: readonly { text: string }[]) => runs.map((r) => r.text).join('');
const paragraphs = (doc: DocModel, role: string) => doc.blocks.flatMap((b) => (b.type === 'paragraph' && b.role === role ? [text(b.runs)] : []));
const headings = (doc: DocModel) => doc.blocks.flatMap((b) => (b.type === 'heading' ? [text(b.runs)] : []));
const elaboration = (doc: DocModel) => doc.blocks.flatMap((b) => ('runs' in b ? b.runs.flatMap((r) => (r.elab ? [r.elab] : [])) : []));

describe('11a · a topic is chosen by the act, not by what the item is about', () => {
  const topic = (title: string, detail?: string) => topicOf(title, detail, library.banks.topics);
  it('a wrong the problem reports is no enforcement by the speaker’s side', () => {
    expect(topic('个别村违规代办代领', '有2个村的村干部代特困人员保管存折')).not.toBe('enforcement');
    expect(topic('非法收购屡禁不止', '夜间收购点流动性大')).not.toBe('enforcement');
    // Control: an act of enforcement still is one.
    expect(topic('严格执法检查', '对拒不整改的依法处罚')).toBe('enforcement');
  });
  it('a thing, a state or a person named is no act of that topic', () => {
    expect(topic('部分车辆盲区预警装置缺失', '抽查的30台车中有9台没有安装')).not.toBe('monitoring');
    expect(topic('部分群众对补偿标准有疑虑', '少数群众拿邻村标准比较')).not.toBe('quality');
    expect(topic('部分困难群众不了解申请渠道')).not.toBe('participation');
    expect(topic('严格政治考核', '逐人走访核实')).not.toBe('supervision');
    expect(topic('整治隐形变异学科类培训', '接到举报24小时内核查')).not.toBe('teams');
    expect(topic('物业服务企业对标整改', '对照合同承诺抓好保洁')).not.toBe('service');
    // Controls: the acts themselves.
    expect(topic('加密山塘水库巡查', '每座落实2名巡查人员')).toBe('monitoring');
    expect(topic('发挥群众监督作用', '每个村推选群众义务监督员')).toBe('participation');
    expect(topic('开展驾驶员安全培训', '集中培训，考试不合格的不得上岗')).toBe('teams');
  });
});

describe('11a · a 低保 专项治理 stays a field of services, and its argument names only its acts', () => {
  const all = drafts(byName('subsistence-town-governance.json'));
  it('the field’s language is 社会事业, not 通用', () => {
    expect(all.some((d) => elaboration(d).some((e) => e.tag === '社会事业'))).toBe(true);
    expect(all.flatMap(elaboration).filter((e) => e.tag === '通用')).toEqual([]);
  });
  it('no 群众参与 or 执法 measure for a problem of people not knowing or of a 违规', () => {
    const said = all.flatMap((d) => paragraphs(d, 'guarantee')).join('\n');
    expect(said).not.toMatch(/群众愿不愿意|群众主体|发动群众|群众力量|共建共治|执法/);
  });
});

describe('11a · the stage of the meeting', () => {
  it('an emergency 调度会 after an urgent notice says no significance and no new work’s headings', () => {
    const all = drafts(byName('typhoon-xiang-emergency.json'));
    expect(all.flatMap(elaboration).filter((e) => e.pool === 'significance')).toEqual([]);
    expect(all.flatMap(headings).filter((h) => /凝聚共识|迅速把力量集中/.test(h))).toEqual([]);
    expect(all.flatMap((d) => paragraphs(d, 'opening')).filter((o) => /开好局|起好步/.test(o))).toEqual([]);
    // Control: the material's own situation is still read; the field's 形势 tail is not, at an emergency
    // (s25-1 [9]: 「今年的防汛形势不容乐观…做好充分准备」 in the middle of the storm; session 11).
    expect(all.every((d) => paragraphs(d, 'significance').some((p) => p.includes('台风“海鸥”')))).toBe(true);
    expect(all.some((d) => elaboration(d).some((e) => e.pool === 'situation'))).toBe(false);
  });
  it('a 培训会 is no 动员会: no 统一思想 or 形势, no significance or situation argument', () => {
    const all = drafts(byName('relief-county-training.json'));
    const part1 = all.flatMap((d) => [...paragraphs(d, 'opening'), headings(d)[0] ?? '']).join('\n');
    expect(part1).not.toMatch(/统一思想|压实责任|凝聚共识|形势|重要性|开好局/);
    expect(all.flatMap(elaboration).filter((e) => e.pool === 'significance' || e.pool === 'situation')).toEqual([]);
    expect(all.every((d) => /政策|操作|流程|规定/.test(paragraphs(d, 'opening')[0] ?? ''))).toBe(true);
  });
  it('a 总结表彰会 that deploys nothing does not say it deploys; one 暨部署会 still does', () => {
    const alone = drafts(byName('sorting-street-commendation.json'));
    expect(alone.flatMap((d) => paragraphs(d, 'opening')).filter((o) => /部署/.test(o))).toEqual([]);
    const deploys = drafts(byName('rivers-xiang-commendation.json'));
    expect(deploys.some((d) => /部署/.test(paragraphs(d, 'opening')[0] ?? ''))).toBe(true);
  });
});

describe('11a · history in the background opens no object', () => {
  const objects = library.banks.topics.objects ?? [];
  const opens = (line: string, background: string) => unsupportedClaims(line, presentOf(background), objects).length === 0;
  it('a clause of the past or a former name is not what the campaign is about now', () => {
    expect(opens('施工中要把安全放在首位。', '征收范围内有住宅房屋436户，回迁安置小区已于去年开工')).toBe(false);
    expect(opens('企业要把主体责任扛起来。', '镇区多为原县运输公司、县粮食公司职工宿舍区')).toBe(false);
    // Controls: the present clause beside the past one still opens its objects; so does present work.
    expect(opens('乡镇要把审批抓在手上。', '去年全县实施临时救助1860人次，今年起审批权限下放到乡镇')).toBe(true);
    expect(opens('施工中要把安全放在首位。', '回迁安置小区8月开工建设')).toBe(true);
    expect(opens('企业要把主体责任扛起来。', '辖区有规模以上企业42家')).toBe(true);
  });
});

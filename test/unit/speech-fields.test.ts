// Issue 11 (session 7, 11a): a field's idiom only where the campaign's own text touches the field, and
// a part-three measure names no mechanism the material does not give. On the s10 blind reading a
// 文旅旺季保障 speech filed under 经济发展 said 「抓项目、优服务、促发展」 and 「挂图作战、按图施工」 with no
// project in its material, a 烟花爆竹 speech said 「领导包联、专人服务…让企业和群众少跑腿」, a 传染病防控
// speech 「把民生实事办得更实、更细」 (all wrong), and 「责令停产整顿」 was said of illegal storage. The
// gates are corpus data (corpus/topics.yaml `objects`, `mechanisms`, `claims`). Every drawn line's objects
// are checked on every draft in speech-objects.test.ts (session 9, default-deny); this file checks the
// measures' mechanisms on every draft and the field's language on campaigns of and outside a field.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { unsupportedClaims } from '../../core/draft/claims.ts';
import type { DocModel } from '../../core/doc/model.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const { mechanisms } = library.banks.topics;

/** Our own words in a draft (runs that come from no input field), joined per block. */
function ourWords(doc: DocModel): string[] {
  const blocks = [...doc.blocks.map((b) => ('runs' in b ? b.runs : [])), doc.closing ?? []];
  return blocks.map((runs) => runs.filter((r) => !r.src).map((r) => r.text).join('|'));
}

describe('11a · a part-three measure names no mechanism the material does not give', () => {
  const cases = campaigns.flatMap((c) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ c, template, seed }))));
  it.each(cases)('$c.name · $template · seed $seed', ({ c, template, seed }) => {
    const whole = JSON.stringify(c.input);
    const doc = draft(c.input, library, { template, seed });
    const measures = doc.blocks.filter((b) => b.type === 'paragraph' && b.role === 'guarantee').map((b) => ('runs' in b ? b.runs.filter((r) => !r.src && !r.elab).map((r) => r.text).join('') : ''));
    expect(measures.flatMap((t) => unsupportedClaims(t, whole, mechanisms).map((w) => `${w} in 「${t}」`))).toEqual([]);
  });
});

const byName = (name: string) => campaigns.find((c) => c.name === name)!.input;
const drafts = (input: SpeechInput) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => draft(input, library, { template, seed })));
/** Our own words in every draft of a campaign, all frames and three seeds. */
const ours = (input: SpeechInput) => drafts(input).flatMap(ourWords).join('\n');

describe('11a · the field gate on campaigns of and outside a field', () => {
  it('a 景区 safety campaign filed under 经济发展 says nothing of projects, business service or the race for growth', () => {
    const input = byName('scenic-town-holiday-misfiled.json');
    expect(input.campaign.domain).toBe('经济发展');
    expect(ours(input)).not.toMatch(/项目|招商|营商|按图施工|抓发展|促发展|机遇|争先|服务企业|少跑腿/);
    // Its part one still argues, in the general field's words, instead of going bare.
    for (const doc of drafts(input)) expect(doc.blocks.some((b) => b.type === 'paragraph' && b.runs.some((r) => r.elab?.tag === '通用'))).toBe(true);
  });

  it('a 重点项目 推进会 keeps the project idiom: 挂图作战, 早落地, 要素保障', () => {
    const text = ours(byName('projects-county-push.json'));
    expect(text).toMatch(/挂图作战|按图施工/);
    expect(text).toMatch(/抓项目|项目建设|项目落地/);
  });

  it('an 营商环境 campaign keeps the language of serving enterprises', () => {
    expect(ours(byName('business-district-service.json'))).toMatch(/营商环境|企业/);
  });

  it('a 传染病 campaign is 公共卫生 and a 创文 campaign 文明创建, by what they are called', () => {
    expect(drafts(byName('flu-town-vaccine.json'))[0]!.domain).toBe('公共卫生');
    expect(drafts(byName('civility-street-deploy.json'))[0]!.domain).toBe('文明创建');
    expect(drafts(byName('civility-county-deputy.json'))[0]!.domain).toBe('文明创建');
    expect(ours(byName('flu-town-vaccine.json'))).toMatch(/早发现|早报告|防控/);
  });

  it('a 传染病 campaign the clerk filed under 社会事业 takes the field its name names and says nothing of 民生实事', () => {
    const input = byName('flu-town-vaccine.json');
    const filed = { ...input, campaign: { ...input.campaign, domain: '社会事业' as const } };
    expect(drafts(filed)[0]!.domain).toBe('公共卫生');
    expect(ours(filed)).not.toMatch(/民生/);
  });

  it('an animal disease is not 公共卫生: its name names no disease of people', () => {
    const input = byName('flu-town-vaccine.json');
    const pigs = { ...input, meeting: { ...input.meeting, name: '全镇非洲猪瘟疫情防控工作会' }, campaign: { ...input.campaign, name: '非洲猪瘟疫情防控', shortName: '非洲猪瘟防控' } };
    expect(drafts(pigs)[0]!.domain).not.toBe('公共卫生');
  });

  // A street's 公共卫生服务中心项目征地拆迁和群众工作 推进会 (s18 final reading, s17-5 and s17-8, in other words).
  const land = () => byName('health-centre-project-street-land.json');

  it('a project named for what it will house takes its field from the work on it (征地拆迁, 群众工作), not from what it houses', () => {
    for (const doc of drafts(land())) expect(doc.domain).not.toBe('公共卫生');
    expect(ours(land())).not.toMatch(/早发现|早报告|防控|疫情|传染|接种/);
  });

  it('households moved for a project are relocated, not evacuated: no 转移 wording after a 搬迁安置 task', () => {
    expect(ours(land())).not.toMatch(/转移|往哪里转|撤离|避险/);
  });

  it('what the problems affect names only what they name: no 工程进度 after problems of 宅基地 and 抢栽', () => {
    expect(ours(land())).not.toMatch(/影响(工程|项目)进度|企业信心/);
  });

  it('a 违规 in the problems alone brings no enforcement: no 执法 heading or line', () => {
    expect(ours(land())).not.toMatch(/执法/);
    // A campaign whose material names enforcement by the speaker's side keeps it.
    expect(campaigns.some((c) => /执法/.test(ours(c.input)))).toBe(true);
  });
});

// People a task lists as its lead (「各驾驶员、押运员」「收割机机手」「各经营户」): those the work regulates or the public, never a body.
// Where the firms that employ them support the task, the roles decide the sentence, not the fields the clerk typed them in: the firms
// carry the 主体责任 and see that their people do it, the speaker's own units typed beside them check (s76-3 [35], r-s75 s75-8 [29], W: 「商请各驾驶员、
// 押运员牵头推进，县交通运输综合执法大队要主动对接、做好配合，各运输企业积极协助」).
import type { Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import type { Phrases } from './compose.ts';
import { joinRuns } from './runs.ts';
import { namesPeople } from './people.ts';
import { isEnterprise, isFirm, unitRelation, type Speaker } from './speaker.ts';
import type { Room } from './room.ts';

type Task = SpeechInput['campaign']['tasks'][number];

/** A body's name by its end: 「…局」「…中心」「…企业」, not people. */
const BODY = /(局|办|委|所|站|队|中心|公司|企业|单位|机构|村|社区|镇|乡|街道|组)$/;
/** People by their post's end: 「外卖骑手」「信号工」「驾驶员」. */
const PEOPLE_END = /(员|工|手|者)$/;

/**
 * People the work regulates (「挖掘机和渣土车驾驶员」) do as told beside any lead (bound): never asked to support it, never its
 * overseers (s63-5 [39], s63-6 [41], W: drivers asked 「给予支持配合」, told to 「加强督促指导」 the companies that employ them).
 */
export function regulatedPeople(unit: string, room: Room): boolean {
  return (namesPeople(unit) || PEOPLE_END.test(unit.trim())) && room.regulated(unit);
}

/**
 * People a task lists as its lead: those the work regulates, the public, or people by their post, never a body. They are told to do it;
 * the body beside them that manages them organises it (s67-3 [33], W: 「具体由挖掘机和渣土车驾驶员牵头，各施工单位配合」).
 */
export function peopleLead(unit: string, room: Room): boolean {
  return !BODY.test(unit.trim()) && (namesPeople(unit) || regulatedPeople(unit, room) || postPeople(unit));
}

/** A name of people, never a body one may seek or ask as a peer: 「各驾驶员、押运员」「各驾驶员和押运员」「各单位信息系统管理员」. */
export function peopleName(unit: string): boolean {
  return !BODY.test(unit.trim()) && (namesPeople(unit) || postPeople(unit));
}

/** A post people hold, by the name's end: 「…管理员」「…联络员」「…代表」「…专干」「楼栋长」「网格长」「河长」. */
const POST_END = /(员|代表|专干|[栋巷路街河湖林组格]长)$/;

/**
 * People named by the post they hold (「各单位信息系统管理员」「生态护林员」「各小区楼栋长」), none of the regulated or the public: each
 * does the task's duty at its own post, told to do it; never a peer body 「商请…牵头」 with the speaker's unit 「主动汇报衔接」 to them
 * (r-s79 s79-6 [37], W). Every part of a list is such a post (「各水库管理员、山洪灾害监测员」).
 */
export function postPeople(unit: string): boolean {
  const parts = unit.trim().split(/[、，,]|和|及/).map((p) => p.trim()).filter(Boolean);
  // Not the level's own cadre by its level's name (「乡医保专干」): he works beside its offices as their peer (s62-9 [27], K).
  return parts.length > 0 && parts.every((p) => POST_END.test(p) && !BODY.test(p) && !LEVEL_CADRE.test(p)) && !namesPeople(unit);
}
/** A post named with the level it serves in: 「乡医保专干」「镇安全员」「县…」. */
const LEVEL_CADRE = /^(县|区|市|镇|乡|街道)(?!直)/;

/**
 * Workers by their post, employed by a firm: 驾驶员, 押运员, 塔吊司机, 信号工, 从业人员. Not those who keep their own business (经营户, 店主,
 * 养殖户, 乡村厨师): a company beside them supplies or serves them, it does not answer for them (s65-12: a gas company's 营业所).
 */
const WORKERS = /驾驶员|司机|押运员|装卸员|监控员|从业人员|作业人员|司索工|信号工|架子工|电工|焊工|船员|机手/;

/** A lead of workers only, whole or in a list (「各驾驶员、押运员」「各驾驶员和押运员」), never bodies and people together. */
function workersLead(lead: string): boolean {
  const parts = lead.trim().split(/[、，,]|和|及/).filter(Boolean);
  return parts.length > 0 && parts.every((p) => !BODY.test(p.trim()) && (namesPeople(p) || WORKERS.test(p)) && !NOT_WORKERS.test(p)) && WORKERS.test(lead);
}
/** People in a lead who are no firm's workers. */
const NOT_WORKERS = /经营户|商户|店主|摊主|摊贩|个体户|经营者|业主|养殖户|种植户|乡厨|居民|村民|群众|家长/;

/** A firm or an employer by its kind (「各运输企业」「…有限公司」): not people, not a government body. */
function employer(u: string, speaker: Speaker, room: Room): boolean {
  const rel = unitRelation(u, speaker);
  return !namesPeople(u) && !PEOPLE_END.test(u.trim()) && !/监理|检测|检验|鉴定|评估/.test(u) && rel !== 'own' && rel !== 'direct' && (isEnterprise(u) || isFirm(u) || (room.overseen(u) && BODY.test(u.trim()) && /企业|公司|单位$/.test(u.trim())));
}

/** A unit of the speaker's own side (his unit, those he directs), a body, not people: it checks. */
function checker(u: string, speaker: Speaker): boolean {
  const rel = unitRelation(u, speaker);
  return (rel === 'own' || rel === 'direct') && !namesPeople(u) && !isEnterprise(u) && !isFirm(u);
}

/**
 * The assignment of a task the regulated people lead beside the firms that employ them: 「各运输企业要落实主体责任，督促各驾驶员、押运员
 * 严格执行，县交通运输综合执法大队要加强监督检查…」. Only where every support is such a firm or one of the speaker's own units; else
 * undefined (leads.ts says it as before). Every unit typed is named.
 */
export function employedPeopleLead(t: Task, i: number, phrases: Phrases, speaker: Speaker, room: Room, unit: (u: string, s: string) => Run[]): Run[] | undefined {
  if (!peopleLead(t.lead, room) || !workersLead(t.lead)) return undefined;
  const src = `campaign.tasks[${i}]`;
  const supports = (t.support ?? []).map((u, k) => ({ u, k }));
  const employers = supports.filter((s) => employer(s.u, speaker, room));
  const checkers = supports.filter((s) => !employers.includes(s) && checker(s.u, speaker));
  // With no unit of his own typed beside them, the firms manage their people as before (「…要加强教育管理、督促落实」).
  if (!employers.length || !checkers.length || employers.length + checkers.length !== supports.length) return undefined;
  const list = (xs: readonly { u: string; k: number }[]) => joinRuns(xs.map((s) => unit(s.u, `${src}.support[${s.k}]`)), '、');
  return phrases.sayNth('assignLeadPeopleEmployed', i, { lead: unit(t.lead, `${src}.lead`), support: list(employers), own: list(checkers) });
}

// How guests.ts refines a guest's kind by what the material says of it: the public by its part (those who watch the work, those
// the meeting honours), a company whose name says its role by its task.
import type { SpeechInput } from '../input/schema.ts';
import type { Guest } from './present.ts';
import { INVITED, OBSERVING } from './guest-words.ts';
import { isFirm } from './speaker.ts';
import { literal } from './literal.ts';
import { REGULATED_PEOPLE } from './people.ts';
import { PUBLIC } from './attendees.ts';

/** What says people sit on a body that watches the work: 「家长代表（学校膳食委员会成员）」「…社会监督员」. */
const WATCHES = /监督员|监督委员|膳食委员会|家长委员会|家委会|伙食委员会|议事会成员|监督小组/;
/** A body's own inspectors (「区建设工程质量安全监督站站长及监督员」): the speaker's side, no watchers for the public. */
export const BODY_WATCHERS = /(站|局|所|中心|队|办)[^、]{0,6}监督员/;
/**
 * Families of those who serve — recruits, soldiers, police, medics sent out (「新兵家长代表」「军人家属代表」): they gave their own to the work.
 * Parents at a school's or a nursery's work keep the public's part (readers kept or wanted their 意见 and 监督: s58-4 [42], s62-11 [43]).
 */
const FAMILY = /(新兵|入伍|参军|军人|官兵|现役|消防员|消防指战员|民警|辅警|医护人员|援[^、，]{0,4}队员)[^、，]{0,6}(家长|家属|亲属)/;
/** Posts of the public service's own staff: police, enforcement officers, firefighters, medics, teachers, cadres and workers. */
const OWN_STAFF = /民警|辅警|干警|执法人员|执法队员|消防员|指战员|医务人员|医护人员|医生|护士|教职工|教师|班主任|干部职工|机关干部|工作人员/;
/** What an item before the speech does to honour people: 「为“光荣之家”家长代表送上慰问金和光荣牌」. */
const HONOURS = /慰问|光荣牌|颁奖|颁发|授予|致敬|送上|表彰/;

/**
 * How the public in the room are spoken to, by their part: those who watch the work for the public (a 监督员, a 膳食委员会's parents)
 * are welcomed and asked to watch it, never to 「多理解、多支持」 or to carry the meeting's demands (s50-5 [53], s52-5 [53], W);
 * those an item before the speech honours (新兵家长 given their 光荣牌) are thanked and honoured, never asked for 意见 or to 「带动身边
 * 的人」 (s51-6 [53], W).
 */
export function publicRole(text: string, entry: string, pieces: number, input: SpeechInput, tasked = false): Guest {
  if ((WATCHES.test(text) || (pieces === 1 && WATCHES.test(entry))) && !BODY_WATCHERS.test(text)) return 'supervisor';
  const people = /代表$/.test(text) ? text.slice(-4) : text;
  if (people.length >= 2 && (input.meeting.precedingItems ?? []).some((t) => t.includes(people) && HONOURS.test(t))) return 'honoured';
  // Families of those who serve are thanked and asked to encourage their own, never handed the meeting's demands (s67-7 [42], W).
  if (FAMILY.test(text)) return 'family';
  // People the line names as models (「优秀退役士兵代表」「先进志愿者代表」): asked to lead others by their example, never to 「监督」 (s69-7 [52], W).
  if (/^(优秀|先进|模范|最美|杰出)/.test(text)) return 'exemplar';
  // Those the material says were wronged (「拖欠农民工工资」) are assured their rights, never asked to 「多理解、多支持」 (s71-10 [52], W).
  if (wronged(text, input)) return 'wronged';
  // The level's own staff by their post (「一线民警辅警代表」「教师代表」): its front line, told, never invited to 「监督我们的工作」.
  if (OWN_STAFF.test(text) && !/志愿/.test(text)) return 'frontline';
  // The public with a task of their own (家长 who lead 看护) are told their part, never invited to 「多提意见、多加监督」 (s69-8 [33], W);
  // volunteers keep the public's part: they give their time, no duty is theirs.
  // The public the line marks as sitting in (「居民代表、业主委员会代表（列席）」) are asked to help, never told their 「该尽的责任」 (r-s78 s78-1
  // [58], W), whatever task their body leads.
  return tasked && !/志愿/.test(text) && !OBSERVING.test(entry) ? 'publicTasked' : 'public';
}

/** What is done to people that wrongs them: 「拖欠农民工工资」「侵害消费者权益」「老人被骗」. */
const WRONGED = /拖欠|欠薪|欠付|克扣|侵害|侵犯|损害|坑害|诈骗|骗|欺诈|侵占/;

/**
 * Whether the material says the people a line names are the ones wronged: a clause of the meeting's name, its organiser, the campaign's
 * name, goal or problems names them with what wrongs them (「根治拖欠农民工工资工作领导小组」 → 农民工).
 */
function wronged(text: string, input: SpeechInput): boolean {
  const people = PUBLIC_WRONGED.exec(text)?.[0];
  if (!people || REGULATED_PEOPLE.test(text)) return false;
  const { meeting, campaign } = input;
  const said = [meeting.name, meeting.organizer ?? '', campaign.name, campaign.goal ?? '', ...campaign.problems.flatMap((p) => [p.title, p.detail ?? '', ...(p.examples ?? [])])].join('；');
  // The wrong done to them (「拖欠农民工工资」), or said of them as suffered (「老人被骗」「农民工…聚集讨薪」) — not their own view (「居民认为…侵害自身利益」).
  return new RegExp(`(${WRONGED.source})[^，。；;、]{0,6}?${people}|${people}[^，。；;、]{0,3}(被|受)(${WRONGED.source}|害|损)|${people}[^，。；;、]{0,8}讨薪`).test(said);
}
/** People who may be wronged by others: workers, consumers, the old, residents — never those the work regulates. */
const PUBLIC_WRONGED = /农民工|工人|务工人员|劳动者|职工|消费者|老年人|老人|群众|居民|村民|住户|业主|购房户|患者|游客|乘客/;

/**
 * A company the work neither regulates nor contracts is a partner or one the campaign serves: one that leads is asked in its task;
 * the others are thanked and asked to support, never told of a 主体责任 (s17-7 [39], W: 退役军人创业企业 at a 双拥 meeting; the
 * 爱心拥军企业 beside them left unthanked). A utility or telecom company that supports a task is one of them too (s19-1 [46]: the 路桥
 * and 自来水 companies thanked, the 供电 and 电信 companies beside them left out, E). One whose name says its role (a 供电公司) with no
 * task at all is thanked like the companies beside it, never asked to 「支持配合好这项工作」 as if the task before were its part
 * (s50-8 [52], W).
 */
export function firmPartnerKind(kind: Guest, name: string, entry: string, tasked: boolean, leads: boolean): Guest {
  if (kind !== 'partner' || !isFirm(name)) return kind;
  if (tasked && !leads) return 'enterprise';
  return !tasked && !INVITED.test(entry) ? 'supporter' : kind;
}

/**
 * Whether every group a name lists is people the work regulates: a piece that names no people of its own shares the last one's noun
 * (「全县客运、校车、危险货物运输车辆驾驶员和押运员」 are drivers; s64-6 [45], W: asked as the public to 「多理解、多支持」).
 */
export function regulatedAll(name: string): boolean {
  const parts = name.split('、');
  return parts.every((p) => REGULATED_PEOPLE.test(p) || (!PUBLIC.test(p) && !/(员|工|师|户|者|人|主|贩|商|民|长|代表)$/.test(p) && REGULATED_PEOPLE.test(parts.at(-1)!)));
}

/**
 * Whether people by their trade are bound by the material's rules (「驾驶员、押运员不得在城区停车过夜」「严禁安全员脱岗」): those the
 * work regulates, asked to keep the rules, never invited to 「多提意见、多加监督」 (s74-4 [50], W: 押运员代表).
 */
export function boundByRules(name: string, input: SpeechInput): boolean {
  const noun = /[^、，和及]{1,4}?(?:员|工|师|手)$/.exec(postOf(name).replace(/(主要|全体)?(负责人|同志)$/, ''))?.[0];
  if (!noun || noun.length < 2) return false;
  // The trade's own word (「专职安全员」 → 安全员): the material names the trade, seldom the post.
  const c = input.campaign;
  const rules = [...c.tasks.map((t) => `${t.title}，${t.detail ?? ''}`), ...c.problems.map((p) => `${p.title}，${p.detail ?? ''}`)].join('；');
  const word = literal(noun.slice(-3));
  // The people are the rule's subject (「驾驶员、押运员不得…」「严禁安全员脱岗」), never its object (「不得拖欠农民工工资」: those wronged).
  return new RegExp(`${word}(?:[、和及][^，。；、和及]{1,6}?)*(不得|严禁|禁止|必须|一律|不准)|(严禁|禁止|不准)${word}`).test(rules);
}

/**
 * Whether people by their trade are the ones a problem names (「企业监控员处置超过10分钟的占31%」): the work checks them, so they are told
 * their own duty, never invited to 「主动监督、多提意见」 (s76-3 [48], W: 动态监控员代表). Not those a problem says were wronged
 * (「拖欠农民工工资」), nor those a fault befalls (「…被」).
 */
export function namedByProblems(name: string, input: SpeechInput): boolean {
  const noun = /[^、，和及]{1,4}?(?:员|工|师|手)$/.exec(postOf(name).replace(/(主要|全体)?(负责人|同志)$/, ''))?.[0];
  if (!noun || noun.length < 3 || PUBLIC_WRONGED.test(noun) || PUBLIC.test(noun)) return false;
  const word = literal(noun.slice(-3));
  const said = input.campaign.problems.map((p) => `${p.title}，${p.detail ?? ''}`).join('；');
  return new RegExp(`${word}(?![^，。；]{0,2}被)`).test(said) && !new RegExp(`(${WRONGED.source})[^，。；]{0,6}?${word}`).test(said);
}

/** People by their post, whatever field the words before it name: 「企业服务专员」「项目联络员」. */
export const PEOPLE_HEAD = /(专员|联络员|指导员|辅导员|服务员|协理员|特派员|干部)$/;

/** A post as a line names it, without quotes, the level's mark and 代表: 「区级“企业服务专员”代表」 → 企业服务专员. */
export function postOf(name: string): string {
  return name.replace(/[“”"「」‘’]/g, '').replace(/代表$/, '').replace(/^(首批|第[一二三四五六七八九十\d]+批|各|全体|部分)/, '').replace(/^[县区市镇乡]级|^街道级?/, '');
}

/**
 * Whether they are the level's own appointees: the material says it selects, appoints or provides them (「选派…干部担任企业服务专员」「为
 * 全县218家规上企业配备服务专员」「宣读了…首批企业服务专员名单」), the line names them by the level (「区级“企业服务专员”代表」), a task
 * gives them a part (「各企业服务专员」 in its support) or is about their work (「规范服务专员工作」), or a problem faults them (「个别部门和
 * 服务专员“一问三不知”」). Told, never thanked, asked to 「反映难题」 as the companies they serve, nor invited to 「多加监督」 the work they
 * do (s65-7 [61], s66-6 [35], s67-8 [43], W).
 */
export function appointedBy(name: string, input: SpeechInput): boolean {
  const post = postOf(name);
  if (post.length < 2) return false;
  const c = input.campaign;
  const said = [...c.tasks.map((t) => `${t.title}，${t.detail ?? ''}`), ...(input.meeting.precedingItems ?? []), ...(c.background ?? []), ...c.achievements.map((a) => `${a.title}，${a.detail ?? ''}`)].join('；');
  const tasked = c.tasks.some((t) => [t.lead, ...(t.support ?? [])].some((u) => postOf(u.trim()) === post));
  const forms = postForms(post).map(literal).join('|');
  const worked = c.tasks.some((t) => new RegExp(forms).test(`${t.title}，${t.detail ?? ''}`));
  const faulted = c.problems.some((p) => new RegExp(forms).test(`${p.title}，${p.detail ?? ''}`));
  return /^[县区市镇乡]级|^街道级/.test(name.trim()) || tasked || worked || faulted || new RegExp(`(${APPOINTS})[^，。；]{0,16}?(?:${forms})|(?:${forms})[^，。；]{0,4}名单`).test(said);
}

/** What the level does in naming its own people to a post. */
const APPOINTS = '选派|选聘|聘任|任命|委派|派驻|担任|选拔|配备|配齐|配强|下派|明确';

/** A post and its shorter names the material may use: 「企业服务专员」「服务专员」, 「驻企安全联络员」「联络员」 (never a bare 「专员」「干部」). */
function postForms(post: string): string[] {
  const head = PEOPLE_HEAD.exec(post)?.[1] ?? '';
  const forms = [post];
  for (let k = 1; post.length - k >= Math.max(3, head.length); k++) forms.push(post.slice(k));
  return forms;
}

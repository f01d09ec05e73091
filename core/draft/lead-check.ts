// The lead-contradiction check: a task whose lead, by the material's own words, looks typed wrong — people leading the work a unit of
// ours supports, a lead named after one of the things the task covers, a lead whose kind cannot do the task's act. The draft says what
// the material says (a clerk's slip read out: r-s80 s80-2 [37], s80-3 [34], s80-5 [39], W); the user is asked, never refused, and the
// draft is not changed. Pure.
import type { SpeechInput } from '../input/schema.ts';

type Task = SpeechInput['campaign']['tasks'][number];

/** People of the public, or those who speak for them: never a task's lead where a body of ours does the work. */
const PEOPLE = /^(各)?[^、，]{0,8}(居民代表|村民代表|群众代表|业主代表|家长代表|居民|村民|群众)$/;
/** A body of the speaker's side by its name's end: 社区, 村, a township, an office. */
const BODY = /(社区|村|村委会|居委会|镇|乡|街道|局|办|所|站|中心|委)$/;
/** Work done on others: going door to door, coordinating, mobilising, holding meetings — a body's, not the people's own duty. */
const WORK_ON_OTHERS = /做工作|做通|协调|动员|上门|入户|逐户|召开|组织|劝导|调解|化解/;

/** Things with a name of their own a body may be named after: 「龙潭水库管理所」 keeps 龙潭水库 only. */
const THING = /(水库|山塘|电站|水电站|码头|渡口|景区|林场|农场|市场|大桥|隧道|泵站|堤防|灌区)/u;
/** The body that keeps such a thing: 「…管理所」「…管理处」「…管理站」. */
const KEEPER = /(管理所|管理处|管理站|管理局|管理中心|管护站)/;

/** A discipline body: it holds officials to account, it never fines the public nor keeps a level's scores. */
const DISCIPLINE = /纪委|监委|纪检/;
/** Acts a discipline body does not do: administrative penalties, a level's yearly scoring. */
const NOT_DISCIPLINE = /依法处罚|行政处罚|罚款|扣减[^，。；]{0,8}考核|考核分|考核扣分|扣分/;

const quoted = (xs: readonly string[]) => xs.map((x) => `「${x.trim()}」`).join('、');
/** A task's title as the user knows it, without the number the clerk typed before it (「（四）」「第五项：」「任务一：」). */
const titleOf = (t: Task) => t.title.trim().replace(/^(（[一二三四五六七八九十\d]+）|[(][一二三四五六七八九十\d]+[)]|(第|任务)[一二三四五六七八九十\d]+项?[：:、])\s*/, '');

/** People leading a task whose act is done on others, a body of ours beside them (s80-2 [37]). */
function peopleOverBody(t: Task, n: number): string | undefined {
  const bodies = (t.support ?? []).filter((s) => BODY.test(s.trim()) && !PEOPLE.test(s.trim()));
  if (!PEOPLE.test(t.lead.trim()) || !bodies.length || !WORK_ON_OTHERS.test(`${t.title}，${t.detail ?? ''}`)) return undefined;
  return `第${n}项任务「${titleOf(t)}」的牵头方是「${t.lead.trim()}」，配合方是${quoted(bodies)}：这项工作要上门做工作、组织协调，一般由单位牵头、群众协助，请核对是否应由${quoted(bodies)}牵头，「${t.lead.trim()}」协助。`;
}

/**
 * A lead named after one thing where the task speaks of that kind of thing at large and the material names another of it (s80-3 [34]:
 * 「龙潭水库管理所」 leading all 水库's patrols, 白岩水库 too).
 */
function narrowLead(t: Task, n: number, material: string): string | undefined {
  // Only a body that keeps one named thing (「龙潭水库管理所」), not a kind of parties (「各农贸市场开办方」) nor a regulator (「…市场监管所」).
  const m = new RegExp(`^([\\p{Script=Han}]{2})${THING.source}${KEEPER.source}$`, 'u').exec(t.lead.trim());
  if (!m) return undefined;
  const [place, kind] = [m[1]!, m[2]!];
  const own = `${place}${kind}`;
  const text = `${t.title}，${t.detail ?? ''}`;
  if (!text.includes(kind) || text.includes(own)) return undefined;
  // Another thing of the kind the material names with its own keeper (「白岩水库管理员」) or as a task's party.
  const other = [...new Set([...material.matchAll(new RegExp(`([\\p{Script=Han}]{2})${kind}(?=${KEEPER.source}|管理员|")`, 'gu'))].map((x) => `${x[1]!}${kind}`))].filter((o) => o !== own && !/^[各全该本]/.test(o));
  if (!other.length) return undefined;
  return `第${n}项任务「${titleOf(t)}」的牵头单位是「${t.lead.trim()}」，名称只对应${own}，而任务说的是各处${kind}（材料中还有${other.slice(0, 2).join('、')}）：请核对牵头单位，或把任务按${kind}分开写明各自的责任单位。`;
}

/** A discipline body leading penalties or a level's scoring (s80-5 [39]). */
function wrongKind(t: Task, n: number): string | undefined {
  const act = NOT_DISCIPLINE.exec(`${t.title}，${t.detail ?? ''}`);
  if (!DISCIPLINE.test(t.lead) || !act) return undefined;
  const beside = (t.support ?? []).length ? `，配合单位是${quoted(t.support ?? [])}` : '';
  return `第${n}项任务「${titleOf(t)}」的牵头单位是「${t.lead.trim()}」${beside}，但任务要求「${act[0]}」：纪检监察机关负责对失职失责的干部问责，处罚和考核一般由有关部门负责，请核对牵头单位。`;
}

/** The questions to ask the user about the tasks' leads, in the tasks' order (empty when none looks wrong). */
export function leadQuestions(input: SpeechInput): string[] {
  if (input.kind !== 'speech') return [];
  const material = JSON.stringify(input);
  return input.campaign.tasks.flatMap((t, i) => [peopleOverBody(t, i + 1), narrowLead(t, i + 1, material), wrongKind(t, i + 1)].filter((q): q is string => q !== undefined));
}

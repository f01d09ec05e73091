// Words by which the room's lines are read: who teaches, who is invited, who sits in, which companies
// are of a trade no work regulates as such. guests.ts decides from them how each party is spoken to.
/** What a trainer does before the speech: 「…讲解了常见诈骗手法」「…介绍了柜面识别和劝阻可疑转账的做法」. */
export const TAUGHT = /讲解|授课|讲授|辅导|演示|案例分析|案例剖析|介绍了|介绍[^，。；]*(做法|经验|操作|流程|方法)/;

/** Trainers as the attendees name them: 「区残联康复就业科、组织联络科授课老师」. */
export const TEACHER = /(的)?(授课老师|授课教师|授课人员|讲师|培训老师)$/;

/**
 * An attendees line marked as teaching: 「…（授课）」, 「授课人：…」 (s32-5 [53], W: the trainer asked for 「通信保障」), 「授课专家：…」 (s70-6 [52], W:
 * the lecturer's company thanked as a supporter 「请继续给予支持」).
 */
export const TEACHER_LABEL = /^(授课|主讲|培训)(人|老师|教师|专家|嘉宾|讲师)?[：:]/;

export const TEACHING_MARK = /[（(](?:特邀|应邀)?(授课|主讲|讲课)[)）]$/;

/** A post and a person's name after a unit: 「（市统计局农村统计科）科长钱韵秋」「技术人员」. */
export const POST_AND_NAME = /(（[^）]*）)?(科长|处长|主任|局长|站长|所长|技术人员|工作人员|专家|老师)\p{Script=Han}{0,3}$/u;

/** A deputy or member with a name: 「区人大代表李秀兰」「区政协委员孟庆和」. */
export const TITLED_DEPUTY = /^.{0,8}?(人大代表|政协委员)\p{Script=Han}{2,3}$/u;

/** Companies of a trade no work regulates as such: insurers, banks, utilities, telecoms, associations. */
export const OTHER_TRADE = /保险|银行|信用社|农商行|供电|电力|电网|移动|联通|电信|通信|铁塔|协会|商会|联合会/;

/** A line that marks its people as sitting in: 「…（列席）」「列席：…」. */
export const OBSERVING = /[（(]列席[^）)]*[）)]|^列席[：:]/;

/** A line that marks its people as invited guests: 「特邀：…」「邀请：…」「…（特邀）」. */
export const INVITED = /^(特邀|邀请|应邀)(嘉宾|单位|出席)?[：:]|[（(](特邀|应邀|邀请)[^）)]*[）)]/;

/** The works' companies as a kind, called in as a whole: 「各施工单位」「各监理单位」「各参建企业」. */
export const WORKS_PARTIES = /^各(施工|监理|检测|勘察|设计|参建|建设|维保)(单位|企业|公司)$/;

/** What a partner of another system does, where its name says (in their own role: 水文 forecasts), and the words by which the material gives it that part. */
const ROLE_WORDS: readonly [RegExp, string, RegExp][] = [
  [/水文|气象/, '监测预报', /水文|气象|监测|预报|预警|雨情|水情|汛/],
  [/供电|电力|电网/, '电力保障', /电力|供电|用电|停电|断电|电网|线路|双回路|电源|发电/],
  [/移动|联通|(?<!反)电信(?!网络诈骗)|通信|铁塔/, '通信保障', /通信|信号|网络|基站|光缆|短信|宽带/],
];
export const ROLES: readonly [RegExp, string][] = ROLE_WORDS.map(([re, role]) => [re, role]);

type Material = { campaign: { tasks: readonly { title: string; detail?: string }[]; problems: readonly { title: string; detail?: string }[] } };

/**
 * The parts the material gives a partner by its name (a task or a problem speaks of power for a 供电公司), in ROLES
 * order: a part by kind alone is never said (s37-7 [71], W: a 供电公司 that came as a 帮扶单位 asked for 「电力保障」).
 */
export function givenRoles(name: string, input: Material): string[] {
  const said = [...input.campaign.tasks, ...input.campaign.problems].map((t) => `${t.title}，${t.detail ?? ''}`).join('；');
  return ROLE_WORDS.filter(([re, , words]) => re.test(name) && words.test(said)).map(([, role]) => role);
}

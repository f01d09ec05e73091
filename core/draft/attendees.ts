// How an attendees line reads: the units or groups of people it names one by one, each with its role
// (「清川水文站、国网清川县供电公司负责人」 → two units, each with 负责人). Whom the speech speaks to, and how, is guests.ts.
import { countOf, countedGroups, withoutCount } from './guest-rules.ts';
import { unitLevel } from './speaker.ts';
import { REGULATED_PEOPLE } from './people.ts';
import { lonePerson, personAfterUnit, personsTyped, twoOffices, withoutPerson, type Person } from './persons.ts';
import { endsAsUnit } from './unit-ends.ts';
import { lineParts } from './line-parts.ts';

/** An attendee's office or standing after the unit: 「…负责同志」「…代表」「…队长」. */
export const ROLE = /((主要|分管|相关|有关|项目|技术|安全生产|安全管理|安全|各?社区)?副?(法定代表人|董事长|总经理|民警|负责同志|负责人|同志|代表|全体人员|主任|书记|大队长|中队长|支队长|队长|项目经理|客户经理|经理|总监理工程师|监理工程师|工程师|总监|站长|所长|院长|校长|园长|场长|馆长|行长|局长|科长|股长|部长|处长|全体成员|组长)(及|和|、))?(主要|分管|相关|有关|项目|技术|安全生产|安全管理|安全|各?社区)?副?(董事长|总经理|民警|负责同志|负责人|同志|代表|全体人员|主任|书记|大队长|中队长|支队长|队长|项目经理|客户经理|经理|总监理工程师|监理工程师|工程师|总监|站长|所长|院长|校长|园长|场长|馆长|行长|局长|科长|股长|部长|处长|全体成员|组长)$/;
/** A company's people after its name: 「主要负责人和安全管理人员」. */
export const PEOPLE = /(?<=(企业|公司|单位|集团|机构))((主要|分管)?负责人|负责同志)?(和|及|、)?[\p{Script=Han}]{0,6}?人员$/u;
/** People of the public, with their representatives: asked, never told. */
export const PUBLIC = new RegExp(`业委会|业主委员会|业主|居民|村民|群众|家长|家属|志愿者|乡贤|楼栋长|${REGULATED_PEOPLE.source}`);
/** A unit's name ends in its kind (局, 所, 公司 …): 「驻区单位代表」 is a unit's, 「居民代表」 people's. */
export const UNIT_END = endsAsUnit('企业|单位|协会|商会|科|股|处|室|部|委员会|管委会|[区县市镇]?[^、，]{1,4}委|集团|银行|分行|支行|管理方');
/** A list's label before its names: 「企业家代表：」「列席：」. */
// Or a longer one that names the people the line lists (「全县其他燃气经营企业主要负责人（列席）：」; s48-3 [53], W: read out).
export const LABEL = /^[^：:、，]{1,10}[：:]|^[^：:，]{1,30}(负责人|负责同志|代表|人员)([（(][^）)]*[）)])?[：:]/;
/**
 * Deputies to the people's congress or members of the CPPCC named one by one (「区人大代表吴国梁、朱丽娟」):
 * all of them or none, each a person (s25-2 [51], W: one named as 「吴国梁的同志」, the other left out).
 */
export const DEPUTIES = /^(.{0,8}?(?:人大代表|政协委员))((?:\p{Script=Han}{2,3}、)*\p{Script=Han}{2,3})(?:(?:和|及)(.+))?$/u;

/** A post and a person's name after a unit: 「行长段丽」「民警庞博」. */
const POST_NAME = /(?<=(行|中心|局|所|站|队|院|校|公司|办))(行长|副行长|民警|科长|主任|所长|站长|局长|经理|队长|院长|校长)\p{Script=Han}{2,3}$/u;

/**
 * A role said twice, as clerks type it: 「…股的同志」「…负责人的同志」「…代表的同志」 are the 股's people, the
 * 负责人, the 代表 — said once, so that 「{guests}的同志」 never reads 「…股的同志的同志」 (s13).
 */
export function roleOnce(entry: string): string {
  return entry
    .replace(/(负责同志|负责人|同志|代表|人员|干部)(的)?(负责)?同志(?=$|[、，,（(])/g, '$1')
    .replace(/的((?:主要|分管|相关|有关)?(?:负责同志|负责人|同志))(?=$|[、，,（(])/g, '$1');
}

/**
 * The posts a line ends with, said for each of its units (「…有限公司（被约谈）法定代表人、项目经理」): one role, never pieces of their
 * own — joined with 和, a note in brackets before them read after them (s69-4 [50], W: the two companies called in lost, 「…公司法定
 * 代表人」 read as a name and 「项目经理」 as a unit).
 */
function noteBeforePosts(entry: string): string {
  const note = /([（(][^）)]*[）)])$/.exec(entry)?.[1] ?? '';
  const bare = entry.slice(0, entry.length - note.length);
  const m = new RegExp(`([（(][^）)]*[）)])?(${ROLE.source})`).exec(bare);
  if (!m || !/、/.test(m[2]!) || m.index === 0) return entry;
  return `${bare.slice(0, m.index)}${m[2]!.replace(/、/g, '和')}${m[1] ?? ''}${note}`;
}

/** A post and a person's name standing alone after a unit's piece: 「县应急局局长吴某、副局长李某」 → the 局. */
const POST_ONLY = /^(?:常务)?副?(?:局长|主任|科长|股长|所长|站长|队长|大队长|中队长|支队长|院长|校长|行长|书记|经理|总经理|董事长|总监|部长|处长|组长|馆长|场长)(?:\p{Script=Han}{2,3})?$/u;
/** A post and a person's name after a unit: 「…交警大队大队长陈某」「…供电公司总经理周某」. */
const UNIT_POST_NAME = /(?<=(?:局|办|委|所|站|队|院|校|中心|公司|集团|行|股|科|室|组))(?:常务)?副?(?:局长|主任|科长|股长|所长|站长|队长|大队长|中队长|支队长|院长|校长|行长|书记|经理|总经理|董事长|总监|部长|处长|组长|馆长|场长|高级工程师|工程师|技术员|专家|教授)\p{Script=Han}{2,3}$/u;
/** 「A局及B中心」: two units joined, the second named in full (its own level, or a company), each one of the room. */
const JOINED = /(?<=(?:局|办|委|所|站|队|院|中心|公司|集团))(?:及|和|与)(?=(?:省|市|县|区|镇|乡|街道|国网|中国)[^、，]*(?:局|办|委|所|站|队|院|中心|公司|集团)(?:[^、，]{0,8})?$)/;

/** The secretaries and the heads of the villages or communities named together: 「各村党支部书记和村委会主任」. */
const VILLAGE_HEADS = /^([^、，]*(?:村|社区|村（社区）))(?:党组织|党支部|党总支)?书记(?:、|和|及)(?:村委会|居委会|社区居委会)?主任$/;

/** Names a count of companies gathers, with their people after: 「A、B、C三家物业公司总经理…」. */
const COUNTED_FIRMS = /^([^，,]+?)(?:等)?([一二三四五六七八九十\d]+)家[^、，]{0,6}?(?:公司|企业|单位)/;
/** 「…在洧南项目负责人」: where a company's people work, no part of its name. */
const AT_PROJECT = /在[^、，]{1,8}项目(?=(负责人|经理|部|项目经理|负责同志)?$)/;

/** A team stationed in the villages after the unit that sends it: 「…驻村工作队」. */
const STATIONED_TEAM = /(?<=[^、]{2})(驻(?:村|社区)(?:帮扶)?工作[队组])$/;

/** A piece that counts the names before it: 「麻柳湾4个社区党组织书记」. */
const COUNTED = /^[^、]{1,8}?[0-9一二三四五六七八九十]+个/;

/** The attendees one by one: 「清川水文站、国网清川县供电公司负责人」 → two, each with the entry's role. */
export function attendeePieces(typed: string): Piece[] {
  // 「设计单位：…；监理单位：…」: each labelled party read apart (line-parts.ts).
  const labelled = lineParts(typed);
  if (labelled.length > 1) return labelled.flatMap(attendeePieces);
  return ofUnitBefore(piecesOf(typed));
}

type Piece = { name: string; text: string; persons?: Person[] };

/**
 * 「市应急管理局副局长韦志成，危化处处长柯宇」: a section named with its chief and no level of its own, after a unit
 * whose person the line names, is that unit's (「市应急管理局危化处」).
 */
function ofUnitBefore(pieces: Piece[]): Piece[] {
  return pieces.map((p, k) => {
    const before = pieces[k - 1];
    if (!before?.persons?.length || !p.persons?.length || unitLevel(p.name) || !unitLevel(before.name) || !/(处|科|股|室|队|所|站|中心)$/.test(p.name)) return p;
    return { ...p, name: `${before.name}${p.name}`, text: `${before.name}${p.text}` };
  });
}

/**
 * A company's part in brackets before its officer (「区城投公司（项目业主）总经理李卫」) is no part of its name (s47-2 [51], W: the
 * client leading a task thanked as a guest 「…（项目业主）总经理李卫今天也来了」): guests.ts reads the note from the line.
 */
function withoutPartNote(piece: string): string {
  return piece.replace(/(?<=(?:公司|集团|企业))（[^）]*）(?=\p{Script=Han})/u, '');
}

/**
 * A post said for several kinds at once (「校（园）长」「乡（镇）长」): the kinds listed up to it are one group of their heads, what follows
 * another (s55-6 [51], W: 「各中小学校、幼儿园校（园）长代表」 cut into 「各中小学校」 and 「幼儿园校（园）长代表」).
 */
const EACH_POST = /\p{Script=Han}（\p{Script=Han}）(长|主任|书记)/u;

function piecesOf(typed: string): Piece[] {
  // 「…副处长 谢静」「谢文斌（县农业农村局副局长）」: a person typed apart is read as one piece (persons.ts).
  const entry = personsTyped(typed);
  // 「（在分会场参会）」 says where they sit, not who they are; 「村（社区）」 is part of a name.
  // 「企业家代表：…」: the list's label says who they are, it is no name (s25-5 [52], W: pasted into a sentence).
  // 「（一标段）」「（在分会场参会）」 inside a line say which lot or where, not who.
  const clean = countedGroups(roleOnce(noteBeforePosts(entry))).replace(AT_PROJECT, '').replace(/（[^）]*(标段|会场|参会)[^）]*）/g, '').replace(/(（[^）]*）|\([^)]*\))$/, '').replace(LABEL, '').trim();
  const role = ROLE.exec(clean)?.[0] ?? '';
  // 「设计、施工、监理单位」 are three companies, each with its own role (s16-4 [48], E: 「希望设计、施工、
  // 监理单位严格履行监理职责」): the shared noun goes to each.
  // 「石码头、灯杆巷、新街、麻柳湾4个社区党组织书记、社区主任和网格员代表」: the counted names end one group and
  // what follows is another (s23-5 [49], W: 「石码头代表、灯杆巷代表…」 — the places read as kinds of people).
  // 「部分县人大代表、县政协委员，部分村红白理事会会长」: a comma parts two groups of people, each read on its own
  // (s28-1: the 政协委员 pasted to the 会长 and lost).
  // So does it two units' lines (「…（二标段）项目经理，…监理有限公司总监理工程师」, s30-3 [59], W: the builder told
  // the 监理's duties; 「县农业农村局农田建设管理股负责人，项目设计单位代表」, s30-4 [50], W: a county 股 told with builders).
  const groups = clean.split(/[，,]/).filter((g) => g.trim());
  if (groups.length > 1) return groups.flatMap(attendeePieces);
  // 「各村党支部书记和村委会主任」「各社区书记、主任」: the heads of the villages or communities, one group.
  const heads = VILLAGE_HEADS.exec(clean);
  if (heads) return [{ name: heads[1]!, text: clean }];
  // 「县应急局局长吴某、副局长李某」: the deputy after the chief is of the same unit, no piece of its own.
  const posts = clean.split('、');
  // 「…消防救援大队大队长陈锋、防火监督员王浩」: a person after a unit's named chief, with no unit of his own, is of that unit.
  const lone = (p: string) => POST_ONLY.test(p.trim()) || /^(科员|办事员|工作人员|干部|民警|辅警)\p{Script=Han}{2,3}$/u.test(p.trim()) || (p.trim().length <= 10 && !/[局办委所站队院校科股组处室]|中心|公司|集团|企业|单位|代表|村|社区/.test(p));
  const offices = posts.length === 2 ? twoOffices(posts[0]!, posts[1]!) : undefined;
  if (offices) return [{ name: withoutPerson(posts[1]!), text: withoutPerson(posts[1]!), persons: [offices] }];
  // Each of them with a post is said by name (「县水利局潘永年局长、何秀副局长」); a 科员 is not.
  if (posts.length > 1 && posts.slice(1).every(lone) && (UNIT_POST_NAME.test(posts[0]!.trim()) || personAfterUnit(posts[0]!))) {
    return attendeePieces(posts[0]!).map((p) => ({ ...p, persons: [...(p.persons ?? []), ...posts.slice(1).flatMap(lonePerson)] }));
  }
  // 「县乡村振兴局党组成员、副局长袁海燕」: a unit's party post, then the person's office: the unit.
  const party = /^(.+?(?:局|委|办|院|中心))(?:党组|党委)(?:成员|委员|书记|副书记)$/.exec(posts[0]!.trim());
  if (party && posts.length > 1 && posts.slice(1).every(lone)) return [{ name: party[1]!, text: party[1]!, persons: posts.slice(1).flatMap(lonePerson) }];
  // 「金盾物业、锦华物业、安居好邻物业三家物业公司总经理及在汇源项目经理」: the names a count gathers, each a company.
  const counted3 = COUNTED_FIRMS.exec(clean);
  if (counted3 && counted3[1]!.split('、').length === countOf(`${counted3[2]}个`)) return counted3[1]!.split('、').map((n) => ({ name: n.trim(), text: n.trim() }));
  // 「县交通运输局及县公路中心负责同志」: two units, each with the line's role.
  const joined = clean.split(JOINED);
  if (joined.length > 1) {
    const role = ROLE.exec(joined.at(-1)!)?.[0] ?? '';
    return joined.flatMap((p, k) => attendeePieces(k < joined.length - 1 && role ? `${p}${role}` : p));
  }
  const names = clean.split('、');
  // 「县财政局、县人社局、国网…供电公司驻村工作队队长」: the teams those units station in the villages, each one (s38-8 [55]).
  const team = STATIONED_TEAM.exec(names.at(-1)!.replace(ROLE, ''));
  if (names.length > 1 && team && names.slice(0, -1).every((p) => UNIT_END.test(p.trim()) && !/驻/.test(p))) return names.flatMap((p, k) => attendeePieces(k < names.length - 1 ? `${p.trim()}${team[1]}${role}` : p));
  const end = names.findIndex((p, j) => j > 0 && j < names.length - 1 && ((COUNTED.test(p) && countOf(p) === j + 1) || EACH_POST.test(p)));
  if (end > 0) return [...attendeePieces(names.slice(0, end + 1).join('、')), ...attendeePieces(names.slice(end + 1).join('、'))];
  const roles = /^(设计|施工|监理|检测|建设|勘察|评估|维保|运营)(单位|企业|公司|方)$/.exec(clean.split('、').at(-1)!.replace(ROLE, '').trim());
  const split = roles && clean.split('、').slice(0, -1).every((p) => /^(设计|施工|监理|检测|建设|勘察|评估|维保|运营)$/.test(p.trim()))
    ? clean.split('、').map((p, k, all) => (k < all.length - 1 ? `${p.trim()}${roles[2]}` : p))
    : clean.split('、');
  // 「…液化石油气充装、配送企业负责人」: pieces that are no unit of their own share the last one's noun.
  // So do places named before a kind of people: 「中山路、大码头沿线商户代表」 are the shopkeepers of both streets.
  const kindEnd = (t: string) => UNIT_END.test(t) || (PUBLIC.test(t) && split.slice(0, -1).every((p) => !PUBLIC.test(p) && !UNIT_END.test(p.replace(ROLE, '').trim())));
  // 「米市、水巷、窑湾、桂花井4个社区党组织书记和网格员代表」: names counted into one kind are one group
  // (s20-6 [50], s23-5 [49], W: split into 「米市代表、水巷代表…」 and the last one lost).
  const counted = split.length > 1 && COUNTED.test(split.at(-1)!) && split.slice(0, -1).every((p) => p.trim().length <= 6 && (!UNIT_END.test(p.trim()) || countOf(split.at(-1)!) === split.length));
  // 「A公司、B公司、C公司等20家企业」 is one group of companies, counted (s25-5 [51], W); so is 「塔吊司机、信号工、架子工等特种作业人员
  // 代表」, people of the kind after 等 (s61-7 [49], W: 「信号工代表」 cut out and asked as the public to 「多理解、多支持」).
  const group = /等[0-9一二三四五六七八九十百]+(家|个|所)/.test(split.at(-1)!) || (split.length > 1 && !!peopleKind(split.at(-1)!.replace(ROLE, '')));
  // A unit with its officer named after it (「区住建局副局长田野、城建股股长」) is a unit of its own, not a kind the last noun names (s45-2 [5], E: not thanked).
  const unitOf = (p: string) => (personAfterUnit(p.trim()) ? withoutPerson(p.trim()) : p.replace(ROLE, '').trim());
  const shared = counted || group || (split.length > 1 && EACH_POST.test(split.at(-1)!)) || (split.length > 1 && split.slice(0, -1).some((p) => !UNIT_END.test(unitOf(p))) && kindEnd(clean.replace(ROLE, '')));
  // 「各施工单位、监理单位项目负责人」: the 各 of the first kind is every one's (「各监理单位」 too).
  const each = /^各/.test(clean) && !shared ? split.map((p, k) => (k > 0 && !/^各/.test(p.trim()) && /(单位|企业|公司)/.test(p) && !/^(省|市|县|区|镇|乡)/.test(p.trim()) ? `各${p.trim()}` : p)) : split;
  const parts = (shared ? [clean] : each).flatMap((p) => (/代表$/.test(clean) ? splitJoined(p) : [p]));
  return parts
    .map(withoutPartNote)
    .map((p) => ({ p, person: personAfterUnit(withoutCount(p).replace(/（[^）]*）$/, '')) }))
    .map(({ p, person }) => ({ p: person ? withoutPerson(withoutCount(p).replace(/（[^）]*）$/, '')) : p, persons: person ? [person] : [] }))
    // A remark in brackets before the role (「…支行（农民工工资专用账户开户银行）代表」) and a post with a person's
    // name after the unit (「…支行行长段丽」「…中心民警庞博」) are no part of the unit's name (s33-2 [54], s32-5 [55], W).
    // 「…路桥工程有限公司澴梁连接线项目部经理」: the company's site office is the company (s42-6, W: its peer thanked, it held).
    .map(({ p, persons }) => ({ p: withoutCount(p).replace(/（[^）]*）$/, '').replace(/(?<=(?:公司|集团))[^、，]{1,12}项目部(?=$|经理|负责人|项目经理)/, '').replace(new RegExp(`（[^）]*）(?=${ROLE.source})`), '').replace(POST_NAME, '').replace(UNIT_POST_NAME, '').trim(), persons }))
    .filter(({ p }) => p)
    // 「…企业主要负责人和安全管理人员」 are the companies' people: the company is named, no 「…人员的负责同志」 (s17 mid, s16-1 [42], W).
    .map(({ p, persons }) => ({ name: p.replace(PEOPLE, '').replace(/(项目|技术)?(负责人|负责同志)(和|及)[^、]{1,8}$/, '').replace(ROLE, '').replace(ROLE, '').replace(/(相关|有关)?(科室|股室)$/, ''), text: ROLE.test(p) || /委员$/.test(p) || !role ? p : `${p}${role}`, ...(persons.length ? { persons } : {}) }));
}

/**
 * 「村民代表和商户代表」 are two groups; 「铲车和自卸车驾驶员代表」 is one: the drivers of both machines. A conjunct before
 * 和 or 及 that names no people and no unit shares the noun after it (s55-7 [62], W: a 「铲车代表」 cut out of it).
 */
function splitJoined(p: string): string[] {
  const conjuncts = p.split(/和|及/);
  const own = (c: string) => UNIT_END.test(c.trim()) || PERSON_END.test(c.trim()) || ROLE.test(c.trim()) || PUBLIC.test(c.trim());
  return conjuncts.slice(0, -1).every(own) ? conjuncts : [p];
}

/** The kind of people 等 gathers the names before it into: 「架子工等特种作业人员」 → 特种作业人员; none for units (「…等部门」). */
export function peopleKind(name: string): string | undefined {
  const kind = /等([^、等]{2,})$/.exec(name.trim())?.[1];
  return kind && (PUBLIC.test(kind) || /人员$/.test(kind)) && !UNIT_END.test(kind) ? kind : undefined;
}

/** The end of a word for people: 「…代表」「…驾驶员」「…人员」「…经营户」「…干部」. */
const PERSON_END = /(代表|员|人|户|者|民|主|工|长|师|生|干部|群众|委员|书记|主任|经理)$/;

/** Deputies and members as a group, not named: 「部分区人大代表」「区政协委员代表」「驻街道区人大代表」. */
export const UNNAMED_DEPUTIES = /^(?:部分)?(.{0,6}?(?:人大代表|政协委员))(?:代表)?$/;

/**
 * Those a 培训会 trains, as the speech addresses them: the people of an attendees line that the meeting's name
 * says it trains (「…物业服务企业项目经理和社区物业专干培训会」: 「全区物业服务企业项目经理（约180人）」 → 项目经理,
 * 「各社区物业专干」 → 社区物业专干); none where the name says nobody.
 */
/** A word for people by what they do (「项目经理」「物业专干」「网格员」), not a place or a unit. */
const PEOPLE_END = /.(员|经理|专干|干部|书记|主任|长|师|医生|教师|会计)$/;

export function traineesOf(entry: string, name: string): string[] {
  const trained = name.split(/培训/)[0] ?? '';
  return attendeePieces(entry).flatMap(({ text }) => {
    const role = ROLE.exec(text)?.[0];
    const who = role && /企业|公司|单位|机构/.test(text.slice(0, -role.length)) ? role : text.replace(/^(全区|全县|全市|全镇|全乡|辖区|各)+/, '').replace(/代表$/, '');
    if (/负责人|负责同志|同志|主要|分管/.test(who)) return [];
    // The longest ending the name says it trains: 「普查区普查员」 → 普查员.
    const end = [...who].map((_, k) => who.slice(k)).find((w) => w.length >= 2 && PEOPLE_END.test(w) && trained.includes(w));
    return end ? [end] : [];
  });
}

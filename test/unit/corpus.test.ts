// The phrase bank and the templates are our own wording, never the material's and never a real
// document's: no figures, no placeholders, no names of units, no sentence lifted from the genre
// examples, and enough variants that two drafts do not read alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIMS, INVENTED, PLACE_CLAIMS, PRESUMED } from '../helpers/speech-checks.ts';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { DOMAINS } from '../../core/input/schema.ts';
import { TOPICS } from '../../core/draft/template-schema.ts';
import { headingIdeasOf, ideasOf } from '../../core/draft/key-ideas.ts';
import { gatesFor, unsupportedClaims } from '../../core/draft/claims.ts';
import type { ClaimGate } from '../../core/draft/template-schema.ts';

interface Leaf {
  /** Where the string sits: 「corpus/speech.yaml slots.purpose.推进会[0]」. */
  where: string;
  text: string;
}

const LIBRARY_DIRS = ['corpus', 'templates'];

function yamlFiles(): string[] {
  return LIBRARY_DIRS.flatMap((dir) =>
    readdirSync(join(PACKAGE_ROOT, dir))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
}

function load(rel: string): unknown {
  return parse(readFileSync(join(PACKAGE_ROOT, rel), 'utf8'));
}

function leaves(value: unknown, where: string, out: Leaf[] = []): Leaf[] {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, where.endsWith('.yaml') ? `${where} ${k}` : `${where}.${k}`, out);
  }
  return out;
}

const files = yamlFiles();
const docs = new Map(files.map((f) => [f, load(f)]));
// Keywords are words to recognise in the material, never printed: they are not phrases.
// Words matched against the material (keywords, a variant's needs) are never said.
const allLeaves = files.flatMap((f) => leaves(docs.get(f), f)).filter((l) => !/\.(?:keywords|others)\[|\.needs$/.test(l.where));

const SLOT = /\{(\w+)\}/g;

/** Every slot a phrase may name; the engine throws on any other (core/draft/runs.ts `fill`). */
const KNOWN_SLOTS = new Set([
  'work', 'scope', 'units', 'campaign', 'meeting', 'preceding', 'background', 'goal', 'occasion',
  'lead', 'support', 'deadline', 'measure', 'pledge', 'parts', 'when', 'host', 'venue', 'attendees', 'speaker', 'point', 'own',
  'reporter', 'subject', 'summary', 'guests', 'roles', 'problem', 'detail', 'honoured', 'organs', 'behalf', 'self', 'by', 'consequence', 'summoned', 'sites', 'practice', 'role', 'node', 'progress',
  'field', 'hosts', 'place',
]);
/** Elaboration and the domains' language state no fact, so they may name only the campaign, the scope and the audience. */
const ELABORATION_SLOTS = new Set(['work', 'scope', 'units']);

const UNIT_NAME = /[县区市省镇乡][\p{Script=Han}]{0,10}?(局|办公室|办|委员会|部|室|中心|政府|党委|委)(?![员])/u;
const UNIT_WORDS = ['县委', '区委', '市委', '县政府', '区政府', '人民政府', '纪委', '监委', '领导小组'];

/** The phrase's literal pieces, with the slots cut out and whitespace removed. */
function segments(text: string): string[] {
  return text
    .split(/\{\w+\}/)
    .map((s) => s.replace(/\s+/gu, ''))
    .filter(Boolean);
}

function windows(text: string, size: number): string[] {
  const out: string[] = [];
  for (const seg of segments(text)) {
    for (let i = 0; i + size <= seg.length; i++) out.push(seg.slice(i, i + size));
  }
  return out;
}

function why(leaf: Leaf, rule: string): string {
  return `${leaf.where}: 「${leaf.text}」 ${rule}`;
}

describe('corpus and templates: what a phrase may contain', () => {
  it('loads every file', () => {
    expect(files).toContain('corpus/speech.yaml');
    expect(files).toContain('corpus/minutes.yaml');
    expect(files).toContain('corpus/domains.yaml');
    expect(files).toContain('corpus/topics.yaml');
    expect(allLeaves.length).toBeGreaterThan(0);
  });

  it('has no figures', () => {
    const bad = allLeaves.filter((l) => /[0-9０-９]/u.test(l.text)).map((l) => why(l, 'contains a digit'));
    expect(bad).toEqual([]);
  });

  it('has no placeholder left in (X, Ｘ, ×, *, 某某)', () => {
    const bad = allLeaves
      .filter((l) => /[XＸ×*＊]|某某/u.test(l.text))
      .map((l) => why(l, 'contains a placeholder'));
    expect(bad).toEqual([]);
  });

  it('names only known slots, and every brace belongs to one', () => {
    const bad: string[] = [];
    for (const l of allLeaves) {
      for (const m of l.text.matchAll(SLOT)) {
        if (!KNOWN_SLOTS.has(m[1]!)) bad.push(why(l, `names an unknown slot {${m[1]}}`));
      }
      if (/[{}｛｝]/u.test(l.text.replace(SLOT, ''))) bad.push(why(l, 'has a stray brace'));
    }
    expect(bad).toEqual([]);
  });

  it('the slot list above covers every slot the speech and minutes banks use', () => {
    const used = new Set(
      allLeaves
        .filter((l) => l.where.startsWith('corpus/speech.yaml') || l.where.startsWith('corpus/minutes.yaml'))
        .flatMap((l) => [...l.text.matchAll(SLOT)].map((m) => m[1]!)),
    );
    expect([...used].filter((s) => !KNOWN_SLOTS.has(s))).toEqual([]);
  });

  it('names no unit or office', () => {
    const bad: string[] = [];
    for (const l of allLeaves) {
      for (const seg of segments(l.text)) {
        const m = UNIT_NAME.exec(seg);
        if (m) bad.push(why(l, `looks like a unit name: 「${m[0]}」`));
      }
      for (const w of UNIT_WORDS) if (l.text.includes(w)) bad.push(why(l, `names a unit: 「${w}」`));
    }
    expect(bad).toEqual([]);
  });

  it('copies no twelve characters from the genre examples or the imported reports', () => {
    const shared = resolve(PACKAGE_ROOT, '..', 'shared');
    const sources = [join(shared, 'genre'), join(shared, 'fixtures', 'import')].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(dir, f)),
    );
    expect(sources.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(file, 'utf8').replace(/\s+/gu, '');
      for (let i = 0; i + 12 <= text.length; i++) seen.add(text.slice(i, i + 12));
    }
    const bad: string[] = [];
    for (const l of allLeaves) {
      const hit = windows(l.text, 12).find((w) => seen.has(w));
      if (hit) bad.push(why(l, `shares 「${hit}」 with a real document`));
    }
    expect(bad).toEqual([]);
  });
});

describe('corpus: enough variants', () => {
  const MIN_VARIANTS = 6;
  /** Slots keyed by a fact of the draft rather than chosen for variety: one audience a level, a plain form of deadline. */
  // deadlineFollow: the time a higher unit's work keeps, said plainly.
  const FIXED = new Set(['unitsFallback', 'deadlineNeutral', 'deadlineFollow']);

  function countsOf(rel: string, min = MIN_VARIANTS): string[] {
    const doc = docs.get(rel) as { slots?: Record<string, unknown>; guarantees?: Record<string, unknown> } | undefined;
    const bad: string[] = [];
    const check = (where: string, list: unknown) => {
      if (!Array.isArray(list)) bad.push(`${rel} ${where}: not a list`);
      else if (list.length < min) bad.push(`${rel} ${where}: ${list.length} variants, at least ${min} wanted`);
    };
    for (const [name, slot] of Object.entries(doc?.slots ?? {})) {
      if (FIXED.has(name)) continue;
      if (Array.isArray(slot)) check(`slots.${name}`, slot);
      else for (const [key, list] of Object.entries(slot as Record<string, unknown>)) check(`slots.${name}.${key}`, list);
    }
    for (const [name, list] of Object.entries(doc?.guarantees ?? {})) check(`guarantees.${name}`, list);
    return bad;
  }

  it('every slot and keyed sub-list of the speech bank has six variants', () => {
    expect(countsOf('corpus/speech.yaml')).toEqual([]);
  });

  // Minutes are a record: the meeting's verbs are formulas whose meaning must not change with the
  // seed (会议指出 is not 会议认为), so two forms of a slot are enough there.
  it('every slot and keyed sub-list of the minutes bank has at least two variants', () => {
    expect(countsOf('corpus/minutes.yaml', 2)).toEqual([]);
  });
});

describe('corpus/domains.yaml and corpus/topics.yaml: the language of each field and each measure', () => {
  const domains = (docs.get('corpus/domains.yaml') as { domains: Record<string, Record<string, unknown>> }).domains;
  const topics = (docs.get('corpus/topics.yaml') as { topics: Record<string, Record<string, unknown>> }).topics;
  /** Every unit with where it is and which pool it belongs to. */
  const units: (Leaf & { pool: string })[] = [
    ...Object.entries(domains).flatMap(([d, entry]) =>
      Object.entries(entry)
        .filter(([k]) => !['keywords', 'others', 'family', 'guarantees', 'broad', 'serves'].includes(k))
        .flatMap(([pool, list]) => (list as string[]).map((text, i) => ({ where: `domains.${d}.${pool}[${i}]`, text, pool }))),
    ),
    ...Object.entries(topics).flatMap(([t, entry]) =>
      (['task', 'problem'] as const).flatMap((pool) =>
        Object.entries((entry[pool] ?? {}) as Record<string, string[]>).flatMap(([family, list]) => list.map((text, i) => ({ where: `topics.${t}.${pool}.${family}[${i}]`, text, pool }))),
      ),
    ),
  ];
  const measures = Object.entries(topics).flatMap(([t, entry]) =>
    Object.entries((entry['guarantee'] ?? {}) as Record<string, { lead: string; body: string }[]>).flatMap(([family, list]) => list.map((v, i) => ({ where: `topics.${t}.guarantee.${family}[${i}]`, ...v }))),
  );
  const MIN_POOL: Record<string, number> = { significance: 5, situation: 4, outlook: 3, urgency: 4, requirement: 4, task: 5, closing: 4, closingOccasion: 4 };

  it('has every domain the input may name, each with every pool', () => {
    expect(Object.keys(domains).sort()).toEqual([...DOMAINS].sort());
    const bad: string[] = [];
    for (const [d, entry] of Object.entries(domains)) {
      for (const [pool, min] of Object.entries(MIN_POOL)) {
        const list = entry[pool];
        // The general field says no situation tail: readers struck each one as saying nothing (s15–s17).
        if (d === '通用' && pool === 'situation') continue;
        if (!Array.isArray(list) || list.length < min) bad.push(`domains.${d}.${pool}: ${Array.isArray(list) ? list.length : 0} units, at least ${min} wanted`);
      }
      if (d !== '通用' && !(entry['keywords'] as string[]).length) bad.push(`domains.${d}: no keywords`);
    }
    expect(bad).toEqual([]);
  });

  it('has every measure topic, each with keywords and argument for a task', () => {
    expect(Object.keys(topics).sort()).toEqual([...TOPICS].sort());
    for (const [t, entry] of Object.entries(topics)) {
      expect((entry['keywords'] as string[]).length, t).toBeGreaterThan(0);
      expect(((entry['task'] as Record<string, string[]>)['default'] ?? []).length, t).toBeGreaterThanOrEqual(3);
    }
  });

  it('each unit is one to three sentences that end properly and name only {work}, {scope} or {units}', () => {
    const bad: string[] = [];
    for (const u of units) {
      const sentences = u.text.split(/(?<=[。！？])/).filter((x) => x.trim());
      if (sentences.length < 1 || sentences.length > 3) bad.push(why(u, `has ${sentences.length} sentences (1–3)`));
      const closing = u.pool === 'closing' || u.pool === 'closingOccasion';
      if (closing ? !/^同志们，.*！$/.test(u.text) : !u.text.endsWith('。')) bad.push(why(u, closing ? 'is not 「同志们，…！」' : 'does not end with 。'));
      if (/\s/u.test(u.text)) bad.push(why(u, 'contains whitespace'));
      const allowed = u.pool === 'closingOccasion' ? new Set([...ELABORATION_SLOTS, 'occasion']) : ELABORATION_SLOTS;
      for (const m of u.text.matchAll(SLOT)) if (!allowed.has(m[1]!)) bad.push(why(u, `names the slot {${m[1]}}`));
    }
    for (const m of measures) {
      if (m.body.split(/(?<=。)/).filter((x) => x.trim()).length > 3) bad.push(`${m.where}: more than three sentences`);
      for (const x of [m.lead, m.body]) for (const s of x.matchAll(SLOT)) if (!ELABORATION_SLOTS.has(s[1]!)) bad.push(`${m.where}: names {${s[1]}}`);
    }
    expect(bad).toEqual([]);
  });

  it('has no near-duplicates: no two units a draft may draw together share fourteen characters', () => {
    // A draft draws from one domain (closing or closingOccasion, never both) and from the topics.
    const group = (where: string) => (where.startsWith('domains.') ? where.split('.')[1]! : 'topics');
    const pairOk = (a: string, b: string) => /\.closing\[/.test(a + b) && /\.closingOccasion\[/.test(a + b);
    const owner = new Map<string, Leaf>();
    const bad = new Map<string, string>();
    for (const u of [...units, ...measures.map((m) => ({ where: m.where, text: m.body }))]) {
      for (const w of windows(u.text, 14)) {
        const key = `${group(u.where)}:${w}`;
        const first = owner.get(key);
        if (!first) owner.set(key, u);
        else if (first !== u && first.where !== u.where && !pairOk(first.where, u.where)) {
          const pair = `${first.where} and ${u.where}`;
          if (!bad.has(pair)) bad.set(pair, `${pair} share 「${w}」`);
        }
      }
    }
    expect([...bad.values()]).toEqual([]);
  });
});

describe('corpus lint: the wording argues, it never reports what happened', () => {
  /**
   * Past-tense claims of events, results and reactions: only the material may state them. The
   * phrase bank's lines about the material's own achievements (achievementLead …) are exempt: they
   * sum up what the material reports.
   */
  const EXEMPT = /slots\.(achievementLead|achievementClose|achievementBrief|achievementBriefOne)\b/;
  it('has no past-tense claim in any phrase, unit or measure', () => {
    const bad = allLeaves.filter((l) => !EXEMPT.test(l.where) && !/\.keywords\[/.test(l.where) && CLAIMS.test(l.text)).map((l) => why(l, `claims 「${CLAIMS.exec(l.text)![0]}」`));
    expect(bad).toEqual([]);
  });

  it('the lint catches the claims the first drafts made', () => {
    for (const claim of ['我们摸清了底数、理顺了关系、建起了队伍', '这项工作赢得了群众认可', '前段工作形成了好经验', '群众已经看到了变化', '一些过去认为办不成的事这次办成了']) expect(claim).toMatch(CLAIMS);
  });

  it('states no fact about people, groups or sanctions that only the material can give', () => {
    const bad = allLeaves.filter((l) => !EXEMPT.test(l.where) && INVENTED.test(l.text)).map((l) => why(l, `invents 「${INVENTED.exec(l.text)![0]}」`));
    expect(bad).toEqual([]);
  });

  it('the lint catches the invented facts a blind reader marked wrong', () => {
    for (const claim of ['很多群众不是不愿意，而是不了解', '对老人、儿童、残疾人这些群体，要定期走访', '问题多的要挂牌督办', '对各单位工作情况定期排名通报', '要把工作经费纳入预算', '要把工作成效纳入年度考核，考核结果与评先评优挂钩']) expect(claim).toMatch(INVENTED);
    for (const fine of ['尽量让大多数群众满意', '让群众看得懂、信得过、愿意办', '行动不便、需要照顾的群众要优先转移']) expect(fine).not.toMatch(INVENTED);
  });

  /**
   * Where a sentence judges what the material just said (the situation and urgency pools, the close of
   * the achievements) or stands for the situation where the material gives none (outlook).
   */
  const JUDGING = /domains\.yaml domains\.[^.]+\.(situation|urgency|outlook)\[|slots\.(achievementClose|urgency)\b/;
  it('judges the situation only by what the material states: no presumed trend, improvement or event', () => {
    const judging = allLeaves.filter((l) => JUDGING.test(l.where));
    expect(judging.length).toBeGreaterThan(40);
    expect(judging.filter((l) => PRESUMED.test(l.text)).map((l) => why(l, `presumes 「${PRESUMED.exec(l.text)![0]}」`))).toEqual([]);
  });

  it('says nothing of the place’s past or present in any phrase, unit or measure: only the material may', () => {
    const bad = allLeaves.filter((l) => !EXEMPT.test(l.where) && PLACE_CLAIMS.test(l.text)).map((l) => why(l, `states 「${PLACE_CLAIMS.exec(l.text)![0]}」`));
    expect(bad).toEqual([]);
  });

  it('the place lint catches what a blind reader marked wrong, and lets argument that presumes nothing pass', () => {
    for (const claim of ['近年来没有发生大的汛情，不等于今年不会发生', '越是多年未遇大汛，越不能麻痹大意', '决不能把过去没出事当作今年不出事的理由', '当前正值防火关键时段', '环境整治已经进入巩固提升的阶段', '越是长时间没有出事，越要警惕', '不能拿往年的经验应付今年的汛情']) expect(claim).toMatch(PLACE_CLAIMS);
    for (const fine of ['决不能心存侥幸，必须立足于最不利情况', '宁可预警了没有发生，也不能发生了没有预警', '事故往往就发生在人们觉得不会出事的时候', '群众对环境的要求，不在面上看得过去', '火险高发期到来之前']) expect(fine).not.toMatch(PLACE_CLAIMS);
  });

  /**
   * After the problems, the argument urges and weighs; it sets no time and no kind of fix of its own:
   * 「必须在主汛期到来之前整改到位」 was marked wrong where the material's date was 5月15日 and one
   * problem was the training of new village officials, which no one 「整改」s.
   */
  const SETS_FIX = /之前|到来|限期|马上|立即|当场|整改|清零|销号/;
  it('the lines after problems set no deadline and no kind of fix the material does not give', () => {
    const after = allLeaves.filter((l) => /domains\.[^.]+\.urgency\[|topics\.[^.]+\.problem\./.test(l.where));
    expect(after.length).toBeGreaterThan(50);
    expect(after.filter((l) => SETS_FIX.test(l.text)).map((l) => why(l, `sets 「${SETS_FIX.exec(l.text)![0]}」`))).toEqual([]);
    expect('这些问题都是防汛的隐患，必须在主汛期到来之前整改到位，决不能带着隐患过汛。').toMatch(SETS_FIX);
  });

  it('the lint catches the judgements and claims a blind reader marked wrong', () => {
    for (const bad of ['环境质量改善的成果并不稳固，必须持续用力', '这些情况表明，安全生产形势依然复杂严峻', '防火期已经到来']) expect(bad).toMatch(PRESUMED);
    expect('山林是全县最宝贵的生态家底，也是许多群众的生计所在').toMatch(INVENTED);
    for (const fine of ['这些情况表明，做好这项工作必须下更大的力气', '对此，大家要有清醒的认识，把风险想得更周全一些']) expect(fine).not.toMatch(PRESUMED);
  });
});

/** Every part heading of the speech templates (the headings a draft may print over a part). */
function headingLines(): Leaf[] {
  return files.filter((f) => /^templates\/speech-/.test(f)).flatMap((f) => leaves(docs.get(f), f)).filter((l) => /\.headings\b/.test(l.where));
}

/** Every unit of the domain and topic pools, with where it stands (guarantee measures as lead and body). */
function poolLines(): Leaf[] {
  const domains = (docs.get('corpus/domains.yaml') as { domains: Record<string, Record<string, unknown>> }).domains;
  const topics = (docs.get('corpus/topics.yaml') as { topics: Record<string, Record<string, unknown>> }).topics;
  return [
    ...Object.entries(domains).flatMap(([d, entry]) =>
      Object.entries(entry)
        .filter(([, v]) => Array.isArray(v) && (v as unknown[]).every((x) => typeof x === 'string'))
        .filter(([k]) => !['keywords', 'others', 'broad'].includes(k))
        .flatMap(([pool, list]) => (list as string[]).map((text, i) => ({ where: `domains.${d}.${pool}[${i}]`, text }))),
    ),
    ...Object.entries(topics).flatMap(([t, entry]) => [
      ...(['task', 'problem'] as const).flatMap((pool) => Object.entries((entry[pool] ?? {}) as Record<string, string[]>).flatMap(([f, list]) => list.map((text, i) => ({ where: `topics.${t}.${pool}.${f}[${i}]`, text })))),
      ...Object.entries((entry['guarantee'] ?? {}) as Record<string, { lead: string; body: string }[]>).flatMap(([f, list]) => list.map((v, i) => ({ where: `topics.${t}.guarantee.${f}[${i}]`, text: `${v.lead}。${v.body}` }))),
    ]),
  ];
}

// 11a (sessions 7–9): a line that names an object, a public or a sub-field (企业, 小区, 保洁, 项目, 政策宣讲 …)
// is drawn only where the campaign's own words or the item it follows name it (corpus/topics.yaml `objects`,
// default-deny); a part-three measure names no mechanism the material does not give (`mechanisms`).
describe('corpus lint: objects only where the material names them; a measure\'s mechanism only where the material gives it', () => {
  const bank = docs.get('corpus/topics.yaml') as { objects: ClaimGate[]; mechanisms: ClaimGate[] };
  /**
   * Words that name an object, a public, a place or a sub-field, found apart from the lexicon: the publics
   * and things by name, and the characters places and things are named with (户, 村, 河, 楼, 场 …), so that
   * a future line naming 河道, 商户 or 楼道 is caught even if nobody thought of the word.
   */
  const OBJECT = /企业|公司|厂|商户|商家|经营|市场主体|门店|店|业主|物业|居民|住户|村民|农户|农民|学生|师生|家长|老人|老年|儿童|游客|司机|驾驶|职工|工人|员工|从业人员|患者|小区|楼|社区|村|街|巷|路|桥|河|湖|塘|渠|堤|坝|水库|山|林|田|地块|工地|仓库|校|医院|景区|市场|广场|车|码头|场所|窗口|大厅|项目|工程|管网|垃圾|厕|污水|电|燃气|秸秆|烟花|粮|食品|药|清扫|保洁|扫|要清(?![醒楚晰单零退])|清到|清理|办事|审批|招商|营商|政策|改造|征收|拆迁|转移|撤离|疏散|救援|扑火|户|房|院|站|场|园|网点|船|矿|火|水|气|油|网格|点位|民生|平安|稳定|矛盾|三农|产业|汛|麻痹|侥幸|安全生产|病例|质量/g;
  /** Words that carry such a character but name no object (a line saying only these is drawn anywhere). */
  const OBJECTLESS = /环境质量|空气质量|高质量|泰山|形势持续稳定|形势稳定|抓民生|现场|当场|走过场|这场|一场|考场|战场|立场|天气|力气|勇气|接地气|精气神|口气|心气|风气|底气|志气|士气|水平|水涨船高|路子|出路|门路|一条路|老路|弯路|引路|渠道|家园|电话|站位|对症下药|绿水青山|金山银山|各项目标|上门宣讲|系统工程|民生工程|民心工程|底线工程/g;
  /** The object words of a line that neither a class of the lexicon nor the objectless words cover. */
  const unknownObjects = (text: string): string[] => {
    const spans = [...bank.objects.map((g) => new RegExp(g.says, 'gu')), OBJECTLESS].flatMap((re) => [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as const));
    return [...text.matchAll(OBJECT)].filter((m) => !spans.some(([x, y]) => x <= m.index && m.index + m[0].length <= y)).map((m) => m[0]);
  };
  /** Words that name a concrete mechanism a measure would introduce. */
  const MECHANISM = /台账|清单|销号|暗访|抽查|经费|专款|审计|管护|考核|考评|评比|积分|表彰|表扬|巡查|监督|回头看|村规民约|带班|全天候|责任书|包保|监理|座谈会|入户走访|广播|微信群|演练|预案|培训|调度|物资|装备|储备|居民代表|物业服务/g;
  const pools = poolLines();

  it('every object a pool line or heading names is known to the lexicon (`objects`)', () => {
    const lines = [...pools, ...headingLines()];
    expect(lines.flatMap((l) => unknownObjects(l.text).map((w) => why(l, `names 「${w}」, which no class of corpus/topics.yaml objects knows`)))).toEqual([]);
    expect(lines.filter((l) => l.text.match(OBJECT)).length).toBeGreaterThan(300);
  });

  it('the lint catches an object word no class knows, and passes the words that name none', () => {
    expect(unknownObjects('每一个码头都要有人管。')).toEqual(['码头']);
    expect(unknownObjects('该转移的群众一个都不能落下。')).toEqual([]);
    expect(unknownObjects('这项工作要防止走过场，不能坐在办公室接电话。')).toEqual([]);
  });

  it('every part-three measure that names a mechanism is gated by `mechanisms`', () => {
    const measures = pools.filter((l) => l.where.includes('.guarantee.'));
    const bad = measures.flatMap((l) => [...l.text.matchAll(MECHANISM)].filter((m) => gatesFor(m[0], bank.mechanisms) === 0).map((m) => why(l, `says 「${m[0]}」 with no gate in corpus/topics.yaml mechanisms`)));
    expect(bad).toEqual([]);
    expect(measures.filter((l) => MECHANISM.test(l.text)).length).toBeGreaterThan(20);
  });

  // 11a (session 8): a season's language (汛期, 农时, 天干物燥 …) only in its months or where the campaign names the season.
  it('every pool line that says a season\'s word is gated by `seasons`', () => {
    const seasons = (docs.get('corpus/topics.yaml') as { seasons: ClaimGate[] }).seasons;
    // 「误了农时就误了一年」 and 「确保不误农时」 are true in any month; 「农时不等人」 says it is the season now.
    // A phase of the year (before, in, after 汛期, 防火期, 农忙, 节前 …) — s21: 「汛前」「入汛」「安全度汛」 too.
    const SEASON = /汛期|汛后|汛前|入汛|备汛|迎汛|安全度汛|(?<!误了|不误)农时|农忙|农闲|天干物燥|秋冬季节|冬春季节|防火期|高火险|火险等级高|当前生产|眼下正是|春节将至|春节临近|岁末年初|年关将至|节日将至|两节将至|暑期|暑假|寒假/;
    const said = pools.filter((l) => SEASON.test(l.text));
    expect(said.filter((l) => !seasons.some((g) => new RegExp(g.says, 'u').test(l.text))).map((l) => why(l, 'says a season\'s word with no gate in corpus/topics.yaml seasons'))).toEqual([]);
    expect(said.length).toBeGreaterThan(10);
    const flood = '汛期就是战时，汛情就是命令。';
    expect(unsupportedClaims(flood, '今年汛期全镇转移群众1200人 冬修水利', seasons, 12)).not.toEqual([]);
    // s21 (s64-1 [11] [12]): the date decides; a phase the material names ahead (汛前完成, 汛后核查) opens nothing.
    expect(unsupportedClaims(flood, '今年汛期全镇转移群众1200人 冬修水利 汛前完成水毁修复', seasons, 12)).not.toEqual([]);
    expect(unsupportedClaims(flood, '防汛工作', seasons, 6)).toEqual([]);
    expect(unsupportedClaims(flood, '防汛工作', seasons)).not.toEqual([]);
    const after = '汛期虽然过去了，防汛工作却没有淡季。';
    expect(unsupportedClaims(after, '落实汛前排查、汛中巡查、汛后核查 汛期结束前完成', seasons, 5)).not.toEqual([]);
    expect(unsupportedClaims(after, '汛期结束前完成', seasons, 11)).toEqual([]);
    // At a phase's edge the material may say the meeting is in it now (入汛 early), never in a month far from it.
    expect(unsupportedClaims(flood, '4月1日起全县已入汛', seasons, 3)).toEqual([]);
    expect(unsupportedClaims(flood, '4月1日起全县已入汛', seasons, 1)).not.toEqual([]);
    expect(unsupportedClaims('农时不等人，这些问题拖不得。', '确保不误明年春耕春播', seasons, 12)).not.toEqual([]);
  });

  it('the gates refuse what the readers marked and pass a campaign of the field', () => {
    const tourism = '南门老街春节旺季保障 客流监测和限流疏导 规范市场经营秩序 开展老街消防隐患排查整治 落实值班值守和信息报送';
    const projects = '全县重点项目建设推进 38个省市重点项目 加快项目前期手续办理 推动签约项目开工 倒排工期';
    for (const line of ['这些都要求我们把更多精力放到抓项目、优服务、促发展上来。', '这项工作要实行清单化管理，每个项目都要明确责任领导、责任单位和时间节点，做到挂图作战、按图施工。', '同志们，抓经济就是抓民生。让我们以更优的服务、更实的举措，推动项目早落地、早见效！']) {
      expect(unsupportedClaims(line, tourism, bank.objects)).not.toEqual([]);
      expect(unsupportedClaims(line, projects, bank.objects)).toEqual([]);
    }
    const fireworks = '烟花爆竹禁限放 严厉打击非法生产经营运输储存 依法从重处罚 落实小区禁放劝导 具体由各物业服务企业实施';
    expect(unsupportedClaims('要实行领导包联、专人服务，对企业和项目反映的问题建立台账、限时办结。要提高办事效率，让企业和群众少跑腿、好办事。', fireworks, bank.objects)).not.toEqual([]);
    const flu = '冬春季呼吸道传染病防控 流感样病例 学校晨午检 养老机构 疫苗接种';
    expect(unsupportedClaims('面对这样的情况，我们必须把民生实事办得更实、更细。', flu, bank.objects)).not.toEqual([]);
    expect(unsupportedClaims('确保全{scope}消防安全形势持续稳定！', '电动自行车消防安全', bank.objects)).toEqual([]);
    // s11 mid reading: 农时 in December and in the slack season, public-money idiom for prepaid school fees.
    const season = '农时不等人，这些问题拖不得。';
    expect(unsupportedClaims(season, '防返贫监测集中排查 12月15日至次年1月15日 逐户走访农户', bank.objects)).not.toEqual([]);
    expect(unsupportedClaims(season, '利用冬季农闲抢抓施工 确保不误明年春耕春播', bank.objects)).not.toEqual([]);
    expect(unsupportedClaims(season, '抓好秋收秋种 抢收抢种 确保颗粒归仓', bank.objects)).toEqual([]);
    const money = '资金使用要公开透明，接受群众监督，严禁截留、挪用、挤占。';
    expect(unsupportedClaims(money, '寒假校外培训专项治理 预收费纳入资金监管的机构', bank.objects)).not.toEqual([]);
    expect(unsupportedClaims(money, '衔接资金项目管理 财政专项资金拨付', bank.objects)).toEqual([]);
    expect(unsupportedClaims('要明确管护的主体、标准、经费和考核办法', '村庄清洁行动 全民清洁日 房前屋后', bank.mechanisms).length).toBeGreaterThanOrEqual(3);
    expect(unsupportedClaims('要把日常巡查、定期通报、群众监督这些办法固定下来', '创文 点位整改 志愿服务', bank.mechanisms).length).toBeGreaterThanOrEqual(2);
    // Session 8: a safety heading over a 征兵 part (s12-5), sweeping in a grave-removal 约谈会 (s12-6), 倒排工期 over 征兵.
    const conscription = '2027年征兵工作 圆满完成上半年征兵任务，不发生新兵退兵 广泛宣传发动 严格体检和政治考核';
    expect(unsupportedClaims('提高站位，防患未然，坚决克服麻痹思想和侥幸心理', conscription, bank.objects)).not.toEqual([]);
    expect(unsupportedClaims('明确责任，倒排工期，确保{work}各项任务按期完成', conscription, bank.objects)).not.toEqual([]);
    expect(unsupportedClaims('提高站位，防患未然，坚决克服麻痹思想和侥幸心理', '暑期防溺水 不发生溺水死亡事故', bank.objects)).toEqual([]);
    const sweep = '整治要干部带头、群众参与。光靠干部扫、群众看，扫得再干净也保持不了几天。';
    expect(unsupportedClaims(sweep, '散埋乱葬专项整治 限期整改新增违规墓葬 就地平毁、植树复绿', bank.objects)).not.toEqual([]);
    expect(unsupportedClaims(sweep, '冬春村庄清洁行动 房前屋后 垃圾清运', bank.objects)).toEqual([]);
    // s13 hunt: 安全生产 at an energy-supply 调度会 (s12-4), 「群众在等着我们的答复」 at a 校外培训 治理 (s11-4).
    expect(unsupportedClaims('安全生产，责任重于泰山。', '迎峰度冬能源保供 用电用气不受影响 不发生大面积停电停气和重大安全事故', bank.objects)).not.toEqual([]);
    expect(unsupportedClaims('安全生产，责任重于泰山。', '烟花爆竹安全管理 生产经营单位', bank.objects)).toEqual([]);
    expect(unsupportedClaims('民生问题拖不得，群众在等着我们的答复。', '殡葬改革 公益性公墓 丧事简办', bank.objects)).not.toEqual([]);
    expect(unsupportedClaims('这些薄弱环节不解决，一旦出现病例，就可能错过最佳处置时机。', '老年人流感疫苗接种 上门接种 留观随访', bank.objects)).not.toEqual([]);
    expect(unsupportedClaims('这些薄弱环节不解决，一旦出现病例，就可能错过最佳处置时机。', '呼吸道传染病 学校晨午检 发热学生', bank.objects)).toEqual([]);
    // s14 mid (W): a 医保基金 专项整治 that reports and monitors fund use is no epidemic.
    expect(unsupportedClaims('这些都要求我们把监测、报告、处置各个环节衔接好，做到环环相扣。', '医保基金使用 智能监控 自查自纠 报告 监测', bank.objects)).not.toEqual([]);
    // s16 hunt (W): a 地质灾害 部署会 whose material names the 汛期 and a 强降雨 is no 防汛 meeting, and
    // 「形势不容乐观」 is a forecast only a material with one may make.
    const landslides = '地质灾害防治工作 确保不因地质灾害造成人员伤亡 隐患点27处 2026年7月3日强降雨发生滑坡 4月1日进入汛期 汛前排查';
    expect(unsupportedClaims('形势摆在这里，防汛准备只能提前、不能延后。', landslides, bank.objects)).not.toEqual([]);
    expect(unsupportedClaims('形势摆在这里，防汛准备只能提前、不能延后。', '防汛工作 确保安全度汛', bank.objects)).toEqual([]);
    const claims = (docs.get('corpus/topics.yaml') as { claims: ClaimGate[] }).claims;
    const outlook = '这些情况表明，今年的防汛形势不容乐观，我们必须做好应对极端天气的充分准备。';
    expect(unsupportedClaims(outlook, `${landslides} 切坡建房增多`, claims)).not.toEqual([]);
    expect(unsupportedClaims(outlook, '气象部门预测今年主汛期降雨较常年偏多二至三成', claims)).toEqual([]);
    // s15 final (W): 厂 in a place's history names no enterprise; 安置小区 being built is no 小区 to go through.
    expect(unsupportedClaims('不能坐等企业和群众来找，要主动问需、主动解难。', '原纺织厂、机床厂职工聚居区 老年人2.13万人', bank.objects)).not.toEqual([]);
    expect(unsupportedClaims('对这些问题，要一个小区一个小区地过。', '为高铁站前路网和安置小区建设腾地', bank.objects)).not.toEqual([]);
  });
});

// 11a (session 6): a judgement of the people concerned, a sanction or a stage of the work is said only
// where the material says it first (core/draft/claims.ts, gates in corpus/topics.yaml `claims`).
describe('corpus lint: judgements, sanctions and stages only where the material gives them', () => {
  const claims = (docs.get('corpus/topics.yaml') as { claims: ClaimGate[] }).claims;
  /** Words that assert a judgement, a sanction or a stage (independently of the gates' own patterns). */
  const GATED = /屡教不改|屡查屡犯|屡禁不止|屡次|从重|严惩|顶格|严肃处理|依规依纪|处罚|查处一起|警示一片|震慑一片|曝光|典型案例|问责|追责|追究|倒查|失职|失责|一票否决|处分|约谈|通报|又回来|反弹|回潮|停产|关闭|关停|取缔|吊销|停业|停工|整顿|责令|移送|惩戒|失信|黑名单|查封|扣押|没收|拘留|罚款|强制拆除|排查|摸排|摸底|以报代查|底数|验收/g;
  const pools = poolLines();

  it('every pool line that says such a word is gated', () => {
    expect(pools.length).toBeGreaterThan(300);
    const bad = pools.flatMap((l) => [...l.text.matchAll(GATED)].filter((m) => gatesFor(m[0], claims) === 0).map((m) => why(l, `says 「${m[0]}」 with no gate in corpus/topics.yaml claims`)));
    expect(bad).toEqual([]);
    // The lint is not empty: lines of the bank do say these words, and each is gated.
    expect(pools.filter((l) => GATED.test(l.text)).length).toBeGreaterThan(20);
  });

  it('the gates refuse what the readers marked and let the same line follow an item that gives it', () => {
    const sanction = '对屡教不改的要依法从重处理，查处一起、警示一片。';
    expect(unsupportedClaims(sanction, '处置云雾茶厂欠薪问题 依法立案查处，必要时启动欠薪应急周转金，确保工人春节前拿到工资', claims).length).toBe(3);
    expect(unsupportedClaims(sanction, '打击非法采砂 对多次偷采、拒不整改的依法从重处罚，典型案例公开曝光', claims)).toEqual([]);
    const search = '排查要见底见人。每一处隐患都要查到具体点位、落到具体责任人，不能以报代查、以会代查。';
    expect(unsupportedClaims(search, '整治县乡道路隐患路段 27处隐患路段全部整治完成', claims)).not.toEqual([]);
    expect(unsupportedClaims(search, '隐患整改销号 对8月检查发现的126处隐患建立台账，整改一处、销号一处', claims)).not.toEqual([]);
    expect(unsupportedClaims(search, '开展第二轮排查 以村为单位、以网格为单元逐户走访', claims)).toEqual([]);
    const acceptance = '验收要严格把关，不达标的不能验收，更不能走过场、搞形式。';
    expect(unsupportedClaims(acceptance, '规范瓶装液化气经营 严格落实一瓶一码、实名购气、送气工持证上岗', claims)).not.toEqual([]);
    expect(unsupportedClaims(acceptance, '抓好竣工验收 邀请居民代表参与分项验收', claims)).toEqual([]);
    // A rebound is an event the material must tell (s11-5: no 集中整治 had been).
    expect(unsupportedClaims('集中整治时好了，过一段时间又回来了，说明日常管理还没有跟上。', '建后管护责任不落实 往年建成的部分高标准农田渠道淤塞、机耕路损毁无人修', claims)).not.toEqual([]);
    expect(unsupportedClaims('要建立定期检查的制度，发现问题及时处理，防止反弹回潮。', '落实建后管护 谁受益谁管护，管护写入村规民约', claims)).not.toEqual([]);
    expect(unsupportedClaims('要建立定期检查的制度，发现问题及时处理，防止反弹回潮。', '巩固整治成果 对已整治点位每月回头看', claims)).toEqual([]);
    // A named sanction only where the material names it: not 停产整顿 after 「依法从重处罚」 of illegal sale (s10-2).
    const shut = '对非法违法生产经营行为要坚决打击，该停产的停产，该关闭的关闭，决不姑息迁就。';
    expect(unsupportedClaims(shut, '严厉打击非法生产经营运输储存 对非法储存、销售的依法从重处罚', claims).length).toBe(2);
    expect(unsupportedClaims(shut, '整治非法采石场 对无证开采的依法关闭，持证企业不达标的责令停产整顿', claims)).toEqual([]);
    // The field's own language: any one of the material's texts may open a gate.
    expect(unsupportedClaims(search, ['{"c":{"achievements":[{"detail":"排查出乱堆乱建点位17处"}]}}', '开展第二轮排查 逐户走访'], claims)).toEqual([]);
  });
});

// 11b: each key idea once per draft (core/draft/key-ideas.ts). The engine consults a ledger for parts
// one to three; the closing and the headings are kept apart by the wording itself, so that rewording
// one part (换一种说法) never changes another.
describe('corpus and templates: key ideas said once', () => {
  const sentences = (t: string) => t.split(/(?<=[。！？])/).filter((s) => s.trim());
  it('no unit or measure says one key idea in two of its sentences', () => {
    const bad = allLeaves.filter((l) => {
      const seen = sentences(l.text).map((s) => ideasOf(s));
      return seen.some((ids, i) => ids.some((id) => seen.some((other, j) => j > i && other.includes(id))));
    });
    expect(bad.map((l) => `${l.where}: ${l.text}`)).toEqual([]);
  });

  it('the closing carries no key idea: it sums up without saying one again', () => {
    const bad = allLeaves.filter((l) => /\.(closing|closingOccasion)\[|slots\.(closingGoal|closingOwn)(\.[^.[]+)?\[/.test(l.where) && ideasOf(l.text).length);
    expect(bad.map((l) => `${l.where}: ${ideasOf(l.text).join('、')}`)).toEqual([]);
  });

  it('the three parts of a frame head on different ideas (no 「…落地见效」 in two part headings)', () => {
    for (const f of files.filter((x) => /templates\/speech-/.test(x))) {
      const parts = (docs.get(f) as { parts: { headings: string[] | Record<string, string[]> }[] }).parts;
      const ideas = parts.map((p) => new Set((Array.isArray(p.headings) ? p.headings : Object.values(p.headings).flat()).flatMap(headingIdeasOf)));
      for (let i = 0; i < ideas.length; i++) for (let j = i + 1; j < ideas.length; j++) expect([...ideas[i]!].filter((x) => ideas[j]!.has(x)), `${f}: parts ${i + 1} and ${j + 1}`).toEqual([]);
    }
  });
});

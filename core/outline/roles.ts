// Roles of sections and passages, and the genre of a document, from cue words.
//
// A text is scored by scanning it once for cue phrases, longest first, each character counted once,
// after masking set phrases that only look like cues (问题导向 is a method, 社会保障 a field of work,
// 坚强领导 praise). A section's role weighs its own heading three times against one vote from each of
// its sub-headings and oral leads (一要…/第一，…), so 「强化责任担当，全力推动…」 over five task
// sub-headings reads as 任务 while 「坚守责任担当，继续保持强大推进合力」 over 一要强化领导责任 /
// 三要严格督查追责 reads as 保障.
import type { DocGenre, PassageRole } from './types.ts';
import { newsTitle } from './news.ts';
import { numbered } from './marks.ts';

export type CueRole = Exclude<PassageRole, '开场' | '结尾' | '其他'>;
export const CUE_ROLES: readonly CueRole[] = ['意义', '成绩', '问题', '任务', '保障'];

const CUES: [string, CueRole, number][] = [
  // 问题 framed as 「清醒地看到」 outranks the 认识 inside it.
  ['清醒地认识到', '问题', 3],
  ['清醒认识到', '问题', 3],
  ['清醒地看到', '问题', 3],
  ['清醒看到', '问题', 3],
  ['正确地认识到', '问题', 3],
  ['清醒认识', '问题', 2],
  ['差距', '问题', 2],
  ['不足', '问题', 2],
  ['短板', '问题', 2],
  ['困难', '问题', 2],
  ['问题', '问题', 1],
  ['薄弱', '问题', 1],
  ['有待', '问题', 1],
  ['亟待', '问题', 1],
  ['不到位', '问题', 1],
  ['不够', '问题', 1],
  ['滞后', '问题', 1],
  ['隐患', '问题', 1],
  ['清醒', '问题', 1],

  ['重要性', '意义', 2],
  ['重大意义', '意义', 2],
  ['重要意义', '意义', 2],
  ['意义', '意义', 2],
  ['站位', '意义', 2],
  ['紧迫感', '意义', 2],
  ['提高认识', '意义', 2],
  ['认识', '意义', 1],
  ['认清', '意义', 1],
  ['形势', '意义', 1],
  ['责任感', '意义', 1],
  ['使命感', '意义', 1],
  ['信心', '意义', 1],
  ['共识', '意义', 1],

  ['肯定', '成绩', 2],
  ['回顾', '成绩', 2],
  ['成绩', '成绩', 2],
  ['成就', '成绩', 2],
  ['成效', '成绩', 1],
  ['取得', '成绩', 1],
  ['进展', '成绩', 1],

  ['重点', '任务', 2],
  ['任务', '任务', 1],
  ['抓好', '任务', 1],
  ['推进', '任务', 1],
  ['推动', '任务', 1],
  ['部署', '任务', 1],
  ['提升', '任务', 1],
  ['加快', '任务', 1],
  ['实施', '任务', 1],
  ['聚焦', '任务', 1],
  ['做好', '任务', 1],
  ['议定', '任务', 1],

  ['组织领导', '保障', 2],
  ['加强领导', '保障', 2],
  ['领导', '保障', 2],
  ['保障', '保障', 2],
  ['督查', '保障', 2],
  ['督导', '保障', 2],
  ['督办', '保障', 2],
  ['考核', '保障', 2],
  ['问责', '保障', 2],
  ['追责', '保障', 2],
  ['落实', '保障', 1],
  ['责任', '保障', 1],
  ['机制', '保障', 1],
  ['作风', '保障', 1],
];

/** Set phrases that contain a cue word but do not carry its role. */
const NEUTRAL = [
  '问题导向',
  '社会保障',
  '保障性',
  '保障房',
  '领导小组',
  '领导干部',
  '坚强领导',
  '党的领导',
  '领导下',
  '取得实效',
  '抓出成效',
  '见到成效',
  '务求实效',
  '目标任务',
  '重要任务',
  '政治任务',
  '主要任务是',
];

interface Phrase {
  text: string;
  role?: CueRole;
  weight: number;
}

// Phrases by first character, longest first, so a scan tries each position once.
const BY_FIRST = new Map<number, Phrase[]>();
for (const p of [...NEUTRAL.map((text) => ({ text, weight: 0 })), ...CUES.map(([text, role, weight]) => ({ text, role, weight }))]) {
  const list = BY_FIRST.get(p.text.charCodeAt(0)) ?? [];
  list.push(p);
  BY_FIRST.set(p.text.charCodeAt(0), list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.text.length - a.text.length);

export interface RoleScore {
  scores: Record<CueRole, number>;
  /** Offset of the first cue of each role (Infinity if none). */
  first: Record<CueRole, number>;
}

export function scoreRoles(text: string): RoleScore {
  const scores = { 意义: 0, 成绩: 0, 问题: 0, 任务: 0, 保障: 0 };
  const first = { 意义: Infinity, 成绩: Infinity, 问题: Infinity, 任务: Infinity, 保障: Infinity };
  for (let i = 0; i < text.length; ) {
    const hit = cueAt(text, i);
    if (!hit) {
      i++;
      continue;
    }
    if (hit.role) {
      scores[hit.role] += hit.weight;
      if (first[hit.role] === Infinity) first[hit.role] = i;
    }
    i += hit.text.length;
  }
  return { scores, first };
}

/** The longest cue phrase at `i`. A loop, not find(): a closure over `i` made at every character
 *  was much of what the analysis allocated. */
function cueAt(text: string, i: number): Phrase | undefined {
  const list = BY_FIRST.get(text.charCodeAt(i));
  if (list) for (const p of list) if (text.startsWith(p.text, i)) return p;
  return undefined;
}

/** The leading role of a score, if any cue was found: highest score, then earliest cue. */
export function bestRole(score: RoleScore, votes?: Partial<Record<CueRole, number>>, headingWeight = 1): { role: CueRole; score: number } | undefined {
  let best: CueRole | undefined;
  let bestScore = 0;
  for (const role of CUE_ROLES) {
    const s = score.scores[role] * headingWeight + (votes?.[role] ?? 0);
    if (s <= 0) continue;
    if (best === undefined || s > bestScore || (s === bestScore && score.first[role] < score.first[best])) {
      best = role;
      bestScore = s;
    }
  }
  return best ? { role: best, score: bestScore } : undefined;
}

export function roleOfHeading(heading: string): CueRole | undefined {
  return bestRole(scoreRoles(heading))?.role;
}

/**
 * The role a passage's own words give it, if they are clear: from its lead when it has one, else
 * from its first sentence (after a turn such as 「但」, which carries the point), with strong cues.
 */
export function roleOfPassage(text: string, lead: string | undefined): CueRole | undefined {
  if (lead) return roleOfHeading(lead);
  const stop = text.search(/[。！？]/);
  let sentence = (stop < 0 ? text : text.slice(0, stop)).slice(0, 150);
  const turn = Math.max(sentence.lastIndexOf('但'), sentence.lastIndexOf('然而'));
  if (turn >= 0) sentence = sentence.slice(turn);
  const score = scoreRoles(sentence);
  const best = bestRole(score);
  if (!best || best.score < 2) return undefined;
  // A clear lead: no other role as strong.
  const rivals = CUE_ROLES.filter((r) => r !== best.role && score.scores[r] >= best.score);
  return rivals.length === 0 ? best.role : undefined;
}

// ---- genre ------------------------------------------------------------------------------------

export interface GenreInput {
  title: string;
  salutation?: string;
  paragraphs: readonly string[];
}

const OTHER_TITLE = /(?:主持词|主持稿|合同|合同书|协议|协议书|投诉|投诉信|举报信|申诉书?|来信|申请书?|倡议书|诉状|起诉书|答辩状|判决书|裁定书|借条|收据|委托书|承诺书)$/;
/** A 通知, 通报, 通告, 公告, 批复, 请示 or 函 by its title's last words. */
const OFFICIAL_TITLE = /(?:通知|通报|通告|公告|批复|请示|的函)[）)]?$/;
const CONTRACT_CUES = [/甲方/, /乙方/, /^第[一二三四五六七八九十]+条/, /违约/, /本合同|本协议/, /签字盖章|盖章/];
const LETTER_CUES = [/投诉/, /反映(?:如下|情况|问题)/, /恳请|请求贵|希望贵/, /^此致$/, /^敬礼[！!]?$/, /投诉人|来信人|反映人/];
/** The head of a meeting record: 时间：… 地点：… 主持人：… 参加人员：… 记录人：… */
/** A record's clerk named in its head: 「记录人：王某」「记录：王某」. */
const CLERK = /^记\s*录(?:人|员)?[：:]/m;
const RECORD_CUES = [/^(?:会议)?(?:时间|日期)[：:]/, /^(?:会议)?地点[：:]/, /^主\s*持(?:人)?[：:]/, /^(?:参加|参会|出席|列席)(?:人员)?[：:]/, /^记\s*录(?:人)?[：:]/];
/**
 * A note about files rather than a text of its own (a folder's 说明 or README, a 目录, an 归档清单):
 * its title says so, or its paragraphs name files. Such a note mentions 讲话 as a matter of course
 * (「本文件夹收录…讲话稿」), which alone made it a 讲话.
 */
const NOTE_TITLE = /(?:说明|目录|目\u3000录|清单|索引|名录|一览表|列表|须知)$|^read[\s_-]*me(?:\.[a-z]{1,8})?$/i;
const FILE_NAME = /[^\s，。、；：:“”"（）()]\.(?:docx?|wps|txt|md|pdf|html?|mht(?:ml)?|eml|odt|rtf|xlsx?|et|pptx?|dps|jpe?g|png|zip|rar|7z)(?![A-Za-z0-9])/i;
const COURT_CUES = [/^原告[（(：:]/, /^被告[（(：:]/, /诉讼请求/, /事实(?:和|与|及)理由/, /人民法院$/, /具状人|起诉人/];

/** A speech's title by its last words: 「…上的讲话」「…致辞」「…讲话（摘要）」「…发言（提纲）」. */
const SPEECH_TITLE = /(?:讲话|发言|致辞|讲稿|发言稿|(?:讲话|发言)(?:提纲|要点))(?:[（(](?:摘要|节选|提纲|摘编|整理稿|讨论稿|征求意见稿|根据录音整理)[）)])?$/;

/** The title of a document of another kind than speeches and minutes: 「民事起诉状」「房屋租赁合同」. */
export function otherKindTitle(line: string): boolean {
  return line.length <= 40 && !/[。！？!?；;，,：:]/.test(line) && OTHER_TITLE.test(line);
}

/**
 * The cue patterns that cannot match a line break — words only: no anchor, character class, wildcard
 * or escape. Such a pattern is in one of a document's paragraphs exactly when it is in all of them
 * joined by line breaks: one test, not one for each paragraph.
 */
const JOINABLE: ReadonlySet<RegExp> = new Set([...CONTRACT_CUES, ...LETTER_CUES, ...RECORD_CUES, ...COURT_CUES].filter((re) => re.flags === '' && !/[\\^$.[]/.test(re.source)));

/** A working meeting the opening says is held: 「召开…推进会议」「召开…部署会」 (not a 代表大会 or a 全会). */
const WORKING_MEETING = /召开[^。！？]{2,40}(?:推进会|部署会|调度会|现场会|座谈会|动员会|工作会)/;
const CONGRESS = /代表大会|全体会议|全会|职工大会|代表会议/;

/** speech (同志们, 讲话) · minutes (纪要, 会议指出/议定) · report (工作报告, 各位代表) · other. */
export function detectGenre({ title, salutation, paragraphs }: GenreInput): DocGenre {
  let joined: string | undefined;
  const cues = (list: RegExp[]) => {
    let n = 0;
    for (const re of list) if (JOINABLE.has(re) ? re.test((joined ??= paragraphs.join('\n'))) : paragraphs.some((p) => re.test(p))) n++;
    return n;
  };
  // A complaint to a court or a contract under a collection's title (「…会议记录篇五」): its body says what it is.
  // (A record's title may end in its number: 「…会议记录（2024年第3次）」.)
  if (/纪要$|会议记录(?:[（(][^（）()]{1,12}[）)])?$/.test(title)) return cues(COURT_CUES) >= 3 || cues(CONTRACT_CUES) >= 4 ? 'other' : title.endsWith('纪要') ? 'minutes' : 'record';
  // A 公文 of its own kind (a covering 「关于印发《…讲话》的通知」, a 通报, a 批复): not the speech or report it names.
  if (OFFICIAL_TITLE.test(title)) return 'other';
  // A news report of a meeting (「我县召开…推进会议」): it says 「会议强调」 as a 纪要 does, but reports it.
  if (newsTitle(title)) return 'other';
  // A 工作报告, and a 述职报告 (「…述职述廉报告」「…述责述廉报告」): what the speaker reports on his own work.
  if (/工作报告|述(?:职|廉|责)(?:述(?:廉|学))?报告/.test(title)) return 'report';
  if (OTHER_TITLE.test(title) || NOTE_TITLE.test(title.trim())) return 'other';
  // 「…会上的讲话」: a speech, whatever it reports (「下面我代表…向大会报告…情况」) — unless its body is a
  // complaint or a contract under a speech collection's title.
  if (SPEECH_TITLE.test(title) && cues(COURT_CUES) < 3 && cues(CONTRACT_CUES) < 4) return 'speech';
  const score: Record<DocGenre, number> = { speech: 0, minutes: 0, report: 0, other: 0, record: 0 };
  if (salutation && /同志们|同事们/.test(salutation)) score.speech += 3;
  if (salutation && /各位代表|各位委员/.test(salutation)) score.report += 2;
  // Untitled, any other salutation (「各位村党组织书记：」「尊敬的各位来宾，女士们、先生们：」) is said to a room: a
  // speech too (a 汇报's 「尊敬的各位领导：」 under its title stays what its title makes it).
  else if (salutation && !title.trim() && !/同志们|同事们/.test(salutation)) score.speech += 2;
  if (/(?:讲话|发言|致辞|讲稿|发言稿)$/.test(title)) score.speech += 2;
  const last = paragraphs.slice(-3);
  if (last.some((p) => /^同志们[，,！!]/.test(p))) score.speech += 2;
  const opening = paragraphs.slice(0, 3).join('');
  // The speaker saying what he is doing: 「下面我代表…作工作报告」 「向大会报告政府工作」 — at a working meeting it
  // names (「今天…召开…推进会议，…下面我代表…办公室作工作报告」) that is what he says, a speech, not a 工作报告.
  if (/作(?:政府)?工作报告|报告(?:政府)?工作|向大会(?:作|报告)/.test(opening)) score.report += WORKING_MEETING.test(opening) && !CONGRESS.test(opening) ? 2 : 5;
  // 「…讲几点意见」, or the meeting it is given at named first (「今天，…在这里召开…」).
  // (Said in the speaker's own sentences: a list naming speeches by their titles — a tester's or a clerk's notes — is none.)
  if (/讲话|讲几点意见|讲三点意见|谈几点|^今天[^。！？]{0,30}召开/.test(paragraphs.slice(0, 3).filter((p) => !numbered(p)).join(''))) score.speech += 1;
  let meeting = 0;
  for (const p of paragraphs) if (/^会议(?:指出|强调|要求|议定|认为|决定|听取|研究|同意)/.test(p)) meeting++;
  if (meeting >= 2) score.minutes += 4;
  // A record's head (时间/地点/主持人/参会人员): a 会议记录 when its clerk is named (「记录人：」) — a 纪要 names none,
  // and a record says 「会议要求」「会议指出」 as often (so it outweighs them) — else a 纪要's head.
  if (cues(RECORD_CUES) >= 3) {
    if (CLERK.test((joined ??= paragraphs.join('\n')))) score.record += 5;
    else score.minutes += 4;
  }
  const contract = cues(CONTRACT_CUES);
  const letter = cues(LETTER_CUES);
  const court = cues(COURT_CUES);
  if (contract >= 2) score.other += 2 * contract;
  if (letter >= 2) score.other += 2 * letter;
  if (court >= 2) score.other += 3 * court;
  const files = paragraphs.filter((p) => FILE_NAME.test(p)).length;
  if (files >= 2) score.other += 3 * files;
  const ranked = (Object.keys(score) as DocGenre[]).sort((a, b) => score[b] - score[a]);
  const top = ranked[0]!;
  return score[top] > 0 ? top : 'other';
}

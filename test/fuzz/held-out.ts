// Collections in the shapes the held-out acceptance names (issue 17: eight documents, no adverts, the
// last speech's five level-1 headings), made from a seed: eight speeches of one theme, each marked in
// one of twenty-one piece-marker styles (or, mixed, each piece its own style), an advert after every piece,
// as a .txt with Markdown marks and as a saved web page. Session 20 imp2's sweep (a script in /tmp,
// gone) made into a generator of the suite. Our own words; every place invented.

import { createRng } from '../../core/draft/random.ts';

export const STYLES = 21;

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八'];
const PLACES = ['沄溪镇', '漴口乡', '筼坪村', '泖阳县', '浠岭镇', '岵溪乡', '溁溪镇', '漭水县', '溱川县', '汶溪镇'];
const MEETINGS = ['工作会议', '推进会', '动员会', '调度会', '现场会', '部署会', '培训会', '总结会'];
const THEMES = ['安全生产', '森林防火', '人居环境整治', '秸秆禁烧', '防汛抗旱', '农田水利建设'];
const HEADINGS = ['提高认识，增强做好工作的责任感', '突出重点，狠抓各项任务落实', '压实责任，形成上下联动合力', '强化保障，夯实工作基础', '加强督查，确保工作取得实效'];
const SPEAKERS = ['县长　苗成林', '副县长　卢晓岚', '镇长　詹素梅', '乡党委书记　邵明川'];
const SLOGANS = ['凝心聚力，真抓实干', '真抓实干开新局', '攻坚克难，担当作为', '守土尽责保平安', '担当作为，务求实效', '聚焦重点求突破', '久久为功，善作善成', '奋发有为谱新篇'];
/** Adverts a 范文 site sets between the pieces (the cleaning removes each). */
const ADVERTS = ['写材料没思路？点击获取10万篇公文范文 立即领取', '开通VIP会员，免费下载全站文档>>', '公文写作素材包，点击领取>>', '关注公众号“笔杆子范文”，回复“讲话”获取更多范文'];

export interface Piece {
  title: string;
  lines: string[];
  headings: string[];
}

export interface Collection {
  theme: string;
  pieces: Piece[];
  /** The style of each piece (1–21). */
  styles: number[];
  txt: string;
  html: string;
  /** What each document's title must be. */
  titles: string[];
  adverts: string[];
}

function speech(rand: () => number, theme: string, n: number, last: boolean): Piece {
  const place = PLACES[(n + Math.floor(rand() * PLACES.length)) % PLACES.length]!;
  const title = `在${place}${theme}${MEETINGS[n - 1]!}上的讲话`;
  const headings = last ? HEADINGS : HEADINGS.slice(0, 3);
  const head = rand() < 0.5 ? [SPEAKERS[Math.floor(rand() * SPEAKERS.length)]!, `（2026年${n + 1}月${10 + n}日）`] : [];
  const lines = [
    ...head,
    '同志们：',
    `今天召开${place}${theme}${MEETINGS[n - 1]!}，主要任务是部署下一阶段的${theme}工作。`,
    ...headings.flatMap((h, k) => [`${CN[k + 1]!}、${h}`, `各单位要把${theme}工作摆上重要位置，主要负责同志要亲自部署、亲自过问，确保第${CN[k + 1]!}项任务落到实处。`]),
    `同志们，${theme}工作任务艰巨，希望大家抓紧抓实，确保各项工作取得实效！`,
  ];
  return { title, lines, headings };
}

/** A piece's first lines in style `s` (its mark and title), and the title its document must have. */
function marked(s: number, n: number, theme: string, title: string): { lines: string[]; title: string } {
  const c = CN[n]!;
  const t = (...lines: string[]) => ({ lines, title });
  switch (s) {
    case 1: return t(`篇${c}`, title);
    case 2: return t(`【篇${c}】${title}`);
    case 3: return t(`第${c}篇：${title}`);
    case 4: return t(`第 ${n} 篇`, title);
    case 5: return t(`精选第${n}篇：${title}`);
    case 6: return t(`范文${c}：${title}`);
    case 7: return t(`材料${n}：${title}`);
    case 8: return t(`（篇${c}）${title}`);
    case 9: return t(`（之${c}）${title}`);
    case 10: return t(`◆ 篇${c} ◆`, title);
    case 11: return t(`—— 第${n}篇 ——`, title);
    case 12: return t(`${theme}讲话稿篇${c}`, title);
    case 13: return t(`${theme}讲话稿（篇${c}）`, title);
    case 14: return t(`${theme}讲话 范文${c}`, title);
    case 15: return t(`${theme}讲话【第${c}篇】`, title);
    case 16: return t(`## ${theme}讲话稿篇${c}`, title);
    case 17: return t(`**${theme}讲话稿篇${c}**`, title);
    case 18: return t(`${c}、${theme}讲话稿 ${title}`);
    case 19: return t(`讲话稿${c}：${title}`);
    // A main title over a subtitle that carries the mark: the document is titled with the main title
    // (the subtitle under it apart, subtitle-title.ts), the mark cut.
    case 20: return { lines: [SLOGANS[n - 1]!, `——${title}（第${c}篇）`], title: SLOGANS[n - 1]! };
    // A 汇编's 交流发言: the main title and the unit's subtitle on one line, no mark (session 22).
    default: return { lines: [`${SLOGANS[n - 1]!}——县农业农村局${title}`], title: SLOGANS[n - 1]! };
  }
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One line of the .txt as a saved page has it: a Markdown heading or bold line as its tag. */
function htmlLine(line: string): string {
  if (line.startsWith('## ')) return `<h2>${escape(line.slice(3))}</h2>`;
  const bold = /^\*\*(.+)\*\*$/.exec(line);
  if (bold) return `<p><strong>${escape(bold[1]!)}</strong></p>`;
  return `<p>${escape(line)}</p>`;
}

/** A collection of eight speeches in style `style` (1–21), or each piece in a style of its own (`style` 0). */
export function collection(seed: number, style: number): Collection {
  const rand = createRng(seed);
  const theme = THEMES[Math.floor(rand() * THEMES.length)]!;
  const pieces = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => speech(rand, theme, n, n === 8));
  const styles = pieces.map(() => style || 1 + Math.floor(rand() * STYLES));
  const adverts: string[] = [];
  const titles: string[] = [];
  const lines = [`${theme}讲话稿范文（精选8篇）`];
  pieces.forEach((p, i) => {
    const m = marked(styles[i]!, i + 1, theme, p.title);
    titles.push(m.title);
    const ad = ADVERTS[Math.floor(rand() * ADVERTS.length)]!;
    adverts.push(ad);
    lines.push('', ...m.lines, ...p.lines, '', ad);
  });
  const txt = lines.join('\n');
  const body = lines.filter((l) => l !== '').map(htmlLine).join('\n');
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escape(lines[0]!)}_笔杆子范文网</title></head><body><div class="nav"><a href="/">首页</a> <a href="/jh">讲话稿</a></div><div class="article">\n${body}\n</div><div class="footer">Copyright © 2026 笔杆子范文网 版权所有</div></body></html>`;
  return { theme, pieces, styles, txt, html, titles, adverts };
}

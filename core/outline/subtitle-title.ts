// A title and its subtitle on one line (「强化网格管理 推动…常态长效——城关镇在全县…会议上的交流发言」, or a
// main title the reader joined to the 「——在…上的讲话」 under it: join.ts mainTitleAbove): the piece's title
// is the main title, as a secretary names it; the subtitle is its subtitle, and the unit or person it
// names before 「在」 (a 交流发言's 「——城关镇在…」) is who spoke. The line stays in the text as the file has it.
import { charLength } from './marks.ts';

/** 「主标题——副标题」: a main title of no sentence, then a subtitle that ends as one does (「…会议上」「…的讲话」「…（摘要）」). */
const GLUED = /^([^。！？!?；;：:—]{2,40}?)[\s\u3000]*(——[^—。！？!?；;][^—。！？!?；;]{1,60}(?:上|讲话|报告|汇报|发言|致辞|讲稿|[）)]))$/;
/** Who spoke, named before 「在」 in the subtitle: 「——城关镇在…」「——县委书记王强同志在…」 (no date: 「——2024年1月10日在…」). */
const WHO = /^——(\p{Script=Han}{2,16}?)(?:同志)?在/u;

export interface TitleFront {
  title: string;
  titleLine?: string;
  subtitle?: string;
  speaker?: string;
}

/** The front with a glued subtitle parted from its title; `fullTitle` is the line whole (the genre reads it: 「…的讲话」). */
export function subtitleApart<F extends TitleFront>(front: F): F & { fullTitle?: string } {
  if (front.subtitle !== undefined || front.titleLine !== undefined) return front;
  const m = GLUED.exec(front.title);
  if (!m) return front;
  const main = m[1]!.trim();
  if (charLength(main) < 2) return front;
  const parted: F & { fullTitle?: string } = { ...front, titleLine: front.title, fullTitle: front.title, title: main, subtitle: m[2]! };
  const who = WHO.exec(m[2]!);
  if (who && front.speaker === undefined) parted.speaker = who[1]!;
  return parted;
}

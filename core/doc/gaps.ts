// The 【待补充：…】 gaps a document still holds, said before it leaves the app (导出 Word, `wengao export`):
// how many, and where the first few are, in the words of the page — the line's label (「记录人」), the
// heading it stands under (「二、突出工作重点」) and the words just before the gap — never a block index.
import type { DocModel, Run, TableBlock } from './model.ts';
import { numberBlocks } from './numbering.ts';
import { blockText, headLines, runsText } from './text.ts';

/** Wengao's own gap, and its kin a user may have typed (【待填写】【请填写…】). */
const GAP = /【(?:待补充|待填写|请填写|请补充)[^】\n]{0,40}】/g;

export interface Gap {
  /** The gap as printed: 「【待补充：讲话人姓名】」. */
  text: string;
  /** What is missing, from the gap's own words: 「讲话人姓名」 (「待补充的内容」 when it names nothing). */
  what: string;
  /** Where it stands, as she reads the page: 「讲话人一行」「“二、突出工作重点”下」「记录人一行」. */
  where: string;
  /** Up to 12 characters before the gap on its line, for finding it by eye. */
  before: string;
  /** On a line above or below the body (the speaker line, the 版记), which the material makes: not in the editor. */
  outside?: true;
}

interface Line {
  text: string;
  where: string;
  outside?: true;
}

function whatOf(gap: string): string {
  const named = /^【[^：:】]*[：:]\s*([^】]+)】$/.exec(gap)?.[1]?.trim();
  return named || '待补充的内容';
}

/** The lines above the body with the name a secretary gives each. */
function headNamed(doc: DocModel): Line[] {
  const named = (runs: readonly Run[] | undefined, where: string): Line[] => (runs ? [{ text: runsText(runs), where, outside: true }] : []);
  const lines = [...named(doc.title, '标题'), ...named(doc.subtitle, '副标题')];
  if (doc.minutesHead) {
    const h = doc.minutesHead;
    lines.push(...named(h.issue, '期号'), ...named(h.organizer, '印发单位'), ...named(h.date, '纪要日期'));
  }
  lines.push(...named(doc.dateLine, '日期一行'), ...named(doc.speakerLine, '讲话人一行'));
  // Anything headLines prints that is not named above still counts (it is on paper).
  const known = new Set(lines.map((l) => l.text));
  for (const text of headLines(doc)) if (!known.has(text) && text.split('　　').every((t) => !known.has(t))) lines.push({ text, where: '文头', outside: true });
  return lines;
}

function shortHeading(text: string): string {
  return text.length > 16 ? `${text.slice(0, 15)}…` : text;
}

/**
 * A table's cells (a 台账), each named by its row — the row's task (its 任务/事项 column, else its first
 * text after the 序号), to its colon: 「表格第2行“补齐编织袋2000条”」, never the 议题 several tasks share
 * (session 22's screen test) — the gap names its column itself (【待补充：完成时限】).
 */
function tableLines(table: TableBlock): Line[] {
  const task = table.header.findIndex((h) => /任务|事项|决定|工作/.test(h));
  const named = task >= 0 ? task : table.header[0] === '序号' ? 1 : 0;
  return table.rows.flatMap((row, r) => {
    const name = runsText(row[named]).split(/[：:]/)[0]!;
    const rowName = `表格第${r + 1}行${name ? `“${shortHeading(name)}”` : ''}`;
    return row.map((cell) => ({ text: runsText(cell), where: rowName }));
  });
}

/** Every line of the document in reading order, each with where it stands. */
function namedLines(doc: DocModel): Line[] {
  const lines = headNamed(doc);
  if (doc.salutation) lines.push({ text: runsText(doc.salutation), where: '称呼' });
  const { marks } = numberBlocks(doc.blocks);
  let under = '';
  doc.blocks.forEach((block, i) => {
    const text = blockText(block, marks[i] ?? '');
    if (block.type === 'heading') {
      under = shortHeading(text);
      lines.push({ text, where: `标题“${under}”` });
    } else if (block.type === 'table') {
      lines.push(...tableLines(block));
    } else if (block.type === 'labelled') {
      lines.push({ text, where: `“${block.label}”一行` });
    } else if (block.type === 'paragraph' && block.lead?.level) {
      under = shortHeading(marks[i] + runsText(block.lead.runs));
      lines.push({ text, where: `“${under}”一段` });
    } else if (block.type === 'paragraph' && block.seq) {
      lines.push({ text, where: under ? `“${under}”下第${marks[i]!.replace('、', '')}项` : `第${marks[i]!.replace('、', '')}项` });
    } else if (block.type === 'paragraph' && /^[^，。；]{2,10}：$/.test(text)) {
      // 「会议议定：」「会议决定：」: the list under it stands under these words.
      under = text.slice(0, -1);
      lines.push({ text, where: `“${under}”一行` });
    } else {
      lines.push({ text, where: under ? `“${under}”下` : '正文开头' });
    }
  });
  if (doc.closing) lines.push({ text: runsText(doc.closing), where: '结束语' });
  if (doc.colophon) for (const l of doc.colophon.lines) lines.push({ text: `${l.label}：${runsText(l.runs)}`, where: `版记“${l.label}”`, outside: true });
  return lines;
}

/** The gaps of `doc` in reading order. */
export function docGaps(doc: DocModel): Gap[] {
  const gaps: Gap[] = [];
  for (const line of namedLines(doc)) {
    for (const m of line.text.matchAll(GAP)) {
      const before = line.text.slice(Math.max(0, m.index - 12), m.index).replace(/^[，。；、：（）]+/, '');
      gaps.push({ text: m[0], what: whatOf(m[0]), where: line.where, before, ...(line.outside ? { outside: true as const } : {}) });
    }
  }
  return gaps;
}

/** One gap as a line of the notice: 「讲话人姓名（讲话人一行，“街道党工委书记”之后）」. */
export function gapLine(g: Gap): string {
  const before = g.before.trim();
  // 「地点：」 before the gap of the 地点 line says nothing the line's name does not.
  const said = !before || g.where.includes(`“${before.replace(/[：:]$/, '')}”`);
  return `${g.what}（${g.where}${said ? '' : `，“${before}”之后`}）`;
}

/**
 * The notice before an export, or null when the document has no gap: how many remain and the first
 * `shown` of them (what to do next, the app and the CLI say each in its own way).
 */
export function gapNotice(doc: DocModel, shown = 3): { count: number; lines: string[]; summary: string; inBody: number; whats: string[] } | null {
  const gaps = docGaps(doc);
  if (!gaps.length) return null;
  const lines = gaps.slice(0, shown).map(gapLine);
  const rest = gaps.length - lines.length;
  const summary = `文稿中还有 ${gaps.length} 处【待补充】没有填写${rest > 0 ? `（以下是前 ${lines.length} 处）` : ''}`;
  return { count: gaps.length, lines, summary, inBody: gaps.filter((g) => !g.outside).length, whats: gaps.map((g) => g.what) };
}

// What the clipboard gets when text is copied out of the editor: the numbered lines as plain text,
// and as HTML with the 公文 fonts inline, which WPS and Word paste with the numbers and the look
// (黑体 一级, 楷体 二级, 仿宋 正文, 小标宋 title). Pure: lines in, strings out.

export type LineKind = 'title' | 'head' | 'heading' | 'paragraph' | 'labelled' | 'salutation' | 'closing';

export interface CopyLine {
  kind: LineKind;
  /** Heading level, or the level of a numbered lead. */
  level?: number;
  /** 一、 / （一） / 1. / （1） when the copied text starts where the number stands. */
  mark?: string;
  /** A run-in lead at the start of the copied text (「坚持常态化推进。」), styled like a heading. */
  lead?: string;
  text: string;
  indent?: boolean;
}

export function linesText(lines: readonly CopyLine[]): string {
  return lines.map((l) => (l.mark ?? '') + (l.lead ?? '') + l.text).join('\n');
}

const FANG = "'仿宋_GB2312','仿宋',FangSong,serif";
const HEI = "'黑体',SimHei,sans-serif";
const KAI = "'楷体_GB2312','楷体',KaiTi,serif";
const SONG = "'方正小标宋简体','华文中宋',serif";

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function levelFont(level: number | undefined): string {
  if (level === 1) return `font-family:${HEI}`;
  if (level === 2) return `font-family:${KAI}`;
  return `font-family:${FANG};font-weight:bold`;
}

function lineHtml(l: CopyLine): string {
  const base = 'margin:0;font-size:16pt;line-height:28pt;';
  switch (l.kind) {
    case 'title':
      return `<p style="margin:0 0 28pt;text-align:center;font-family:${SONG};font-size:22pt;line-height:28pt">${escape(l.text)}</p>`;
    case 'head':
      return `<p style="${base}text-align:center;font-family:${KAI}">${escape(l.text)}</p>`;
    case 'heading':
      return `<p style="${base}text-indent:2em;${levelFont(l.level)}">${escape((l.mark ?? '') + l.text)}</p>`;
    default: {
      const indent = l.indent === false || l.kind === 'salutation' || l.kind === 'labelled' ? '' : 'text-indent:2em;';
      // A numbered list item's 一、 is body type; a lead (numbered or not) is set like its level.
      const lead = l.lead !== undefined ? `<span style="${l.level ? levelFont(l.level) : `font-family:${HEI}`}">${escape((l.mark ?? '') + l.lead)}</span>` : escape(l.mark ?? '');
      return `<p style="${base}${indent}font-family:${FANG}">${lead}${escape(l.text)}</p>`;
    }
  }
}

export function linesHtml(lines: readonly CopyLine[]): string {
  return `<meta charset="utf-8"><div>${lines.map(lineHtml).join('')}</div>`;
}

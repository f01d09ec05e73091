// A document site's watermark block copied with the text (a 文库's 「原创力文档 / max.book118.com /
// 预览与源文档一致,下载高清无水印」 at every page's foot): at the top of the file it is swept out with
// the site's other lines, but its repeats inside the text — between the halves of a paragraph that
// ran over the page — had stayed, and the paragraph was cut there. A short line whose text an
// advert's or a site's removal already took, standing again on its own, is the same debris, and so
// are the short lines that stand in a block with it each time it comes back.
import type { Line } from './lines.ts';

/** How long a line of such a block is at most (a site's name, an address, a slogan). */
const SHORT = 40;
/** What no watermark line holds: a sentence's end, a heading's number. */
const PROSE = /[。！？!?；;]|^[一二三四五六七八九十]+、|^（[一二三四五六七八九十]+）/;
const key = (t: string) => t.replace(/[\s\u3000]+/g, '');

/** Marks the repeats of the site's removed lines, and the short lines that come back with them in every block, with the removal's reason. */
export function markRepeats(lines: Line[], noise: ReadonlySet<string>): void {
  const reasonOf = new Map<string, string>();
  for (const l of lines) if (l.removed && noise.has(l.removed) && l.text.length <= SHORT && !PROSE.test(l.text)) reasonOf.set(key(l.text), l.removed);
  if (reasonOf.size === 0) return;
  const live = (l: Line) => !l.removed && !l.kept && l.text !== '' && l.text.length <= SHORT && !PROSE.test(l.text);
  // The blocks (lines between blank ones) where a removed line stands again.
  const blocks: Line[][] = [];
  let block: Line[] = [];
  const close = () => {
    if (block.some((l) => reasonOf.has(key(l.text)))) blocks.push(block);
    block = [];
  };
  for (const l of lines) {
    if (l.text === '' || l.pageBreak) close();
    else if (live(l)) block.push(l);
    else if (!l.removed) close();
  }
  close();
  if (blocks.length === 0) return;
  // A companion line comes back in two of those blocks or more (the watermark's slogan), never elsewhere.
  const times = new Map<string, number>();
  for (const b of blocks) for (const k of new Set(b.map((l) => key(l.text)))) times.set(k, (times.get(k) ?? 0) + 1);
  for (const b of blocks) {
    const reason = reasonOf.get(key(b.find((l) => reasonOf.has(key(l.text)))!.text))!;
    for (const l of b) if (reasonOf.has(key(l.text)) || (times.get(key(l.text)) ?? 0) >= 2) l.removed = reasonOf.get(key(l.text)) ?? reason;
  }
}


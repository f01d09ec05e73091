// What the 范文库 reader shows above a document's text: its title and head lines (date, speaker …),
// each once. The stored text holds the front matter as the file had it (「在…上的政府工作报告」「县长 周启明」
// 「（2025年1月8日）」), and the analysis also gives the head lines apart: the lines of the front the
// head names (and the title, over one line or several) are taken out of the text and shown as the head,
// in the file's order (session 20's screen test: date and speaker shown twice, the title as a paragraph).

const squeeze = (s: string) => s.replace(/\s/g, '');

/** How far into the text the front may reach: a title over a few lines, its head lines, blank lines. */
const FRONT_LINES = 12;

export interface ReaderParts {
  /** The title, when the text opened with it (printed as the text's title). */
  title: string | null;
  /** The head lines: those of the front in the file's order, then any the text did not hold. */
  head: string[];
  /** The text's lines after its front. */
  body: string[];
}

export function readerParts(title: string, head: readonly string[], text: string): ReaderParts {
  const lines = text.split('\n');
  const heads = head.map(squeeze);
  const whole = squeeze(title);
  let titleLeft = whole;
  let lastWasTitle = false;
  const front: string[] = [];
  let i = 0;
  for (; i < Math.min(lines.length, FRONT_LINES); i++) {
    const line = squeeze(lines[i]!);
    if (!line) continue;
    // The title, on one line or over consecutive ones.
    const titlePart: boolean = titleLeft !== '' && titleLeft.startsWith(line) && (titleLeft === whole || lastWasTitle);
    lastWasTitle = titlePart;
    if (titlePart) {
      titleLeft = titleLeft.slice(line.length);
      continue;
    }
    if (heads.includes(line) && !front.some((f) => squeeze(f) === line)) {
      front.push(lines[i]!.trim());
      continue;
    }
    break;
  }
  // A title taken only in part is no title line: the text keeps it all.
  if (titleLeft !== '' && titleLeft !== whole) return { title: null, head: [...head], body: lines };
  const rest = head.filter((h) => !front.some((f) => squeeze(f) === squeeze(h)));
  return { title: whole && titleLeft === '' ? title : null, head: [...front, ...rest], body: lines.slice(i) };
}

// A removed passage as a user reads it, for the 导入清理记录: the raw lines cleaning took out, where
// a web page or a .doc broke a sentence at every link (「法律」「、」「法规」「，」…), joined back into
// the sentence; lines that were lines of their own (a 版记's 抄送 and 印发) stay lines. No symbol
// stands for a line break: the screen shows each line as a line. Pure.

/** Marks that never begin a line of text: a line opening with one runs on from the line before. */
const RUNS_ON = /^[、，,。．；;：:！!？?）)》」』”’…—]/u;
/** Marks that never end a line of text: the line after runs on from it. */
const OPEN_END = /[、，,（(《「『“‘—]$/u;
/** Sentence ends: a line ending so is finished. */
const FINISHED = /[。．！!？?；;…]$/u;
const WORD_END = /[A-Za-z0-9]$/;
const WORD_START = /^[A-Za-z0-9]/;

/** The lines of `text` (a removed passage) as they read, fragments of one sentence joined. */
export function readableLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const last = out[out.length - 1];
    // A fragment of a character or two (「、」「法规」) between pieces of a sentence is no line of its own.
    const fragment = last !== undefined && !FINISHED.test(last) && ([...line].length <= 2 || [...last].length <= 2);
    if (last !== undefined && (RUNS_ON.test(line) || OPEN_END.test(last) || fragment)) {
      out[out.length - 1] = last + (WORD_END.test(last) && WORD_START.test(line) ? ' ' : '') + line;
    } else out.push(line);
  }
  return out;
}

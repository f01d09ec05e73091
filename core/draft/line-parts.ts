// An attendees line that lists several labelled parties (「设计单位：…设计院；监理单位：…有限公司」「…，特邀：…」): each party is a
// part of its own, under its own label, read apart — never 「；监理单位：」 pasted into a sentence, never the first party given the
// second one's duty (s76-9 [46], s76-4 [54], W: a 设计院 told to 「履行监理职责」). Every part keeps its line's index, so its src
// stays `meeting.attendees[i]`. Pure; imports nothing of the drafting.

/** A label at the head of a part: 「监理单位：」「特邀：」 — no bracket, list mark or space in it. */
const INNER_LABEL = '[^：:、，,；;\\s（()）]{1,10}[：:]';
/**
 * Where a line parts: at 「；」 outside brackets, before a label after a comma or a space, and before one after 「、」 where a label
 * came before it (「设计单位：A、监理单位：B」; 「设计、勘察单位：」 is one label of two trades).
 */
const CUT = new RegExp(`[；;](?![^（(]*[）)])|[，,\\s]+(?=${INNER_LABEL})|(?<=[：:][^；;]*)、(?=${INNER_LABEL})`);

/** The parts of one attendees line, each with its own label; the line itself when it has one part. */
export function lineParts(line: string): string[] {
  const parts = line.split(CUT).map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? parts : [line];
}

/** Every part of the attendees lines, with the index of its line. */
export function attendeeParts(lines: readonly string[]): { text: string; i: number }[] {
  return lines.flatMap((line, i) => lineParts(line).map((text) => ({ text, i })));
}

/** The attendees lines cut into their parts, the lines' order kept (for readers of lines that need no index). */
export function partLines(lines: readonly string[]): string[] {
  return attendeeParts(lines).map((p) => p.text);
}

// The audience's reaction as a transcript or a 印发稿 records it: 「（掌声）」「（热烈掌声）」「（笑声）」
// 「（全场鼓掌）」. It is what happened in the hall, not what the speaker said: a drafter reusing the
// passage would have to delete it by hand. Removed from the line and recorded (a line of nothing
// else goes whole); the user's undo of the line brings it back, like the other removals.
import { HOLDS, mayHold } from './line-facts.ts';
import { INDENT, REASON, trimEnd, type Line } from './lines.ts';
import type { Removal } from './types.ts';

/** A bracket of a few words around the reaction: 「（长时间热烈鼓掌）」「（众笑）」「（掌声雷动）」, square ones too (「【掌声】」「〔笑声〕」). */
const STAGE = /[（(【〔[][^（）()【】〔〕[\]。，,；;！!？?\s]{0,8}?(?:掌声|鼓掌|笑声|大笑|欢笑|哄笑|众笑|欢呼)[^（）()【】〔〕[\]。，,；;！!？?\s]{0,6}[）)】〕\]]/g;
/** The characters every reaction holds: most lines have none, and are left at one scan. */
const HINT = /[掌笑呼]/;

export function stripStageNotes(line: Line, removed: Removal[]): void {
  if (!mayHold(line.text, line.facts, HOLDS.stage) || !HINT.test(line.text)) return;
  const notes: string[] = [];
  const t = line.text.replace(STAGE, (note) => {
    notes.push(note);
    return '';
  });
  if (notes.length === 0) return;
  const rest = trimEnd(t.replace(INDENT, ''));
  if (rest === '') {
    line.removed = REASON.stage;
    return;
  }
  for (const note of notes) removed.push({ line: line.no, text: note, reason: REASON.stage });
  line.text = rest;
}

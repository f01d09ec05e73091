// A speech with no title at its head whose last line says whose words it is and where they were said:
// 「（本文根据何某某同志在全县人居环境整治工作推进会议上的讲话录音整理，未经本人审阅）」. That line is
// the title's source — 「在全县人居环境整治工作推进会议上的讲话」, said by 何某某 — and an editor's note
// (整理说明), not the speech's last words.
import type { Para } from './join.ts';
import { REASON } from './lines.ts';
import type { Removal } from './types.ts';

/** 「本文根据/系…同志在…上的讲话(录音)整理」: the speaker, the meeting, the kind. */
const NOTE = /^[（(]?(?:本文|此文|本稿|此稿)?(?:根据|系|据)([\u4e00-\u9fa5]{2,4}?)(?:同志)?在([^，。；：（）()]{2,60}?(?:上|时))的(讲话|发言|致辞|报告)(?:录音|记录)?整理/;
/** The note is among a document's last lines (a truncation's hint may stand under it). */
const NOTE_REACH = 3;

interface Untitled {
  title: string;
  speaker?: string;
  body: Para[];
}

/**
 * An untitled document's title and speaker from the note among its last paragraphs, the note out of
 * its body and reported (restorable: a note the user kept stays text, and still names the speech).
 */
export function withNoteTitle(doc: Untitled, keep: ReadonlySet<number>, removed: Removal[]): Untitled {
  const { body } = doc;
  for (let k = body.length - 1; k >= 0 && k >= body.length - NOTE_REACH; k--) {
    const note = body[k]!;
    const m = NOTE.exec(note.text);
    if (!m) continue;
    const named = { title: `在${m[2]!}的${m[3]!}`, speaker: doc.speaker ?? m[1]! };
    if (keep.has(note.line)) return { ...named, body };
    removed.push({ line: note.line, text: note.text, reason: REASON.editing });
    return { ...named, body: body.filter((p) => p !== note) };
  }
  return doc;
}

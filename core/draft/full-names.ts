// A unit the tasks name short that the attendees name in full with the body above it: 「白沙环境监察中队」 in a task is the
// 「柘阳县生态环境局白沙环境监察中队」 of the room — a county bureau's team at a 镇, never the town's own (hunt s69-2 [28], W: a 副镇长
// listed it with the villages to 「配合」). For speaker.ts: its relation is the full name's.
import type { SpeechInput } from '../input/schema.ts';

/** What an attendees piece says of people after the unit. */
const PEOPLE = /(的)?(主要|分管|有关|相关)?(负责同志|负责人|同志|代表|人员|[局所站队科股]长|大队长|中队长|主任|书记)$/;
/** A full name that places the unit under a body of a named level: 「…县生态环境局…」「市…局…」. */
const UNDER_BODY = /^[^、，]{0,8}?[省市县区][^、，]{0,12}?(局|委|厅|办)/;

/** Each short name of a task's unit with the attendees' full name for it, where the full name adds the body above it. */
export function fullNamesOf(input: SpeechInput): [string, string][] {
  const pieces = (input.meeting.attendees ?? []).flatMap((l) => l.split(/[、，,；;]/)).map((p) => p.trim().replace(/[（(][^）)]*[）)]/g, '').replace(PEOPLE, '').replace(PEOPLE, ''));
  const units = input.campaign.tasks.flatMap((t) => [t.lead, ...(t.support ?? [])]).flatMap((u) => u.split(/[、，,]/)).map((u) => u.trim());
  const out: [string, string][] = [];
  for (const u of units) {
    if (u.length < 4 || UNDER_BODY.test(u) || /^各/.test(u)) continue;
    const full = pieces.find((p) => p.length > u.length + 2 && p.endsWith(u) && UNDER_BODY.test(p.slice(0, -u.length)));
    if (full && !out.some(([s]) => s === u)) out.push([u, full]);
  }
  return out;
}

// The trades a department regulates in its own domain, for room.ts Room.regulated: where a department speaks to its own system
// (its head speaks, or it organises the meeting) on work that regulates (safety, 整治, training …), the companies of its trades in the
// room are the ones it holds — told and trained, never thanked as supporters (s64-6 [44], s65-5 [48], W: a 交通运输局局长 thanked the
// bus and coach companies at his own safety 培训会 and asked them to 「多关心、多支持」).
import type { SpeechInput } from '../input/schema.ts';
import { partLines } from './line-parts.ts';
import { speakerOf } from './speaker.ts';
import { NOT_OF_TRADE, ofTrade } from './trades.ts';
import { isFirm } from './firms.ts';
import { helped } from './guest-rules.ts';

/** Work that regulates its trades, not work that serves them or builds with them: safety, 整治, inspection, training. */
const REGULATING = /安全|整治|治理|整顿|监管|执法|检查|隐患|事故|培训|规范|约谈|专项/;

/** The people an attendees piece names after its company: 「…有限公司安全负责人」. */
const LINE_PEOPLE = /(主要|分管|安全|有关|相关)?(负责人|负责同志|代表|经理|站长)$/;

/** The department whose own system the meeting is: the speaker's unit where a department head speaks, else the organiser. */
function departmentOf(input: SpeechInput): string {
  return speakerOf(input).ownUnit ?? input.meeting.organizer ?? '';
}

/**
 * Whether a company in the room is of a trade the meeting's department regulates, at work that regulates it (REGULATING in the
 * meeting's or the campaign's name or goal): held to its own responsibility. Not a utility, a bank, an insurer, an association or a
 * designer, nor one the achievements name as having helped (thanked for it).
 */
export function ofOwnTrade(input: SpeechInput): (unit: string) => boolean {
  const c = input.campaign;
  const [department, names] = [departmentOf(input), `${input.meeting.name}；${c.name}`];
  const regulating = REGULATING.test(`${input.meeting.name}；${input.meeting.type ?? ''}；${c.name}；${c.goal ?? ''}`);
  const byName = (name: string) => regulating && ofTrade(name, department, names) && !helped(name, input);
  // A company listed on one attendees line with those of the trade (「青溪县汽车客运站、潆阳快客青溪分公司、…客运有限公司安全负责人」) is one of
  // them, whatever its brand says (r-s75 s75-8 [46], W: the 快客 company thanked and asked to 「多关心、多支持」).
  const lines = partLines(input.meeting.attendees ?? []).map((l) => l.replace(/^[^：:、，]{1,12}[：:]/, '').split(/[、，,]/).map((p) => p.trim().replace(LINE_PEOPLE, '')));
  const lineMate = (name: string) => isFirm(name) && !NOT_OF_TRADE.test(name) && lines.some((l) => l.includes(name) && l.some((p) => p !== name && byName(p)));
  return (unit) => {
    const name = unit.trim();
    return byName(name) || (regulating && lineMate(name) && !helped(name, input));
  };
}

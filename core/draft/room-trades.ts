// The trades a department regulates in its own domain, for room.ts Room.regulated: where a department speaks to its own system
// (its head speaks, or it organises the meeting) on work that regulates (safety, 整治, training …), the companies of its trades in the
// room are the ones it holds — told and trained, never thanked as supporters (s64-6 [44], s65-5 [48], W: a 交通运输局局长 thanked the
// bus and coach companies at his own safety 培训会 and asked them to 「多关心、多支持」).
import type { SpeechInput } from '../input/schema.ts';
import { speakerOf } from './speaker.ts';
import { ofTrade } from './trades.ts';
import { helped } from './guest-rules.ts';

/** Work that regulates its trades, not work that serves them or builds with them: safety, 整治, inspection, training. */
const REGULATING = /安全|整治|治理|整顿|监管|执法|检查|隐患|事故|培训|规范|约谈|专项/;

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
  return (unit) => {
    const name = unit.trim();
    return regulating && ofTrade(name, department, names) && !helped(name, input);
  };
}

// A unit in the room that the meeting has just commended (an achievement lists it: 「…汐阳理工学院白沙校区…被评为…先进单位」) is one of
// ours honoured, not a guest: congratulated for what the material says it did and asked to keep leading by example; a task it carries
// is spoken to in the task like any unit's — never thanked for coming nor asked for 「建议」 (r-s78 s78-9 [44], W). Pure.
import type { SpeechInput } from '../input/schema.ts';
import { commendation } from './preceding.ts';
import type { Present } from './present.ts';

/** What an achievement says of those commended. */
const HONOURED = /先进|表彰|评为|授予|荣获|命名为/;

/**
 * The unit a guest is named by that the meeting commends, as the achievement names it: at a commendation, an achievement that says
 * who was honoured names it, or the unit it is part of (「汐阳理工学院白沙校区武装部」 → the 校区 commended): its name's opening,
 * four characters or more, ending as a unit's name. Undefined where none is commended.
 */
export function commendedGuest(text: string, input: SpeechInput): string | undefined {
  if (!commendation(input)) return undefined;
  const said = input.campaign.achievements.map((a) => `${a.title}，${a.detail ?? ''}`).filter((a) => HONOURED.test(a));
  const name = text.trim();
  for (let end = name.length; end >= 4; end--) {
    const unit = name.slice(0, end);
    if (UNIT_END.test(unit) && said.some((a) => a.includes(unit))) return unit;
  }
  return undefined;
}

/** How a unit's name ends. */
const UNIT_END = /[院校区所站局队心司镇道村部委办会社园馆]$/;

/**
 * A guest as said with the unit the meeting commends apart: congratulated in the room, never thanked there as a guest; the others
 * its line lists with it (「漭川职业技术学院鹤岭校区、县第一中学、县职教中心」) stay as they were.
 */
export function commendedApart(p: Present, unit: string | undefined): Present[] {
  // One greeted at the opening as an invited guest (s63-8 [6], E: the 供电公司 kept among those thanked for coming) stays so.
  if (!unit || p.greet) return [p];
  const rest = p.text.startsWith(unit) ? p.text.slice(unit.length).replace(/^[、，,和及]/, '') : '';
  return [{ ...p, text: unit, commended: true }, ...(rest ? [{ ...p, text: rest }] : [])];
}

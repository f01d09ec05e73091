// The head of a 会议纪要 (GB 10.3 and county practice, gbt9704-notes §3.2):
//   red 纪要 mark in 小标宋, its top 35 mm below the top of the type area
//   (blank line) 「第X期」 centred in 仿宋
//   (blank line) issuing unit one character in from the left and the date one character in from the right, on one
//   line, with a red rule under it across the full type area
//   (blank line), then the body.
import type { DocModel } from '../../../core/doc/model.ts';
import { SIZE, TAB, run } from './fonts.ts';
import type { FontSet } from './fonts.ts';
import { runsOf } from './blocks.ts';
import { CHAR, INDENT_NONE, MINUTES_MARK_BEFORE, TYPE_WIDTH, blankLine, para } from './layout.ts';
import { STYLE } from './style-ids.ts';
import { titleRuns } from './title.ts';
import type { Border } from './wordml.ts';

export const RED = 'FF0000';

/** The rule: 1.5 pt red, 4 pt below the text of the head line. */
export const RED_RULE: Border = { style: 'single', size: 12, color: RED, space: 4 };

export function minutesHead(doc: DocModel, fonts: FontSet): string[] {
  const out: string[] = [
    para(titleRuns(doc.title, { font: fonts.title, size: SIZE.title, color: RED }), {
      style: STYLE.title,
      indent: INDENT_NONE,
      align: 'center',
      before: MINUTES_MARK_BEFORE,
    }),
  ];
  const head = doc.minutesHead ?? {};
  const body = { font: fonts.fang };
  out.push(blankLine());
  if (head.issue?.length) out.push(para(runsOf(head.issue, body), { indent: INDENT_NONE, align: 'center' }), blankLine());
  // The rule is the bottom border of this paragraph, which must span the whole type area, so the
  // paragraph is not indented: a left tab one character in places the unit, a right tab one
  // character short of the right edge places the date.
  const children = [run(TAB, body), ...runsOf(head.organizer, body)];
  if (head.date?.length) children.push(run(TAB, body), ...runsOf(head.date, body));
  out.push(
    para(children, {
      indent: INDENT_NONE,
      align: 'left',
      bottomBorder: RED_RULE,
      tabStops: [
        { type: 'left', position: CHAR },
        { type: 'right', position: TYPE_WIDTH - CHAR },
      ],
    }),
  );
  out.push(blankLine());
  return out;
}

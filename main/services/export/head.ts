// The lines above the body of a 讲话稿, 会议记录 and 督办台账 (FORMAT.md "Per document type").
import type { DocModel, Run } from '../../../core/doc/model.ts';
import { SIZE } from './fonts.ts';
import type { FontSet } from './fonts.ts';
import { runsOf } from './blocks.ts';
import { INDENT_NONE, blankLine, para } from './layout.ts';
import { STYLE } from './style-ids.ts';
import { titleRuns } from './title.ts';

function title(runs: readonly Run[], fonts: FontSet, typeWidth?: number): string {
  return para(titleRuns(runs, { font: fonts.title, size: SIZE.title }, typeWidth), { style: STYLE.title, indent: INDENT_NONE, align: 'center' });
}

function centred(runs: readonly Run[], font: string): string {
  return para(runsOf(runs, { font }), { indent: INDENT_NONE, align: 'center' });
}

/**
 * title · 「——在…上的讲话」 · (blank) · date line · speaker line · (blank) · 「同志们：」 flush left.
 * Subtitle, date and speaker are 楷体 三号, centred.
 */
export function speechHead(doc: DocModel, fonts: FontSet): string[] {
  const out: string[] = [title(doc.title, fonts)];
  if (doc.subtitle?.length) out.push(centred(doc.subtitle, fonts.kai));
  const byline = [doc.dateLine, doc.speakerLine].filter((r): r is Run[] => !!r?.length);
  if (byline.length) {
    out.push(blankLine());
    for (const line of byline) out.push(centred(line, fonts.kai));
  }
  out.push(blankLine());
  if (doc.salutation?.length) out.push(para(runsOf(doc.salutation, { font: fonts.fang }), { indent: INDENT_NONE }));
  return out;
}

/** 会议记录 and 督办台账: the title, a blank line, then the blocks. */
export function titleHead(doc: DocModel, fonts: FontSet, typeWidth?: number): string[] {
  const out = [title(doc.title, fonts, typeWidth)];
  // A ledger or record may carry its date under the title, like a speech: 楷体, centred.
  if (doc.dateLine?.length) out.push(centred(doc.dateLine, fonts.kai));
  out.push(blankLine());
  return out;
}

// A part heading chosen by the user from the 范文库's harvested patterns (「认清形势，正视差距，切实
// 增强做好X工作紧迫感」), in place of the template's. The slot 「X」 becomes the campaign's name as a
// fact (it keeps its source, like every name in a draft); the rest of the pattern is wording.
import type { Run } from '../doc/model.ts';
import { fullWidthPunctuation } from '../doc/punctuation.ts';
import { DraftRequestError } from './compose.ts';
import { concat, fact, lit } from './runs.ts';

export const SLOT = 'X';
const MAX_HEADING = 60;

/** The campaign's name for the slot: the short name if there is one, as 「做好X工作」 reads best with it. */
export interface SlotName {
  text: string;
  src: string;
}

/**
 * Checks a chosen pattern; a DraftRequestError in Chinese says what is wrong. A digit is refused:
 * a figure or a year in a draft must come from the material, never from another county's speech.
 */
export function checkHeading(pattern: string, part: number): string {
  const text = fullWidthPunctuation(pattern.trim());
  const where = `第${'一二三'[part - 1] ?? part}部分的标题`;
  if (/[\r\n]/.test(text)) throw new DraftRequestError(`${where}不能换行`);
  if ([...text].length > MAX_HEADING) throw new DraftRequestError(`${where}过长（最多 ${MAX_HEADING} 个字）`);
  if (/[0-9０-９]/.test(text)) throw new DraftRequestError(`${where}含有数字：“${text}”（数字只能来自材料，请改用不含数字的标题）`);
  return text;
}

/**
 * The heading's runs: each 「X」 is the campaign's name. When the name already ends in 工作 and the
 * pattern says 「X工作」, the pattern's 工作 is dropped rather than the name cut (「做好农村人居环境
 * 整治工作紧迫感」, not 「…工作工作…」): the fact stays exactly as the user wrote it. A pattern
 * without 「X」 is used as it is.
 */
export function fillHeading(pattern: string, name: SlotName): Run[] {
  const parts = pattern.split(SLOT);
  const out: (Run[] | undefined)[] = [lit(parts[0]!)];
  const endsInWork = /工作$/.test(name.text);
  for (let i = 1; i < parts.length; i++) {
    const after = endsInWork && parts[i]!.startsWith('工作') ? parts[i]!.slice(2) : parts[i]!;
    out.push(fact(name.text, name.src), lit(after));
  }
  return concat(...out);
}

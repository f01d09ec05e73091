// 换一种说法 for one paragraph: the paragraph's part is worded again with another seed and only its
// counterpart replaces it (splice-paragraph.ts). Without a seed given, seeds are tried until the
// paragraph reads differently, more than by a word or two (a part's other wording may keep one
// paragraph as it was); none does, the user is told there is no other wording; with one
// (采纳 after a preview), that seed alone, which gives the previewed text again. Pure.
import type { DocModel } from '../doc/model.ts';
import type { WengaoInput } from '../input/schema.ts';
import { DraftRequestError } from './compose.ts';
import { regeneratePart, type DraftLibrary, type DraftOptions } from './index.ts';
import { counterpart, paragraphRank, pickParagraph, readsAlike, replaceParagraph } from './splice-paragraph.ts';

/** The part names as the label says them with a paragraph: 「开场第2段」, 「第二部分第3段」. */
const PART_LABELS = ['开场', '第一部分', '第二部分', '第三部分', '结尾'];

/** Seeds tried for a wording that changes the paragraph. */
const TRIES = 8;

export function rewordParagraph(
  previous: DocModel & { partSeeds: number[] },
  input: WengaoInput,
  library: DraftLibrary,
  index: number,
  seed: number | undefined,
  options: DraftOptions,
  newSeed: (not?: number) => number,
): { doc: DocModel; label: string } {
  const pick = pickParagraph(previous, index);
  if (!pick.ok) {
    throw new DraftRequestError(pick.why === 'own' ? '这一段是您自己添加的文字，没有可换的说法；请把光标放在生成的段落中' : '请把光标放在正文的一个段落中（标题、称呼和结束语不能单独换说法）');
  }
  const { part } = pick;
  const old = previous.blocks[index]!;
  let last: number | undefined = previous.partSeeds[part];
  for (let i = 0; i < (seed === undefined ? TRIES : 1); i++) {
    const s = seed ?? newSeed(last);
    last = s;
    const fresh = regeneratePart(previous, input, library, part, s, options);
    const paragraph = counterpart(previous, fresh, index);
    if (!paragraph) break;
    // A wording that changes a word or two is none: other seeds are tried, and then the user is told so.
    if (seed === undefined && readsAlike(paragraph, old)) continue;
    const doc = replaceParagraph(previous, fresh, index, paragraph);
    return { doc, label: `换一种说法：${PART_LABELS[part] ?? `第${part + 1}部分`}第${paragraphRank(previous, index)}段` };
  }
  throw new DraftRequestError('这一段没有别的说法可换（材料中的内容只有这一种写法）；可以换整个部分试试');
}

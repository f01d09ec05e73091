// 象 typed for 像 (an outside screen tester, session 24: 「象柳荫路这样的低洼路段」 passed the 校对
// unreported — one of the commonest slips in a 秘书科's drafts). The built-in lexicon flags 象 where
// it compares (「象…这样/一样」, 「就象」「不象」) and leaves the words of 象 alone (现象、形象、印象、
// 对象、大象、象征、象棋).
import { describe, expect, it } from 'vitest';
import { compileLexicon, proofText } from '../../core/proof/index.ts';
import { readProofLexicon } from '../../main/services/proof/load.ts';

const lex = compileLexicon(readProofLexicon());
const xiang = (text: string) =>
  proofText(text, lex)
    .filter((f) => f.suggestion === '像')
    .map((f) => f.offset);

describe('象 for 像', () => {
  it.each([
    ['各社区要做好排查，象杏花巷这样的低洼路段要提前布防。', 9],
    ['要象对待自家的事一样对待群众的事。', 1],
    ['这座桥就象一道屏障。', 4],
    ['材料写成这样，太不象话了。', 9],
    ['象这种情况，要当场纠正。', 0],
  ])('flags 「%s」', (text, at) => {
    expect(xiang(text)).toEqual([at]);
  });

  it.each([
    '这种现象一样存在，要引起重视。',
    '政府形象这样的大事，不能马虎。',
    '群众对这件事的印象这样深，说明工作做到了心坎上。',
    '服务对象一样要登记在册。',
    '这面旗帜象征着全镇干部群众的决心。',
    '大象一样的身躯。',
    '真象终于大白。',
    '各村要对照检查，做到底数清、情况明。',
  ])('leaves 「%s」 alone', (text) => {
    expect(xiang(text)).toEqual([]);
  });
});

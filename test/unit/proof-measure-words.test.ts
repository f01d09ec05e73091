// A measure word after its numeral is left alone (session 21's screen test: 「最后一课」 in 「上好防溺水“最后
// 一课”」 was flagged 疑似错别字 → 「最后一刻」, an 采纳 away from putting an error into the speech). Both read
// right; the numeral is no evidence for 一刻 over 一课 — only the text after the measure word can be, so the
// true catch 「一课也不能放松」 → 一刻 stays. Invented: 澜溪镇.
import { describe, expect, it } from 'vitest';
import { proofText } from '../../core/proof/index.ts';
import { loadProofLexicon } from '../../main/services/proof/load.ts';

const lex = loadProofLexicon();
const spelling = (text: string) => proofText(text, lex).filter((f) => f.rule.startsWith('spelling'));

describe('a numeral and its measure word', () => {
  it('「最后一课」, quoted or not, and 「第三季」 are not typos', () => {
    for (const text of [
      '澜溪镇中心小学要在暑假前上好防溺水“最后一课”，发放《致家长的一封信》。',
      '放假前，各校都要上好最后一课',
      '这是本学期的最后一课。',
      '澜溪镇文化节已经办到第三季。',
    ])
      expect(spelling(text), text).toEqual([]);
  });

  it('a slip the text after it bears out is still caught: 「一课也不能放松」 → 一刻', () => {
    const text = '汛期未过，澜溪镇巡堤查险一课也不能放松。';
    const found = spelling(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ offset: text.indexOf('课'), suggestion: '刻' });
  });
});

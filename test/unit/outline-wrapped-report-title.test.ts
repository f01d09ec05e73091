// A 政府工作报告's title set on two lines (s21-ui's find, 05:45): 「在…第九届人民代表大会」 over 「第三次会议上的
// 政府工作报告」 is one title (join.ts splitAtWord: 「在…」 opens a frame the second line closes), not two
// documents. Our own words (泷水县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const body = ['县长　窦明川', '（2027年1月9日）', '各位代表：', '现在，我代表县人民政府，向大会报告工作，请予审议。', '一、过去一年的工作', '过去一年，全县经济稳中有进，城乡居民收入稳步增长。'];

describe('a report title on two lines', () => {
  for (const kind of ['政府工作报告', '法院工作报告', '工作报告']) {
    it(`「…上的${kind}」 closes the 「在…」 of the line above: one title`, () => {
      const { documents } = analyse(['在泷水县第十届人民代表大会', `第二次会议上的${kind}`, ...body].join('\n'));
      expect(documents.map((d) => [d.title, d.speaker])).toEqual([[`在泷水县第十届人民代表大会第二次会议上的${kind}`, '县长　窦明川']]);
    });
  }
});

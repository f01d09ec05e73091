// Page numbers set between middle dots or bullets (「· 3 ·」「•3•」「・3・」), as printed 汇编 and many PDF readers set
// them (session 25, the outside tester's c02/x2): a page number, removed as 「- 3 -」 is, so that the running header
// under it is known as the page's too and the paragraph the page cut runs on across both. They had been joined into
// the sentence. The fixture collections/dot-page-marks-speech.txt (芮溪县 invented) is compared by library-collections.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const head = ['在芮溪县冬季防火工作会议上的讲话', '同志们：', '今天召开会议，部署全县冬季防火工作。', '一、认清形势'];
const cut = ['今冬以来全县降水偏少，林区可燃物积累较多，各乡镇要', '防火期内严禁一切野外用火。', '二、压实责任', '各乡镇要落实包山包片责任。'];

describe('a page number between dots in the middle of a paragraph', () => {
  for (const mark of ['· 3 ·', '·3·', '• 3 •', '・3・']) {
    it(`「${mark}」 is removed as a page number and the paragraph runs on across it`, () => {
      const { documents, report } = analyse([...head, cut[0]!, mark, cut.slice(1)].flat().join('\n'));
      expect(documents).toHaveLength(1);
      expect(documents[0]!.text.split('\n')).toContain(`${cut[0]}${cut[1]}`);
      expect(report.removed.find((r) => r.text === mark)?.reason).toBe('页码');
    });
  }

  it('a dot or a number in a sentence is not one', () => {
    const { documents } = analyse([...head, '全县共有·3·个重点林区，要逐一落实责任。'].join('\n'));
    expect(documents[0]!.text).toContain('全县共有·3·个重点林区');
  });
});

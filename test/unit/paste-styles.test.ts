// What the editor takes from pasted HTML before Lexical parses it: no inline styles, no <style>
// elements (each one is a CSP violation when parsed in the page), everything else as it was.
import { describe, expect, it } from 'vitest';
import { withoutStyles } from '../../renderer/src/editor/paste-html.ts';

describe('withoutStyles', () => {
  it('drops style attributes in any quoting and <style> elements, keeps text, tags and other attributes', () => {
    const word =
      '<html><head><style>\np.MsoNormal { margin: 0 }\n</style></head><body><p class="MsoNormal" style="font-family:\'仿宋_GB2312\';font-size:16pt" align=center>' +
      "一、<span style='font-weight:bold'>总体要求</span><b STYLE=color:red>，</b>style=\"不是属性\"</p></body></html>";
    expect(withoutStyles(word)).toBe('<html><head></head><body><p class="MsoNormal" align=center>一、<span>总体要求</span><b>，</b>style="不是属性"</p></body></html>');
  });

  it('leaves HTML without styles unchanged', () => {
    const plain = '<p data-style="x">第1项任务：<a href="#styles">排查</a></p>';
    expect(withoutStyles(plain)).toBe(plain);
  });
});

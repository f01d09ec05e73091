// A .docx with open tracked changes and comments (tester s14 c05): the text is read as accepted —
// inserted text in, deleted text out, no comment text — and the import's notices tell the user so,
// in Chinese; a file without revisions or comments says nothing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { countRevisions, revisionNotice } from '../../main/services/library/docx-revisions.ts';
import { readDocx } from '../../main/services/library/docx.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'collections');

describe('tracked changes and comments in a .docx', () => {
  it('reads the accepted text and says which version it read', async () => {
    const read = await readDocx(readFileSync(path.join(FIXTURES, 'revised-speeches-comments.docx')));
    expect(read.text).toContain('黛川镇林区面积占全镇国土面积六成以上');
    expect(read.text).not.toContain('乡干部包村');
    expect(read.text).not.toContain('此段请再压缩');
    expect(read.notices).toEqual(['本文件含未处理的修订 3 处（插入 2 处、删除 1 处），按全部接受修订后的文字导入：插入的文字已导入，删除的文字未导入；另有批注 2 条，批注文字未导入。']);
  });

  it('says nothing of a file without them', async () => {
    const read = await readDocx(readFileSync(path.join(FIXTURES, 'river-speeches-heading-styles.docx')));
    expect(read.notices).toBeUndefined();
  });

  it('counts revisions that hold text, not a moved paragraph mark or a change of formatting', () => {
    const xml =
      '<w:body><w:p><w:pPr><w:rPr><w:ins w:id="1"/></w:rPr></w:pPr><w:ins w:id="2"><w:r><w:t>新增</w:t></w:r></w:ins>' +
      '<w:r><w:rPr><w:rPrChange w:id="3"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>正文</w:t></w:r>' +
      '<w:del w:id="4"><w:r><w:delText>删去</w:delText></w:r></w:del><w:moveTo w:id="5"><w:r><w:t>移来</w:t></w:r></w:moveTo></w:p></w:body>';
    expect(countRevisions(xml)).toEqual({ inserted: 2, deleted: 1, comments: 0 });
    expect(revisionNotice({ inserted: 0, deleted: 0, comments: 1 })).toBe('本文件含批注 1 条，批注文字未导入。');
    expect(revisionNotice({ inserted: 0, deleted: 2, comments: 0 })).toBe('本文件含未处理的修订 2 处（删除 2 处），按全部接受修订后的文字导入：删除的文字未导入。');
    expect(revisionNotice({ inserted: 0, deleted: 0, comments: 0 })).toBeUndefined();
  });
});

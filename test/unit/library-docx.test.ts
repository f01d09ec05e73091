// .docx import: paragraph text with Word's automatic list numbers written back (from
// numbering.xml, directly and through a heading style), and the refusals: not a zip, an old .doc,
// a zip bomb that declares its size and one that lies about it.
import { Document, EndnoteReferenceRun, FootnoteReferenceRun, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { chineseNumber, docxToText, formatNumber, NOT_DOCX, RENAMED_HTML, RENAMED_TEXT, ZIP_BOMB } from '../../main/services/library/docx.ts';
import { analyseFileBytes, decodeFile } from '../../main/services/library/analysis.ts';
import { analyse } from '../../core/outline/index.ts';
import { buildDocx, docxParts, documentXml, handZip, type Para } from '../helpers/docx-fixture.ts';

const speech: Para[] = [
  { text: '在全县安全生产工作会议上的讲话' },
  { text: '同志们：' },
  { text: '今天召开这次会议，主要任务是部署安全生产工作。下面，我讲三点意见。' },
  { text: '提高认识，增强做好安全生产工作的责任感', num: { id: 1, level: 0 } },
  { text: '安全生产形势依然严峻。', num: undefined },
  { text: '认清形势', num: { id: 1, level: 1 } },
  { text: '正视差距', num: { id: 1, level: 1 } },
  { text: '突出重点，扎实推进各项工作', num: { id: 1, level: 0 } },
  { text: '抓好隐患排查', num: { id: 1, level: 1 } },
  { text: '建立台账', num: { id: 1, level: 2 } },
  { text: '限期整改', num: { id: 1, level: 2 } },
  { text: '逐项销号', num: { id: 1, level: 3 } },
  { text: '强化执法检查', num: { id: 1, level: 1 } },
  { text: '细化措施', num: { id: 1, level: 2 } },
  // Another list instance of the same definition continues the count, as Word draws it.
  { text: '加强领导，确保工作落到实处', num: { id: 2, level: 0 } },
  { text: '压实责任', num: { id: 2, level: 1 } },
  { text: '', num: { id: 2, level: 1 } },
  { text: '严格考核', num: { id: 2, level: 1 } },
  { text: '一个项目符号', num: { id: 4, level: 0 } },
  { text: '同志们，安全生产责任重于泰山。' },
];

describe('docx: Word numbering reconstructed', () => {
  it('writes 一、（一）1.（1） back in front of list paragraphs, restarting deeper levels', async () => {
    const text = await docxToText(await buildDocx(speech));
    expect(text.split('\n')).toEqual([
      '在全县安全生产工作会议上的讲话',
      '同志们：',
      '今天召开这次会议，主要任务是部署安全生产工作。下面，我讲三点意见。',
      '一、提高认识，增强做好安全生产工作的责任感',
      '安全生产形势依然严峻。',
      '（一）认清形势',
      '（二）正视差距',
      '二、突出重点，扎实推进各项工作',
      '（一）抓好隐患排查',
      '1.建立台账',
      '2.限期整改',
      '（1）逐项销号',
      '（二）强化执法检查',
      '1.细化措施',
      '三、加强领导，确保工作落到实处',
      '（一）压实责任',
      // The empty numbered paragraph is not output, but Word counts it: （二） is skipped.
      '（三）严格考核',
      '一个项目符号',
      '同志们，安全生产责任重于泰山。',
    ]);
  });

  it('numbering through a paragraph style (and its basedOn chain), restarted by startOverride', async () => {
    const paras: Para[] = [
      { text: '第一部分', num: { id: 1, level: 0 } },
      { text: '第二部分', num: { id: 1, level: 0 } },
      { text: '标题样式的一节', style: 'Heading1' },
      { text: '继承标题样式的一节', style: 'MyHeading' },
      { text: '直接去掉编号', style: 'Heading1', num: { id: 0, level: 0 } },
    ];
    const text = await docxToText(await buildDocx(paras, { styles: true }));
    // num 3 restarts level 0 at 1 on its first use.
    expect(text.split('\n')).toEqual(['一、第一部分', '二、第二部分', '一、标题样式的一节', '二、继承标题样式的一节', '直接去掉编号']);
  });

  it('a docx without numbering.xml gives the plain paragraphs', async () => {
    const text = await docxToText(await buildDocx(speech.slice(0, 5), { numbering: false }));
    expect(text.split('\n')[3]).toBe('提高认识，增强做好安全生产工作的责任感');
  });

  it('skips tracked deletions, field codes and tab-stop definitions; keeps tabs and line breaks', async () => {
    const zip = new JSZip();
    zip.file(
      'word/document.xml',
      `<w:document xmlns:w="x"><w:body>
        <w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>
          <w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除的</w:delText></w:r><w:r><w:tab/></w:r></w:del>
          <w:ins><w:r><w:t>插入的</w:t></w:r></w:ins>
          <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
          <w:r><w:tab/><w:t>A&amp;B&#x4E00;</w:t><w:br/><w:t>第二行</w:t></w:r>
        </w:p><w:p/><w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p>
      </w:body></w:document>`,
    );
    const text = await docxToText(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(text).toBe('保留插入的3\tA&B一\n第二行');
  });

  it('a line break inside a centred title is layout (joined); elsewhere it ends a line', async () => {
    const zip = new JSZip();
    const title = (jc: string) => `<w:p><w:pPr><w:jc w:val="${jc}"/></w:pPr><w:r><w:t>保障中央生态环境保护</w:t><w:br/><w:t>督察工作动员推进会纪要</w:t><w:br/><w:t>——在全区动员会上的讲话</w:t></w:r></w:p>`;
    zip.file(
      'word/document.xml',
      `<w:document xmlns:w="x"><w:body>${title('center')}${title('left')}<w:p><w:r><w:t>第一页末</w:t><w:br w:type="page"/><w:t>第二页首</w:t></w:r></w:p></w:body></w:document>`,
    );
    const text = await docxToText(await zip.generateAsync({ type: 'uint8array' }));
    expect(text.split('\n')).toEqual([
      '保障中央生态环境保护督察工作动员推进会纪要',
      '——在全区动员会上的讲话',
      '保障中央生态环境保护',
      '督察工作动员推进会纪要',
      '——在全区动员会上的讲话',
      '第一页末',
      '第二页首',
    ]);
  });

  it('formats Chinese and other Word number formats', () => {
    expect([1, 9, 10, 11, 19, 20, 21, 99, 100, 105, 110].map((n) => chineseNumber(n))).toEqual([
      '一', '九', '十', '十一', '十九', '二十', '二十一', '九十九', '一百', '一百零五', '一百一十',
    ]);
    expect(formatNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatNumber(3, 'decimalEnclosedCircleChinese')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatNumber(4, 'upperRoman')).toBe('IV');
    expect(formatNumber(28, 'lowerLetter')).toBe('bb');
  });
});

describe('docx: refusals', () => {
  it('a file that is not a zip', async () => {
    await expect(docxToText(Buffer.from('PK\u0003\u0004 broken zip'))).rejects.toThrow(NOT_DOCX);
    await expect(docxToText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(100).fill(1)]))).rejects.toThrow(new RegExp(`^${NOT_DOCX}$`));
  });

  it('a text file or a web page renamed .docx: the refusal says what it is and what to rename it to', async () => {
    await expect(docxToText(Buffer.from('这不是一个 Word 文件，只是改了扩展名的文本。'))).rejects.toThrow(`${NOT_DOCX}（${RENAMED_TEXT}）`);
    await expect(docxToText(Buffer.from('<!DOCTYPE html><html><body><p>讲话稿</p></body></html>'))).rejects.toThrow(`${NOT_DOCX}（${RENAMED_HTML}）`);
  });

  it('an old .doc (OLE compound file) renamed .docx says what to do', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await expect(docxToText(ole)).rejects.toThrow(/不是有效的 \.docx 文件（这是旧版 Word 的 \.doc 文件或加密的文档/);
  });

  it('a zip without word/document.xml', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', '你好');
    await expect(docxToText(await zip.generateAsync({ type: 'uint8array' }))).rejects.toThrow(`${NOT_DOCX}（缺少正文 word/document.xml）`);
  });

  it('a bomb that declares its size: refused before inflating', async () => {
    const bomb = handZip(docxParts(Buffer.from(documentXml([{ text: '正文' }])), 4_000_000_000));
    await expect(docxToText(bomb)).rejects.toThrow(ZIP_BOMB);
  });

  it('a bomb that lies about its size: inflation stopped at the limit', async () => {
    // 150 MB of XML whitespace deflates to ~150 KB; the headers claim 1 MB.
    const huge = Buffer.alloc(150 * 1024 * 1024, 0x20);
    Buffer.from('<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>').copy(huge, 0);
    const zip = handZip(docxParts(huge, 1_000_000));
    const t0 = performance.now();
    await expect(docxToText(zip)).rejects.toThrow(ZIP_BOMB);
    expect(performance.now() - t0).toBeLessThan(5000);
  });

  it('a ratio above 100:1 on a large part is refused even when the size is under the limit', async () => {
    const big = Buffer.alloc(20 * 1024 * 1024, 0x20);
    Buffer.from('<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>').copy(big, 0);
    await expect(docxToText(handZip(docxParts(big)))).rejects.toThrow(ZIP_BOMB);
  });
});

// The session-10 tester's c02 lost its footnotes and endnote without a word. Our own 纪要, made by the
// docx library as Word writes notes (word/footnotes.xml, word/endnotes.xml, separators included).
describe('docx: footnotes and endnotes', () => {
  const minutes = () =>
    Packer.toBuffer(
      new Document({
        footnotes: { 1: { children: [new Paragraph('县供水公司2024年报表数据。')] } },
        endnotes: { 1: { children: [new Paragraph('本纪要印发至各乡镇。')] } },
        sections: [
          {
            children: [
              new Paragraph('关于农村供水保障工作的专题会议纪要'),
              new Paragraph('6月10日，副县长李某某主持召开专题会议，研究农村供水保障工作。'),
              new Paragraph('一、关于水质检测'),
              new Paragraph({ children: [new TextRun('全县农村集中供水工程水质合格率达到96.4%'), new FootnoteReferenceRun(1), new TextRun('，会议要求继续提高。')] }),
              new Paragraph({ children: [new TextRun('会议要求各乡镇每月报送检测结果。'), new EndnoteReferenceRun(1)] }),
            ],
          },
        ],
      }),
    );

  it('are kept out of the text, reported as 脚注, and come back when kept', async () => {
    const bytes = await minutes();
    const a = await analyseFileBytes('docx', bytes);
    expect(a.documents).toHaveLength(1);
    const body = a.documents[0]!.text;
    expect(body).toContain('水质合格率达到96.4%，会议要求继续提高。');
    expect(body).not.toContain('县供水公司');
    expect(body).not.toContain('本纪要印发至各乡镇');
    const notes = a.report.removed.filter((r) => r.reason === '脚注');
    expect(notes.map((r) => r.text)).toEqual(['县供水公司2024年报表数据。', '本纪要印发至各乡镇。']);
    const read = await decodeFile('docx', bytes);
    const kept = analyse(read.text, { debris: read.debris, keep: [notes[0]!.line] });
    expect(kept.documents.map((d) => d.text).join('\n')).toContain('县供水公司2024年报表数据。');
  });
});

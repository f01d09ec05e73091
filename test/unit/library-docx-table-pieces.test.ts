// A 汇编 laid out as a table in Word — 序号 | 类别 | 材料内容, one whole piece in each row's last cell —
// is read as the pieces' text: each piece its own document with its outline; the row labels and the
// header row reported as the table's (表格栏目), restorable. A table of data stays one line a row.
// Our own pieces, made by the docx library; the session-11 tester's c01 had its two table pieces
// merged into one document titled after the 汇编, each piece one passage.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { analyseFileBytes, decodeFile } from '../../main/services/library/analysis.ts';
import { analyse } from '../../core/outline/index.ts';

const cell = (...paragraphs: string[]) => new TableCell({ children: paragraphs.map((p) => new Paragraph(p)) });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

const speech = [
  '在全镇防溺水工作会议上的讲话',
  '副镇长　沈某某（2024年6月3日）',
  '同志们：',
  '暑期将至，防溺水工作进入关键时期。今天召开会议，就是要把各项防范措施落实到每一处水域、每一名学生。',
  '一、摸清风险底数',
  '各村要对辖区内的河道、山塘、沟渠逐一排查，设立警示标志，配齐救生设施，建立危险水域台账。',
  '二、压实看护责任',
  '学校要在放假前开展一次安全教育，家长要切实履行监护责任，村组干部要在重点时段巡查重点水域。',
  '同志们，防溺水工作关系千家万户，大家一定要绷紧这根弦，确保暑期平安。',
];
const minutes = [
  '全镇集镇环境整治工作专题会议纪要',
  '2024年5月16日，镇长何某某在镇政府会议室主持召开专题会议，研究集镇环境整治工作。纪要如下：',
  '一、关于占道经营',
  '会议要求城管中队在5月底前完成集镇主街占道经营清理，设置临时摊点区，引导摊贩入区经营。',
  '二、关于垃圾清运',
  '会议同意增配两辆清运车，实行垃圾日产日清，环卫所每周对清运情况检查一次。',
  '出席：何某某、沈某某、镇城管中队、镇环卫所负责同志。',
];

const collection = () =>
  Packer.toBuffer(
    new Document({
      sections: [
        {
          children: [
            new Paragraph('2024年镇政府工作材料汇编'),
            new Table({ rows: [row(cell('序号'), cell('类别'), cell('材料内容')), row(cell('1'), cell('领导讲话'), cell(...speech)), row(cell('2'), cell('会议纪要'), cell(...minutes))] }),
          ],
        },
      ],
    }),
  );

describe('docx: a 汇编 in a table, a piece in each row', () => {
  it('each piece is its own document, with its outline', async () => {
    const a = await analyseFileBytes('docx', await collection());
    expect(a.documents.map((d) => [d.title, d.genre, d.year])).toEqual([
      ['在全镇防溺水工作会议上的讲话', 'speech', 2024],
      ['全镇集镇环境整治工作专题会议纪要', 'minutes', 2024],
    ]);
    expect(a.documents.map((d) => d.outline.map((n) => n.heading))).toEqual([
      ['摸清风险底数', '压实看护责任'],
      ['关于占道经营', '关于垃圾清运'],
    ]);
    const texts = a.documents.flatMap((d) => d.passages.map((p) => p.text));
    expect(texts).toContain('各村要对辖区内的河道、山塘、沟渠逐一排查，设立警示标志，配齐救生设施，建立危险水域台账。');
    expect(texts.join('\n')).not.toMatch(/ \| |序号|领导讲话/);
  });

  it('the labels and the header row are reported as the table\'s, and come back when kept', async () => {
    const bytes = await collection();
    const a = await analyseFileBytes('docx', bytes);
    const labels = a.report.removed.filter((r) => r.reason === '表格栏目');
    expect(labels.map((r) => r.text)).toEqual(['序号 | 类别 | 材料内容', '1 | 领导讲话', '2 | 会议纪要']);
    const read = await decodeFile('docx', bytes);
    const kept = analyse(read.text, { debris: read.debris, keep: [labels[1]!.line] });
    expect(kept.documents.flatMap((d) => d.passages.map((p) => p.text))).toContain('1 | 领导讲话');
  });

  it("a register's sign-off under its table of pieces is the table's; under a table of data it is text", async () => {
    // 序号 | 日期 | 标题 | 正文 (the date before the title), three fields on the sign-off line: 柘塘镇 invented.
    const body = speech.slice(2);
    const pieces = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('柘塘镇党政办讲话材料归档登记表'),
              new Table({ rows: [row(cell('序号'), cell('日期'), cell('标题'), cell('正文')), row(cell('1'), cell('2024年6月3日'), cell('在全镇防溺水工作会议上的讲话'), cell(...body)), row(cell('2'), cell('2024年5月16日'), cell(minutes[0]!), cell(...minutes.slice(1)))] }),
              new Paragraph('填表人：党政办 芦晓燕　　审核人：邝明远　　填表日期：2024年6月20日'),
            ],
          },
        ],
      }),
    );
    const a = await analyseFileBytes('docx', pieces);
    expect(a.documents.map((d) => d.title)).toEqual(['在全镇防溺水工作会议上的讲话', '全镇集镇环境整治工作专题会议纪要']);
    expect(a.documents.map((d) => d.text).join('\n')).not.toContain('填表人');
    expect(a.report.removed.filter((r) => r.reason === '表格栏目').map((r) => r.text)).toContain('填表人：党政办 芦晓燕　　审核人：邝明远　　填表日期：2024年6月20日');
    const data = await Packer.toBuffer(
      new Document({
        sections: [{ children: [new Table({ rows: [row(cell('序号'), cell('任务'), cell('责任单位')), row(cell('1'), cell('储备防汛物资'), cell('镇应急办'))] }), new Paragraph('填表人：芦晓燕')] }],
      }),
    );
    expect((await decodeFile('docx', data)).debris ?? []).toEqual([]);
  });

  it('a table of data stays one line a row', async () => {
    const bytes = await Packer.toBuffer(
      new Document({
        sections: [
          {
            children: [
              new Paragraph('全镇防汛重点任务分工表'),
              new Table({
                rows: [
                  row(cell('序号'), cell('任务'), cell('责任单位'), cell('完成时限')),
                  row(cell('1'), cell('排查山塘水库隐患，建立台账', '对发现的隐患逐一整改销号'), cell('镇水利站'), cell('5月31日前')),
                  row(cell('2'), cell('储备防汛物资'), cell('镇应急办'), cell('6月10日前')),
                ],
              }),
            ],
          },
        ],
      }),
    );
    const read = await decodeFile('docx', bytes);
    expect(read.text.split('\n')).toEqual([
      '全镇防汛重点任务分工表',
      '序号 | 任务 | 责任单位 | 完成时限',
      '1 | 排查山塘水库隐患，建立台账 对发现的隐患逐一整改销号 | 镇水利站 | 5月31日前',
      '2 | 储备防汛物资 | 镇应急办 | 6月10日前',
    ]);
    expect(read.debris ?? []).toEqual([]);
  });
});

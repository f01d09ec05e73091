// An OCR app's text (session 26, after the outside tester's c02): every printed line its own, cut at one width inside
// words, each paragraph's first line indented 「U+3000 U+3000」. A line cut at the width inside a sentence goes on with the next
// unindented line — a numbered heading longer than a line too, and a line whose last word happens to name a kind of
// document (「…进行全面总结」: prose, not a title). The whole fixture collections/ocr-lines-wrapped-headings.txt is
// compared by library-collections; here the edges (濉阳区 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const WIDTH = 24;
const INDENT = '\u3000\u3000';
/** A paragraph (indented) or a heading (not) cut into lines of WIDTH characters. */
const cut = (text: string, indent: boolean) => ((indent ? INDENT : '') + text).match(new RegExp(`.{1,${WIDTH}}`, 'gu'))!;
const prose = [
  '濉阳区去年以来扎实推进农村人居环境整治，全区村庄面貌发生了明显变化，群众的获得感和幸福感不断增强。',
  '各镇街要把这项工作摆上重要议事日程，主要负责同志要亲自抓，分管负责同志要具体抓，一级抓一级，层层抓落实。',
  '区直各有关部门要各司其职、密切配合，形成工作合力，切实帮助基层解决工作中遇到的实际困难和问题。',
  '要加强宣传引导，充分发挥村规民约的作用，引导群众自觉参与，真正变要我干为我要干，形成人人参与的良好氛围。',
  '要强化督查考核，把整治工作纳入年度目标考核，定期通报进展情况，对工作不力、进度滞后的严肃追责问责。',
  '要建立长效管护机制，落实保洁人员和管护经费，做到有制度、有队伍、有经费、有督查，防止出现反弹回潮。',
];
const body = prose.flatMap((p) => cut(p, true));
const title = '在濉阳区农村人居环境整治推进会议上的讲话';
const run = (lines: string[]) => analyse([title, '同志们：', ...lines].join('\n')).documents;

describe("an OCR app's lines cut at one width", () => {
  it('a numbered heading longer than a line goes on with the next, unindented line', () => {
    const heading = '一、提高站位，统一思想，切实增强做好农村人居环境整治工作的责任感';
    expect(cut(heading, false)).toHaveLength(2);
    const [doc] = run([...body, ...cut(heading, false), ...body]);
    expect(doc!.outline.map((n) => `${n.number}${n.heading}`)).toEqual([heading]);
    expect(doc!.text.split('\n')).toContain(heading);
  });

  it("a line cut after a word that names a document's kind (「…总结」) goes on: prose, not a title", () => {
    const opening = '今天，我们在这里召开人居环境整治推进会议，主要任务是对前一阶段各镇人居环境整治工作作全面总结，分析存在问题，部署下步工作。';
    const lines = cut(opening, true);
    expect(lines[1]!.endsWith('总结')).toBe(true);
    const [doc] = run([...lines, ...body]);
    expect(doc!.text.split('\n')).toContain(opening);
  });

  it('not a heading that ends at the width over an indented paragraph, nor before the next heading or title', () => {
    const full = '一、提高站位，统一思想，增强做好整治工作的责任感';
    expect(full).toHaveLength(WIDTH);
    const [doc] = run([full, ...body, '二、突出重点，补齐短板', ...body]);
    expect(doc!.outline.map((n) => `${n.number}${n.heading}`)).toEqual([full, '二、突出重点，补齐短板']);
    const next = '在濉阳区秸秆综合利用工作会议上的讲话';
    const docs = analyse([title, '同志们：', ...body, full, next, '同志们：', ...body].join('\n')).documents;
    expect(docs.map((d) => d.title)).toEqual([title, next]);
    // A paragraph whose last line fills the width with no mark at its end (the scan lost its 「。」): the title under it stays a title.
    const unended = cut('希望各镇街认真贯彻落实这次会议精神，以更加扎实的工作作风，推动全区整治工作不断取得更大的成效', true);
    expect(unended.every((line) => line.length === WIDTH)).toBe(true);
    const after = analyse([title, '同志们：', ...body, ...unended, next, '同志们：', ...body].join('\n')).documents;
    expect(after.map((d) => d.title)).toEqual([title, next]);
  });
});

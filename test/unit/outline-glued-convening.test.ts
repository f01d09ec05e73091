// A speech's title run on after the thanks that close the speech before (「…谢谢大家！在…会议上的讲话」), with no
// salutation under it: its text opens 「今天，我们在这里召开…」 (session 25; session 24's open shape). The line does not end
// with a sentence mark, so it had been joined with that opening into one paragraph and the two speeches stayed one.
// The whole fixture collections/glued-title-convening-speeches.txt is compared by library-collections; here the
// edges, in our own words (棠梨县, 芦溪镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const first = ['在棠梨县冬季森林防火工作会议上的讲话', '同志们：', '今天召开会议，部署全县冬季森林防火工作。', '一、认清形势', '今冬降水偏少，林区火险等级居高不下。', '二、压实责任', '各乡镇要落实包山包片责任，护林员要天天巡山。'];
const secondTitle = '在棠梨县冬季供暖保障工作会议上的讲话';
const second = ['今天，我们在这里召开全县冬季供暖保障工作会议，安排部署今冬供暖工作。', '一、保障热源供应', '县供热公司要储足燃料，确保按时供暖。', '二、加强管网巡检', '芦溪镇要在月底前完成老旧管网改造。', '谢谢大家！'];

describe('a title glued on after the thanks, over 「今天，我们…召开」', () => {
  it('is cut off the closing and starts the next speech, its opening a paragraph of its own', () => {
    const text = [...first, `同志们，森林防火责任重于泰山，希望大家守土尽责。谢谢大家！${secondTitle}`, ...second].join('\n');
    const { documents } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual([first[0], secondTitle]);
    expect(documents[0]!.text.trim().endsWith('谢谢大家！')).toBe(true);
    expect(documents[1]!.text.split('\n')).toContain(second[0]);
    expect(documents[1]!.outline.map((n) => n.heading)).toEqual(['保障热源供应', '加强管网巡检']);
  });

  it('so is one after a closing broken over two lines', () => {
    const text = [...first, '同志们，森林防火责任重于泰山，', `希望大家守土尽责。谢谢！${secondTitle}`, ...second].join('\n');
    expect(analyse(text).documents.map((d) => d.title)).toEqual([first[0], secondTitle]);
  });

  it('a speech that only thanks at its end stays whole, its last line not joined to anything', () => {
    const text = [...first, '同志们，森林防火责任重于泰山，希望大家守土尽责。谢谢大家！'].join('\n');
    const { documents } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual([first[0]]);
    expect(documents[0]!.outline).toHaveLength(2);
  });
});

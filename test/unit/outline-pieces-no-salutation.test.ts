// A speech without 「同志们：」 under its title, after the closing of the speech before (the s20 outside
// tester's c08, piece E): its title opens a document when the meeting is named under it (「今天，我们在
// 这里召开…」) or its parts start again at 「一、」. Our own words (沣口区 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const first = [
  '在全区食品安全工作会议上的讲话',
  '同志们：',
  '今天召开全区食品安全工作会议，主要是部署下半年工作。',
  '一、认清形势',
  '今年以来，全区共抽检食品二千一百批次。',
  '二、突出重点',
  '要重点整治小作坊、小餐饮、小食杂店。',
];

describe('a title after a closing, without a salutation under it', () => {
  it('over the meeting named: a document of its own', () => {
    const text = [...first, '同志们，食品安全关系千家万户，希望大家抓紧抓实！', '', '在全区特种设备安全工作推进会上的讲话', '今天，我们在这里召开全区特种设备安全工作推进会，主要是部署隐患整治工作。', '一、肯定成绩', '全区共检查电梯一千三百余台。'].join('\n');
    expect(analyse(text).documents.map((d) => d.title)).toEqual(['在全区食品安全工作会议上的讲话', '在全区特种设备安全工作推进会上的讲话']);
  });

  it('over parts numbered from 一、 again: a document of its own', () => {
    const text = [...first, '同志们，食品安全关系千家万户，希望大家抓紧抓实！', '在全区价格监督检查工作会议上的讲话', '一、上半年工作回顾', '上半年，全区共开展价格检查一百二十次。'].join('\n');
    expect(analyse(text).documents.map((d) => d.title)).toEqual(['在全区食品安全工作会议上的讲话', '在全区价格监督检查工作会议上的讲话']);
  });

  it('inside a speech, a line after an exclamation with the parts going on is no new document', () => {
    const text = [...first, '安全生产，人人有责！', '学习贯彻省食品安全工作会议上的讲话', '会后，各街道要组织干部认真学习，结合实际抓好落实。', '三、强化保障', '各街道要明确一名分管领导具体负责。'].join('\n');
    const { documents } = analyse(text);
    expect(documents).toHaveLength(1);
  });
});

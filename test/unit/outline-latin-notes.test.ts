// A note in English among the speeches of a folder (the s21 outside tester's EXPECTED.md, imported with
// the folder she chose): the file is hers and is imported, but it is no 讲话 to learn from — genre
// 'other', no heading patterns. A Chinese speech with a web address and a few Latin words stays a speech.
// Our own words (溱坪镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse, harvestPatterns } from '../../core/outline/index.ts';

const NOTE = [
  '# Folder notes — speeches of 溱坪镇 kept for the 2026 review',
  'Expected: **2 documents** (speeches).',
  '1. 「在溱坪镇春季防火工作会议上的讲话」 — level-1:',
  '   - 一、压实防火责任',
  '   - 二、严管野外火源',
  '2. 「在溱坪镇汛前检查工作会议上的讲话」 — level-1:',
  '   - 一、查隐患',
  '   - 二、补短板',
  'Removed: the site footer and the truncation notice; nothing else should be dropped.',
].join('\n');

const SPEECH = [
  '在溱坪镇春季防火工作会议上的讲话',
  '同志们：',
  '春季风干物燥，防火形势严峻。群众可登录https://www.qinping-demo.gov.cn/ 举报违规用火，也可拨打12345热线。',
  '一、压实防火责任',
  '各村要把责任落实到每一座山头，护林员要用好GPS巡护终端，每天上传巡山轨迹。',
  '二、严管野外火源',
  '进山路口要设卡检查，严禁携带火种进山。',
  '同志们，防火工作容不得半点马虎，大家务必抓紧抓实！',
].join('\n');

describe('a note mostly in Latin letters', () => {
  it('is other, with no heading patterns to draft from', () => {
    const { documents } = analyse(NOTE);
    expect(documents.map((d) => d.genre)).toEqual(['other']);
    expect(documents.flatMap((d) => harvestPatterns(d))).toEqual([]);
  });

  it('a Chinese speech with a web address and Latin words stays a speech', () => {
    expect(analyse(SPEECH).documents.map((d) => [d.title, d.genre])).toEqual([['在溱坪镇春季防火工作会议上的讲话', 'speech']]);
  });
});

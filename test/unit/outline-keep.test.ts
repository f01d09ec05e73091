// Undoing a removal: analyse with `keep` (raw line numbers) leaves those lines in the text as they
// stand, and changes nothing else — the other removals, the other documents and passages.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { SHARED } from '../helpers/examples.ts';

const RAW = [
  '在全县创卫工作推进会议上的讲话',
  '同志们：',
  '今天召开会议，部署创卫工作。',
  '下面是小编为大家整理的讲话稿，仅供参考。',
  '一、提高认识',
  '各单位要关注公众号“某县发布”，及时通报创卫进展。',
  '创卫工作是民生工程，关系群众切身利益，必须抓紧抓好。',
  '## 二、压实责任',
  '各乡镇要落实属地责任，确保工作不留死角。',
  '原文链接：https://www.example.com/a/1.html',
  '同志们，让我们共同努力！',
].join('\n');

const line = (text: string) => RAW.split('\n').indexOf(text) + 1;
const AD = line('各单位要关注公众号“某县发布”，及时通报创卫进展。');

describe('analyse with keep', () => {
  it('without keep, the false positive (a sentence naming a 公众号) is removed as an advert', () => {
    const { documents, report } = analyse(RAW);
    expect(report.removed.find((r) => r.line === AD)).toMatchObject({ reason: '广告' });
    expect(documents[0]!.text).not.toContain('公众号');
    expect(report.kept).toBeUndefined();
  });

  it('a kept line is back in the text and its passages, gone from the report, recorded as kept', () => {
    const before = analyse(RAW);
    const after = analyse(RAW, { keep: [AD] });
    const doc = after.documents[0]!;
    expect(doc.text).toContain('各单位要关注公众号“某县发布”，及时通报创卫进展。');
    expect(doc.passages.some((p) => p.text.includes('公众号') && p.path === '一')).toBe(true);
    expect(after.report.kept).toEqual([AD]);
    // Every other removal is still made, exactly as before.
    expect(after.report.removed).toEqual(before.report.removed.filter((r) => r.line !== AD));
    // The outline and the other passages are unchanged.
    expect(doc.outline.map((n) => n.heading)).toEqual(before.documents[0]!.outline.map((n) => n.heading));
    expect(doc.passages.filter((p) => !p.text.includes('公众号'))).toEqual(before.documents[0]!.passages);
  });

  it('a line with several removals (a markdown mark) keeps them all; keeps add up; order and duplicates do not matter', () => {
    const md = line('## 二、压实责任');
    const link = line('原文链接：https://www.example.com/a/1.html');
    const a = analyse(RAW, { keep: [link, md, AD, md] });
    expect(a.report.kept).toEqual([AD, md, link]);
    expect(a.report.removed.map((r) => r.line)).toEqual([line('下面是小编为大家整理的讲话稿，仅供参考。')]);
    expect(a.documents[0]!.text).toContain('## 二、压实责任');
    expect(a.documents[0]!.text).toContain('原文链接：https://www.example.com/a/1.html');
    expect(analyse(RAW, { keep: [md, link, AD] })).toEqual(a);
  });

  it('keeping a line that was not removed, or a line number past the end, changes nothing but the record', () => {
    const before = analyse(RAW);
    const after = analyse(RAW, { keep: [3, 999] });
    expect(after.documents).toEqual(before.documents);
    expect(after.report.removed).toEqual(before.report.removed);
  });

  it('a kept collection mark stays in the title; a kept 目录 heading comes back alone', () => {
    const two = readFileSync(join(SHARED, 'genre', 'speech-cw-review-two.txt'), 'utf8');
    const mark = analyse(two).report.removed.find((r) => r.reason === '合集标记')!;
    const kept = analyse(two, { keep: [mark.line] });
    expect(kept.documents[0]!.title).toContain('（两篇）');
    expect(kept.report.removed.some((r) => r.reason === '合集标记')).toBe(false);

    const living = readFileSync(join(SHARED, 'genre', 'speech-living-environment.txt'), 'utf8');
    const before = analyse(living);
    const head = before.report.removed.find((r) => r.reason === '目录')!;
    const again = analyse(living, { keep: [head.line] });
    // The 目录 heading comes back alone: the block is still recognised, its entries still removed.
    expect(again.report.removed).toEqual(before.report.removed.filter((r) => r.line !== head.line));
    expect(again.documents).toHaveLength(1);
  });

  it('only the kept line comes back: the companions swept with an advert stay removed', () => {
    const raw = readFileSync(join(SHARED, 'genre', 'report-waste-sorting.txt'), 'utf8');
    const before = analyse(raw);
    const first = before.report.removed[0]!;
    expect(first.reason).toBe('网站提示');
    const after = analyse(raw, { keep: [first.line] });
    expect(after.report.removed).toEqual(before.report.removed.slice(1));
    expect(after.documents[0]!.text).toContain(first.text);
  });
});

// OCR's misreadings mended before the analysis reads a scanned document's lines (core/outline/ocr.ts):
// each mend on its own, what must stay as it is, and the report's count.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { mendOcr } from '../../core/outline/ocr.ts';
import type { Line } from '../../core/outline/lines.ts';
import type { Removal } from '../../core/outline/types.ts';

function mend(text: string): { text: string; removed?: string; reported: Removal[] } {
  const line: Line = { no: 1, raw: text, text };
  const reported: Removal[] = [];
  mendOcr(line, reported);
  return { text: line.text, removed: line.removed, reported };
}

describe('OCR misreadings', () => {
  it('a title spaced out letter by letter is closed up; names and words set apart are not', () => {
    expect(mend('关 于 加 强 全 镇 防 汛 工 作 的 讲 话').text).toBe('关于加强全镇防汛工作的讲话');
    expect(mend('在 全 区 安 全 生 产 会 议 上 的 讲 话（摘 要）').text).toBe('在全区安全生产会议上的讲话（摘要）');
    expect(mend('县长　王　强').text).toBe('县长　王　强');
    expect(mend('县委副书记　马 少 川').text).toBe('县委副书记　马少川');
    expect(mend('县长 王 强').text).toBe('县长 王 强');
    expect(mend('会议时间 2024年 地点 镇政府').text).toBe('会议时间 2024年 地点 镇政府');
  });

  it('a dash read for 一 opens a heading again; a dash in a sentence stays', () => {
    expect(mend('—、统一思想').text).toBe('一、统一思想');
    expect(mend('- 、统一思想').text).toBe('一、统一思想');
    expect(mend('（—）排查隐患').text).toBe('（一）排查隐患');
    expect(mend('三 、压实责任').text).toBe('三、压实责任');
    expect(mend('——在全镇大会上的讲话').text).toBe('——在全镇大会上的讲话');
    expect(mend('—是排查隐患。').text).toBe('—是排查隐患。');
  });

  it('a date with a letter for a digit or a space between digits is mended only when it is a real date', () => {
    expect(mend('（2O23年10月16日）').text).toBe('（2023年10月16日）');
    expect(mend('2023年5月1 2日上午，镇长主持召开会议').text).toBe('2023年5月12日上午，镇长主持召开会议');
    expect(mend('（2O2l年3月5日）').text).toBe('（2021年3月5日）');
    expect(mend('共投入1 200万元，2023年完成').text).toBe('共投入1 200万元，2023年完成');
    expect(mend('5月4 5日').text).toBe('5月4 5日');
  });

  it('a scanning app\'s stamp is removed and reported, alone on its line or glued to text', () => {
    expect(mend('扫描全能王 创建').removed).toBe('扫描水印');
    const glued = mend('村庄面貌明显改善。扫描全能王 创建');
    expect(glued.text).toBe('村庄面貌明显改善。');
    expect(glued.reported).toEqual([{ line: 1, text: '扫描全能王 创建', reason: '扫描水印' }]);
  });

  it('a letter-spaced title over two lines is one title, and its running header goes between the halves of a sentence', () => {
    const raw = [
      '在 全 镇 汛 期 地 质 灾 害 防 治',
      '工 作 会 议 上 的 讲 话',
      '同志们：',
      '一、提高认识',
      '今年汛期降雨集中，各村要对隐患点开展',
      '',
      '— 1 —',
      '',
      '桃 源 镇 讲 话 材 料',
      '拉网式排查，确保不漏一处。',
      '二、落实责任',
      '',
      '— 2 —',
      '',
      '桃 源 镇 讲 话 材 料',
      '各村要明确监测员。',
    ].join('\n');
    const { documents, report } = analyse(raw);
    expect(documents.map((d) => d.title)).toEqual(['在全镇汛期地质灾害防治工作会议上的讲话']);
    expect(documents[0]!.text).toContain('各村要对隐患点开展拉网式排查');
    expect(report.removed.filter((r) => r.reason === '页眉页脚').map((r) => r.line)).toEqual([9, 15]);
  });

  it('the report counts the mended lines; a line the user kept is taken as it stands', () => {
    const raw = '关 于 全 镇 秸 秆 禁 烧 工 作 的 讲 话\n同志们：\n—、提高认识\n今年禁烧形势严峻。';
    const { documents, report } = analyse(raw);
    expect(documents[0]!.title).toBe('关于全镇秸秆禁烧工作的讲话');
    expect(report.ocrMended).toBe(2);
    expect(analyse(raw, { keep: [3] }).documents[0]!.text).toContain('—、提高认识');
  });
});

// An OA system's routing form before a piece (core/outline/form.ts): removed and reported as 发文稿纸,
// separating the pieces; a 公文's own 主送/抄送 lines and an ordinary table are no form.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = (title: string, task: string) => [title, '同志们：', '今天召开会议，部署有关工作。', `一、${task}`, '各单位要抓紧抓实，确保按时完成。', '同志们，让我们共同努力！'];

describe('an OA routing form', () => {
  it('under its name or not, with the system\'s line after it, goes; the piece after it is titled by its own title', () => {
    const raw = [
      '石门镇人民政府发文稿纸',
      '签发 | 覃立国 | 会签 | 镇财政所',
      '核稿 | 黄丽 | 拟稿 | 党政办　韦明',
      '标题 | 在全镇森林防火工作会议上的讲话',
      '流水号：SM-2025-0041',
      ...speech('在全镇森林防火工作会议上的讲话', '压实防火责任'),
      '密级 | 无 | 缓急 | 平件',
      '标题 | 在全镇春耕生产工作会议上的讲话',
      '印制 | 党政办 | 份数 | 30',
      ...speech('在全镇春耕生产工作会议上的讲话', '抓好春耕备耕'),
    ].join('\n');
    const { documents, report } = analyse(raw);
    expect(documents.map((d) => d.title)).toEqual(['在全镇森林防火工作会议上的讲话', '在全镇春耕生产工作会议上的讲话']);
    expect(report.removed.filter((r) => r.reason === '发文稿纸').map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 12, 13, 14]);
    expect(documents[0]!.text).not.toContain('密级');
  });

  it('a 公文\'s 主送 and 抄送 lines and a task table stay', () => {
    const raw = [
      ...speech('在全镇森林防火工作会议上的讲话', '压实防火责任'),
      '序号 | 任务 | 责任单位',
      '1 | 标题 | 镇林业站',
      '2 | 附件 | 镇党政办',
      '主送：各村民委员会',
    ].join('\n');
    const { report } = analyse(raw);
    expect(report.removed.filter((r) => r.reason === '发文稿纸')).toEqual([]);
  });
});

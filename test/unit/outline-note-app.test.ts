// A speech kept in a note app and exported as Markdown: the user's callout (「> [!note] …」 and the
// quoted lines under it) is their own remark, not the speech; 「==…==」 highlights and 「[^1]」 marks
// are marks; a footnote's text 「[^1]: …」 is set apart. Each is removed, reported and restorable.
// Our own words; the session-10 tester's c05 had the note glued into a 任务 paragraph.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const RAW = [
  '## 在全县招商引资工作会议上的讲话',
  '同志们：',
  '今天召开会议，部署全年招商引资工作。',
  '### 一、明确目标',
  '要围绕三大主导产业开展精准招商。==今年力争新签约亿元以上项目30个。==',
  '',
  '> [!note] 我的想法',
  '> 这一段的结构明年可以参考。',
  '> 第二句也可以用。',
  '',
  '### 二、优化服务',
  '要落实项目全程代办制度，让企业办事少跑腿。[^1]',
  '> 优化营商环境没有最好，只有更好。',
  '同志们，让我们共同努力！',
  '',
  '[^1]: 全程代办：由县政务服务中心专人代办审批手续。',
].join('\n');
const line = (text: string) => RAW.split('\n').indexOf(text) + 1;

describe('a note app export', () => {
  const { documents, report } = analyse(RAW);
  const text = documents.map((d) => d.text).join('\n');

  it('the callout is not in the speech: reported as 笔记, line by line', () => {
    expect(documents).toHaveLength(1);
    expect(text).not.toContain('我的想法');
    expect(text).not.toContain('明年可以参考');
    expect(report.removed.filter((r) => r.reason === '笔记').map((r) => r.line)).toEqual([7, 8, 9]);
    // The paragraph before it ends where it ended.
    expect(documents[0]!.passages.map((p) => p.text)).toContain('要围绕三大主导产业开展精准招商。今年力争新签约亿元以上项目30个。');
  });

  it('a quote that is the speech\'s own text stays', () => {
    expect(text).toContain('优化营商环境没有最好，只有更好。');
  });

  it('highlights and footnote marks are removed as marks; the footnote text is set apart', () => {
    expect(text).not.toMatch(/==|\[\^/);
    expect(text).toContain('让企业办事少跑腿。');
    expect(report.removed.find((r) => r.line === line('[^1]: 全程代办：由县政务服务中心专人代办审批手续。'))).toMatchObject({ reason: '脚注' });
    expect(text).not.toContain('专人代办');
    expect(documents[0]!.outline.map((n) => n.heading)).toEqual(['明确目标', '优化服务']);
  });

  it('kept, the note and the footnote come back, and nothing else changes', () => {
    const kept = analyse(RAW, { keep: [8, line('[^1]: 全程代办：由县政务服务中心专人代办审批手续。')] });
    const keptText = kept.documents.map((d) => d.text).join('\n');
    expect(keptText).toContain('这一段的结构明年可以参考。');
    expect(keptText).toContain('专人代办');
    expect(keptText).not.toContain('我的想法');
    expect(kept.report.removed.filter((r) => r.reason === '笔记').map((r) => r.line)).toEqual([7, 9]);
  });
});

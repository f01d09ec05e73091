// A knowledge base's Markdown (语雀, VuePress): a container box 「::: tip 说明」 … 「:::」 or 「::: warning 待核实」 … 「:::」 is
// the writer's note, not the text — removed with its fences as 笔记 (restorable); a folding box's tags 「<details>」
// 「</details>」 and its label 「<summary>…（点击展开）</summary>」 are the page's markup (session 25, the outside tester's
// c08). The whole fixture collections/kb-book-boxes-speeches.md (莼川县 invented) is compared by library-collections.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = ['## 在莼川县冬季造林工作会议上的讲话', '', '同志们：', '', '今天召开会议，部署今冬明春造林绿化工作。', '', '**一、明确造林任务**', '', '全县今冬明春完成造林一万二千亩。'];

describe('knowledge-base boxes in a Markdown file', () => {
  it('a 「::: warning」 box inside a speech goes whole, as a note, and can be kept', () => {
    const lines = [...speech, '', '::: warning 待核实', '造林面积请与县林业局核对。', ':::', '', '**二、落实管护责任**', '', '各乡镇要落实造林地块管护责任。'];
    const { documents, report } = analyse(lines.join('\n'));
    expect(documents).toHaveLength(1);
    expect(documents[0]!.text).not.toMatch(/:::|核对/);
    expect(documents[0]!.outline.map((n) => n.heading)).toEqual(['明确造林任务', '落实管护责任']);
    expect(report.removed.filter((r) => r.reason === '笔记').map((r) => r.text)).toEqual(['::: warning 待核实', '造林面积请与县林业局核对。', ':::']);
    const kept = analyse(lines.join('\n'), { keep: [12] }).documents[0]!.text;
    expect(kept).toContain('造林面积请与县林业局核对。');
  });

  it('a folding box: its tags and its label go, the lines inside it stay', () => {
    const lines = [speech[0]!, '', '<details>', '<summary>会议信息（点击展开）</summary>', '', '- 时间：2026年11月20日上午', '', '</details>', ...speech.slice(1)];
    const { documents } = analyse(lines.join('\n'));
    expect(documents[0]!.text).not.toMatch(/details|summary|点击展开/);
    expect(documents[0]!.text).toContain('时间：2026年11月20日上午');
  });

  it('a 「:::」 line with no box to close, and colons in a sentence, stay', () => {
    const lines = [...speech, '', '::: 以下为附表', '', '各乡镇造林任务：城关镇三千亩，其余各乡镇各一千亩。'];
    expect(analyse(lines.join('\n')).documents[0]!.text).toContain('以下为附表');
  });
});

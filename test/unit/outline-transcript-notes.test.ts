// What a transcript or a 印发稿 records besides the speech: the audience's reaction (「（掌声）」
// 「（热烈掌声）」「（笑声）」), the editor's credit line (「（整理：… 校对：…）」) and note on how the text
// was made after the speaker (「（根据录音整理，未经本人审阅）」). Removed and reported, restorable;
// the speech's own words about applause stay. Our own words; the session-10 tester's c07 and the
// session-11 tester's c04 had them kept in passages and in the speaker's line.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = [
  '在全镇敬老月活动启动仪式上的讲话',
  '（2025年10月8日）',
  '镇长　孙某某（根据录音整理，未经本人审阅）',
  '同志们、朋友们：',
  '今天，我们在这里启动全镇敬老月活动。首先，我代表镇党委、镇政府，向全镇老年朋友致以节日的问候！（热烈掌声）',
  '一、把好事办好',
  '去年全镇新建日间照料中心三处，老人们说，吃饭有了去处，聊天有了伴儿。（笑声）',
  '（掌声）',
  '二、把实事办实',
  '上一次在敬老院，老人们给志愿者送上了阵阵掌声，这份认可比什么都珍贵。',
  '（整理：镇党政办　赵某某　校对：钱某某）',
  '谢谢大家！（长时间热烈鼓掌）',
].join('\n');

describe('a transcript\'s notes', () => {
  const { documents, report } = analyse(speech);
  const doc = documents[0]!;
  const texts = doc.passages.map((p) => p.text);

  it('are out of the passages, the speech\'s own words about applause kept', () => {
    expect(documents).toHaveLength(1);
    expect(texts.join('')).not.toMatch(/[（(][^（）()]*(?:掌声|鼓掌|笑声)[^（）()]*[）)]|整理：|校对：/);
    expect(texts).toContain('今天，我们在这里启动全镇敬老月活动。首先，我代表镇党委、镇政府，向全镇老年朋友致以节日的问候！');
    expect(texts).toContain('去年全镇新建日间照料中心三处，老人们说，吃饭有了去处，聊天有了伴儿。');
    expect(texts).toContain('上一次在敬老院，老人们给志愿者送上了阵阵掌声，这份认可比什么都珍贵。');
    expect(texts.at(-1)).toBe('谢谢大家！');
    expect(doc.outline.map((n) => n.heading)).toEqual(['把好事办好', '把实事办实']);
  });

  it('the speaker\'s line is the speaker, the note on it reported', () => {
    expect(doc.speaker).toBe('镇长　孙某某');
    expect(doc.year).toBe(2025);
    expect(report.removed).toContainEqual({ line: 3, text: '（根据录音整理，未经本人审阅）', reason: '整理说明' });
  });

  it('are each reported, with their line', () => {
    const stage = report.removed.filter((r) => r.reason === '现场反应');
    expect(stage.map((r) => [r.line, r.text])).toEqual([
      [5, '（热烈掌声）'],
      [7, '（笑声）'],
      [8, '（掌声）'],
      [12, '（长时间热烈鼓掌）'],
    ]);
    expect(report.removed).toContainEqual(expect.objectContaining({ line: 11, text: '（整理：镇党政办　赵某某　校对：钱某某）', reason: '整理说明' }));
  });

  it('come back when the user keeps their line', () => {
    const kept = analyse(speech, { keep: [3, 5, 11] }).documents[0]!;
    expect(kept.speaker).toBe('镇长　孙某某（根据录音整理，未经本人审阅）');
    const keptTexts = kept.passages.map((p) => p.text);
    expect(keptTexts[0]).toMatch(/致以节日的问候！（热烈掌声）$/);
    expect(keptTexts).toContain('（整理：镇党政办　赵某某　校对：钱某某）');
  });

  it('a 会议记录\'s 记录 field is no credit line', () => {
    const minutes = ['防汛工作会议记录', '时间：2025年6月3日上午', '地点：镇政府会议室', '主持人：镇长　李某某', '记录：王某某', '会议内容：', '一、部署汛前检查', '各村要在6月10日前完成隐患排查。'].join('\n');
    const [m] = analyse(minutes).documents;
    expect(m!.passages.map((p) => p.text).join('\n')).toContain('记录：王某某');
  });
});

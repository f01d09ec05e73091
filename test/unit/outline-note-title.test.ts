// An untitled speech whose last line is the editor's note naming the speaker and the meeting
// (「（本文根据…同志在…上的讲话录音整理，未经本人审阅）」): the title and speaker come from it, and the
// note is removed as 整理说明 — restored, it is text again and gives nothing. After the outside tester's
// s19 c02 doc 3; our own words (溱湖县's fixture is the .txt form).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const lines = [
  '同志们：',
  '今天召开全乡秋冬季造林绿化工作会议，我讲两点意见。',
  '一、认清任务',
  '今年全乡要完成植树造林1200亩。',
  '二、抓好落实',
  '各村要在11月底前把苗木落实到地块。',
  '同志们，请大家抓紧行动！',
  '（本文系冉志刚同志在全乡秋冬季造林绿化工作会议上的讲话记录整理）',
];

describe('a title from the editor\'s note at the foot', () => {
  it('gives the title and the speaker; the note is 整理说明, not the last passage', () => {
    const { documents, report } = analyse(lines.join('\n'));
    expect(documents.map((d) => [d.title, d.speaker, d.titleFromText ?? false])).toEqual([['在全乡秋冬季造林绿化工作会议上的讲话', '冉志刚', false]]);
    expect(documents[0]!.passages.at(-1)!.text).toBe('同志们，请大家抓紧行动！');
    expect(report.removed).toContainEqual({ line: 8, text: lines[7], reason: '整理说明' });
  });

  it('restored, the note is text again, and still names the speech', () => {
    const { documents } = analyse(lines.join('\n'), { keep: [8] });
    expect(documents[0]!.title).toBe('在全乡秋冬季造林绿化工作会议上的讲话');
    expect(documents[0]!.passages.at(-1)!.text).toBe(lines[7]);
  });

  it('a titled speech keeps its title; a note that names no meeting gives none', () => {
    const titled = analyse(['在全乡护林防火工作会议上的讲话', ...lines].join('\n')).documents[0]!;
    expect(titled.title).toBe('在全乡护林防火工作会议上的讲话');
    const vague = analyse([...lines.slice(0, 7), '（本文根据录音整理）'].join('\n')).documents[0]!;
    expect(vague.title).toBe('在全乡秋冬季造林绿化工作会议上的讲话（据正文）');
  });
});

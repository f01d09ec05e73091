// Collections in styles the other fixtures do not have (session 20, for issue 17's held-out collection;
// 柘岭镇 and the rest invented): spaced and dressed piece marks, 「精选第N篇：」 before a title, a 相关推荐 list
// with an advert after it, and a speech's 「微信群」. The whole collections are compared in
// library-collections (straw-speeches-spaced-marks.txt, straw-speeches-picked-html.html); the rules here.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { pieceMark } from '../../core/outline/pieces.ts';

const speech = (title: string, part: string) => [title, '同志们：', '今天召开这次会议，部署秸秆禁烧工作。下面，我讲两点意见。', `一、${part}`, '各乡镇要把各项任务落实到村到组到户，确保取得实效。', '二、强化督查', '县督查室要加强督查，对工作不力的严肃问责。'];
const removedAs = (text: string, reason: string) => analyse(text).report.removed.filter((r) => r.reason === reason).map((r) => r.text);

describe('piece marks in more styles', () => {
  it('「第 3 篇」 spaced, 「精选第5篇：」 before a title, 「◆ 篇二 ◆」 and 「—— 第4篇 ——」 dressed', () => {
    expect(pieceMark('第 3 篇')).toMatchObject({ title: '', after: false });
    expect(pieceMark('精选第5篇：在全县会议上的讲话')).toMatchObject({ mark: '精选第5篇：', title: '在全县会议上的讲话' });
    expect(pieceMark('◆ 篇二 ◆')).toMatchObject({ mark: '◆ 篇二 ◆', title: '' });
    expect(pieceMark('—— 第4篇 ——')).toMatchObject({ title: '' });
    // A dressed line that is no mark, and a mark's words in a sentence, are none.
    expect(pieceMark('◆ 重要提示 ◆')).toBeUndefined();
    expect(pieceMark('◆ 篇二讲的是防火 ◆')).toBeUndefined();
    expect(pieceMark('这是第 3 篇文章的内容，讲的是防汛。')).toBeUndefined();
  });

  it('a dressed mark between two speeches is removed, not left at the end of the first', () => {
    const text = [...speech('在柘岭镇秸秆禁烧会上的讲话', '压实责任'), '◆ 篇二 ◆', ...speech('在桤木乡秸秆禁烧会上的讲话', '加强巡查')].join('\n');
    const { documents } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在柘岭镇秸秆禁烧会上的讲话', '在桤木乡秸秆禁烧会上的讲话']);
    expect(documents[0]!.text).not.toContain('◆');
  });
});

describe('a 相关推荐 list between pieces', () => {
  it('stops before the next piece: an advert after it does not carry the sweep into the mark and the title', () => {
    const text = [...speech('在柘岭镇秸秆禁烧会上的讲话', '压实责任'), '相关推荐：', '· 秸秆禁烧工作总结', '', '本文档由用户上传，如有侵权请联系删除', '', '精彩内容', '柘岭镇秸秆禁烧工作会议记录', '时间：2026年5月12日上午', '地点：镇政府会议室', '记录人：杜晓岚', '会议研究部署了秸秆禁烧工作。'].join('\n');
    expect(removedAs(text, '相关推荐')).not.toContain('柘岭镇秸秆禁烧工作会议记录');
  });

  it('takes its last entry before a piece’s mark, which is no title', () => {
    const text = [...speech('在柘岭镇秸秆禁烧会上的讲话', '压实责任'), '', '相关推荐', '', '秸秆禁烧工作表态发言', '', '在全镇环境整治会上的讲话', '', '精选第2篇：在桤木乡秸秆禁烧会上的讲话', ...speech('', '加强巡查').slice(1)].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在柘岭镇秸秆禁烧会上的讲话', '在桤木乡秸秆禁烧会上的讲话']);
    expect(report.removed.filter((r) => r.reason === '相关推荐').map((r) => r.text)).toEqual(['相关推荐', '秸秆禁烧工作表态发言', '在全镇环境整治会上的讲话']);
  });
});

describe('a speech’s 微信群', () => {
  it('is the speech’s words; an advert naming one is still an advert', () => {
    const said = '要通过大喇叭、微信群、入户走访等方式，广泛宣传秸秆禁烧政策。';
    const text = [...speech('在柘岭镇秸秆禁烧会上的讲话', '压实责任'), said, '扫码加入微信群，免费领取讲话稿范文模板'].join('\n');
    const { documents, report } = analyse(text);
    expect(documents[0]!.text).toContain(said);
    expect(report.removed.map((r) => r.text)).toContain('扫码加入微信群，免费领取讲话稿范文模板');
  });
});

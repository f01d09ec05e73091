// Text beside a page's article is one entry of the removal report, however the parser cut it: a
// 范文 site's advert 「<b>【会员专享】</b>…立即开通&gt;&gt;」 came out as three entries, two of them a
// lone 「>」 that means nothing to a user who would undo it (s15 outside tester, c01). Our own page.
import { describe, expect, it } from 'vitest';
import { analyseFileBytes } from '../../main/services/library/analysis.ts';

const page = `<!doctype html><html><head><meta charset="utf-8"><title>乡村振兴讲话范文</title></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/jh">讲话稿</a></div>
<div class="info">时间：2026-05-12 来源：某某范文网</div>
<div class="ad"><b>【会员专享】</b>开通会员下载全站公文材料，立即开通&gt;&gt;</div>
<h1>在全镇乡村振兴工作推进会上的讲话</h1>
<p>同志们：</p>
<p>今天召开全镇乡村振兴工作推进会，主要是总结上半年工作，安排部署下半年任务。</p>
<p>一、抓好产业发展</p>
<p>各村要立足资源禀赋，发展茶叶、油茶等特色产业，年内新建标准化基地一千亩。</p>
<p>二、抓好人居环境</p>
<p>要持续开展村庄清洁行动，年底前实现农村生活垃圾收运处置全覆盖。</p>
<div class="copyright">版权声明：本站文章来自网络，如有侵权请联系删除。</div>
</body></html>`;

describe("text beside a page's article", () => {
  it('is one removal, not one for each piece the parser made of it', async () => {
    const { report } = await analyseFileBytes('html', new TextEncoder().encode(page));
    const removed = report.removed.map((r) => r.text);
    expect(removed).toContain('开通会员下载全站公文材料，立即开通>>');
    expect(removed.filter((t) => /^[>\s]*$/.test(t))).toEqual([]);
  });
});

// One article saved page by page (「…讲话.html」「…讲话_2.html」「…讲话_3.html」, s19 outside test c06):
// the pages are joined into one document in page order, each page's furniture removed and reported —
// its repeat of the title as 〔分页重复的标题〕. Through dispatch() as the app imports them, one file a
// call. Fixture: test/fixtures/library-pages20 (漱溪县 invented; nav, 发布时间 line, pager, 相关推荐, footer).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'library-pages20');
const TITLE = '在漱溪县2026年秸秆综合利用工作推进会上的讲话';
const page = (n: number) => {
  const name = `${TITLE}${n === 1 ? '' : `_${n}`}.html`;
  return { name, base64: readFileSync(join(dir, name)).toString('base64') };
};

describe('an article saved page by page', () => {
  const { call } = useApi('wengao-pages-');

  it('becomes one document, its parts in page order, the pages’ furniture reported', async () => {
    expect(readdirSync(dir)).toHaveLength(3);
    expect(await call('library.import', page(1))).toMatchObject({ documents: 1 });
    const second = await call('library.import', page(2));
    expect(second).toMatchObject({ documents: 0, page: { page: 2, title: TITLE } });
    const third = await call('library.import', page(3));
    expect(third.page).toMatchObject({ page: 3, title: TITLE });

    const docs = await call('library.documents', {});
    expect(docs.map((d) => d.title)).toEqual([TITLE]);
    const doc = await call('library.document', { documentId: docs[0]!.id });
    // (The reader's outline lists every heading in order.)
    expect(doc.outline.map((n) => `${n.number}${n.heading}`)).toEqual([
      '一、统一思想，充分认识秸秆综合利用的重要意义',
      '二、突出重点，全面推进秸秆综合利用',
      '（一）抓好秸秆还田',
      '（二）建好收储网络',
      '（三）拓展利用渠道',
      '三、压实责任，确保各项任务落到实处',
    ]);
    for (const debris of ['当前位置', '发布时间', '下一页', '相关推荐', 'Copyright', '漱溪范文网']) expect(doc.text, debris).not.toContain(debris);
    expect(doc.text.split(TITLE)).toHaveLength(2);
    expect(doc.text).toContain('同志们，秸秆综合利用任务艰巨');

    const [source] = await call('library.sources', {});
    expect(source!.documents).toHaveLength(1);
    expect(source!.removed.filter((r) => r.reason === '分页重复的标题').map((r) => r.text)).toEqual([TITLE, TITLE]);
    // A page imported again: in the library already.
    expect(await call('library.import', page(2))).toMatchObject({ duplicate: true });
    expect(await call('library.documents', {})).toHaveLength(1);
  });
});

describe('a file named like a page that is not one', () => {
  const { call } = useApi('wengao-pages-not-');
  it('of another title, stays a file of its own', async () => {
    await call('library.import', page(1));
    const other = `<html><body><h1>在漱溪县防汛工作会议上的讲话</h1><p>同志们：</p><p>今天召开全县防汛工作会议，部署今年的防汛工作。各乡镇要落实巡查值守责任，确保安全度汛。</p></body></html>`;
    const r = await call('library.import', { name: `${TITLE}_2.html`, base64: Buffer.from(other).toString('base64') });
    expect(r.page).toBeUndefined();
    expect(await call('library.documents', {})).toHaveLength(2);
  });
  it('a page whose pages before it are not there stays a file of its own', async () => {
    const r = await call('library.import', page(3));
    expect(r.page).toBeUndefined();
  });
});

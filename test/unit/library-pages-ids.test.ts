// A re-analysis keeps the ids of the pieces it finds again, as a new version does (session 21 imp's open
// item): the pages of one article saved again and imported again — page 1 a new version of the joined
// file, pages 2 and 3 joined to it anew — leave the article under its id; a split or a removal undone
// leaves every piece it does not cut under its id. Before, each re-analysis wrote the documents anew,
// and a document took a new id whenever the library held one written after it (ids are reused only at
// the end). Through dispatch() as the app calls it. Fixture: test/fixtures/library-pages22 (溱潼镇 invented).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'library-pages22');
const TITLE = '在溱潼镇冬春水利建设工作会议上的讲话';
const PAGES = [`${TITLE}.html`, `${TITLE}_2.html`, `${TITLE}_3.html`];
/** A page as saved; saved again, the browser's note of when differs. */
const page = (name: string, again = false) => ({ name, base64: Buffer.from(readFileSync(join(dir, name), 'utf8') + (again ? '<!-- saved from url=(0042)https://www.qt-gongwen.example/jh/731.html 2026-12-07 -->\n' : '')).toString('base64') });
const text = (name: string, lines: string[]) => ({ name, base64: Buffer.from(lines.join('\n')).toString('base64') });
const OTHER = text('溱潼镇防汛工作讲话.txt', ['在溱潼镇防汛工作会议上的讲话', '同志们：', '今天召开全镇防汛工作会议，部署今年的防汛工作。', '一、压实防汛责任', '各村要落实巡堤查险人员。', '同志们，防汛工作责任重大，请大家抓紧抓实！']);

describe('the pages of an article imported again', () => {
  const { call } = useApi('wengao-pages-ids-');
  const ids = async () => new Map((await call('library.documents', {})).map((d) => [d.title, d.id]));

  it('leave the article under its id, and every other document under its own', async () => {
    for (const name of PAGES) await call('library.import', page(name));
    await call('library.import', OTHER);
    const before = await ids();
    expect([...before.keys()].sort()).toEqual([TITLE, '在溱潼镇防汛工作会议上的讲话'].sort());

    const first = await call('library.import', page(PAGES[0]!, true));
    expect(first.version?.changed.map((d) => d.id)).toEqual([before.get(TITLE)]);
    for (const name of PAGES.slice(1)) expect((await call('library.import', page(name, true))).page?.documentIds).toEqual([before.get(TITLE)]);

    expect(await ids()).toEqual(before);
    const doc = await call('library.document', { documentId: before.get(TITLE)! });
    expect(doc.outline.map((n) => n.number)).toEqual(['一、', '二、', '三、']);
    expect(doc.text).toContain('镇纪委要加强督查');
    expect((await call('library.search', { query: '排涝泵站' })).hits.map((h) => h.documentId)).toEqual([before.get(TITLE)]);
  });
});

describe('a split', () => {
  const { call } = useApi('wengao-split-ids-');
  it('leaves the piece it cuts from and the pieces after it under their ids', async () => {
    const two = text('溱潼镇讲话两篇.txt', [
      '在溱潼镇秸秆禁烧工作会议上的讲话', '同志们：', '今天召开会议，部署秸秆禁烧工作。', '一、落实巡查责任', '各村要落实网格员，每天巡查田间地头。', '二、加强宣传引导', '要通过大喇叭、微信群宣传禁烧政策。', '同志们，请大家抓紧抓实！',
      '在溱潼镇冬季征兵工作会议上的讲话', '同志们：', '今天召开会议，部署冬季征兵工作。', '一、广泛宣传发动', '要把征兵政策宣传到每一户适龄青年家庭。', '同志们，请大家抓紧抓实！',
    ]);
    const r = await call('library.import', two);
    expect(r.documents).toBe(2);
    await call('library.import', OTHER);
    const before = new Map((await call('library.documents', {})).map((d) => [d.title, d.id]));
    const [source] = (await call('library.sources', {})).filter((s) => s.name === '溱潼镇讲话两篇.txt');
    const line = (await call('library.lines', { sourceId: source!.id })).find((l) => l.text.startsWith('二、加强宣传引导'))!.line;
    await call('library.split', { sourceId: source!.id, line });
    const after = await call('library.documents', {});
    expect(after).toHaveLength(4);
    for (const [title, id] of before) expect(after.find((d) => d.title === title)?.id, title).toBe(id);
  });
});

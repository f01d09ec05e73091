// Pages of one article named otherwise than 「_N」 (session 20 imp's open item: only 「…_2.html」 was
// joined): 「…（2）.html」「…(2).html」「…-2.html」「…_第3页.html」「…第3页.html」「…_p3.html」 are pages too,
// the first page named without a number or with 1 in the same form. Through dispatch() as the app
// imports them, one file a call. Fixture: test/fixtures/library-pages21 (沄塘县 invented).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageName } from '../../core/page-name.ts';
import { useApi } from '../helpers/api.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'library-pages21');
const TITLE = '在沄塘县冬季森林防火工作会议上的讲话';
const file = (name: string) => ({ name, base64: readFileSync(join(dir, name)).toString('base64') });

describe('pages named 「（2）」 and 「_第3页」', () => {
  const { call } = useApi('wengao-pages-names-');
  it('are joined to the first page: one document, its four parts in order', async () => {
    expect(await call('library.import', file(`${TITLE}.html`))).toMatchObject({ documents: 1 });
    expect((await call('library.import', file(`${TITLE}（2）.html`))).page).toMatchObject({ page: 2, title: TITLE });
    expect((await call('library.import', file(`${TITLE}_第3页.html`))).page).toMatchObject({ page: 3, title: TITLE });
    const docs = await call('library.documents', {});
    expect(docs.map((d) => d.title)).toEqual([TITLE]);
    const doc = await call('library.document', { documentId: docs[0]!.id });
    expect(doc.outline.map((n) => n.number)).toEqual(['一、', '二、', '三、', '四、']);
    expect(doc.text.split(TITLE)).toHaveLength(2);
  });
});

describe('what a page\'s name is', () => {
  it('the number in each form, and the first page\'s names', () => {
    expect(pageName('讲话（2）.html')).toEqual({ page: 2, first: ['讲话.html', '讲话（1）.html'] });
    expect(pageName('讲话(3).htm')).toEqual({ page: 3, first: ['讲话.htm', '讲话(1).htm'] });
    expect(pageName('讲话-2.html')).toEqual({ page: 2, first: ['讲话.html', '讲话-1.html'] });
    expect(pageName('讲话_第3页.html')).toEqual({ page: 3, first: ['讲话.html', '讲话_第1页.html'] });
    expect(pageName('讲话第2页.mhtml')).toEqual({ page: 2, first: ['讲话.mhtml', '讲话第1页.mhtml'] });
    expect(pageName('讲话_p2.html')).toEqual({ page: 2, first: ['讲话.html', '讲话_p1.html'] });
    expect(pageName('讲话_2.html')).toEqual({ page: 2, first: ['讲话.html', '讲话_1.html'] });
  });
  it('no page: no number, page 1, a number glued to the name, brackets or 第…页 not closed', () => {
    for (const n of ['讲话.html', '讲话_1.html', '讲话2.html', '报告2024.html', '讲话（2.html', '讲话第2.html']) expect(pageName(n), n).toBeUndefined();
  });
});

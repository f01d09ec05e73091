// The held-out acceptance of issue 17 (eight documents, no adverts, the last speech's five level-1
// headings, each title exact) over collections made from seeds (held-out.ts): each of twenty-one piece-
// marker styles alone, and the styles mixed piece by piece, as a .txt with Markdown marks and as a
// saved web page read by the library's HTML reader.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { readFormat } from '../../main/services/library/read.ts';
import type { ReadText } from '../../main/services/library/read-text.ts';
import { collection, STYLES, type Collection } from './held-out.ts';

async function problems(c: Collection, format: 'txt' | 'html'): Promise<string[]> {
  const read: ReadText = format === 'txt' ? { text: c.txt, encoding: 'utf-8' } : await readFormat('html', Buffer.from(c.html));
  const { documents } = analyse(read.text, { debris: read.debris, headings: read.headings, notices: read.notices });
  const out: string[] = [];
  if (documents.length !== 8) out.push(`${documents.length} documents: ${documents.map((d) => d.title).join(' | ')}`);
  else documents.forEach((d, i) => d.title !== c.titles[i] && out.push(`title ${i + 1}: ${d.title} ≠ ${c.titles[i]}`));
  const last = documents.at(-1)?.outline.filter((n) => n.level === 1).map((n) => n.heading) ?? [];
  if (last.join('/') !== c.pieces[7]!.headings.join('/')) out.push(`the last speech's level-1 headings: ${last.join('/')}`);
  for (const d of documents) for (const ad of c.adverts) if (d.text.includes(ad) || d.title.includes(ad)) out.push(`advert in 《${d.title}》: ${ad}`);
  return out;
}

describe('the held-out collection, in every piece-marker style', () => {
  for (let style = 1; style <= STYLES; style++) {
    it(`style ${style}: eight documents, titles exact, no advert, the last speech's five headings (.txt and .html)`, async () => {
      const c = collection(1000 + style, style);
      expect(await problems(c, 'txt')).toEqual([]);
      expect(await problems(c, 'html')).toEqual([]);
    });
  }
  it('styles mixed piece by piece, twelve seeds', async () => {
    for (let seed = 1; seed <= 12; seed++) {
      const c = collection(seed, 0);
      expect(await problems(c, 'txt'), `seed ${seed}, styles ${c.styles.join(',')}`).toEqual([]);
      expect(await problems(c, 'html'), `seed ${seed}, styles ${c.styles.join(',')}`).toEqual([]);
    }
  });
});

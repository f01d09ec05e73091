// A title's runs of words (patterns.ts runs) made only where they can be a subject: a subject occurs
// in a heading, so a run no heading holds is not made, nor any longer run from its first word (it
// holds the shorter one). The runs made are exactly the title's runs some heading holds, in the same
// order (the subjects' ranking keeps it for ties), and the patterns are as before.
// Fixture test/fixtures/patterns/lanxi-sericulture-speech.txt (澜溪镇, 庞立原: invented).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, harvestPatterns } from '../../core/outline/index.ts';
import { runs } from '../../core/outline/patterns.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const SPEECH = readFileSync(join(FIXTURES, 'patterns', 'lanxi-sericulture-speech.txt'), 'utf8');

/** A document's title and the headings harvestPatterns reads (level 1 and the ones right under them). */
function titleAndHeadings(text: string): { title: string; headings: { text: string }[] }[] {
  return analyse(text).documents.map((d) => ({
    title: d.titleFromText ? '' : d.title,
    headings: d.outline.flatMap((root) => [root, ...root.children]).filter((n) => n.number !== '' && n.heading).map((n) => ({ text: n.heading })),
  }));
}

function texts(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (name === 'hostile') continue;
    if (statSync(p).isDirectory()) texts(p, out);
    else if (/\.(?:txt|md)$/.test(name)) out.push(p);
  }
  return out;
}

describe("a title's runs, made only where a heading holds them", () => {
  it('are the runs of the title that some heading holds, in the same order', () => {
    const [doc] = titleAndHeadings(SPEECH);
    const all = [...runs(doc!.title)];
    const held = all.filter((r) => doc!.headings.some((h) => h.text.includes(r)));
    expect([...runs(doc!.title, doc!.headings)]).toEqual(held);
    expect(held).toContain('桑蚕产业提质增效');
    // Most runs of the title are in no heading (「澜溪镇桑蚕」, 「提质增效推进」 …): not made.
    expect(all.length).toBeGreaterThan(2 * held.length);
  });

  it('are so for every document of the .txt and .md fixtures', () => {
    let checked = 0;
    for (const file of texts(FIXTURES)) {
      for (const { title, headings } of titleAndHeadings(readFileSync(file, 'utf8'))) {
        if (!title || headings.length === 0) continue;
        const held = [...runs(title)].filter((r) => headings.some((h) => h.text.includes(r)));
        expect([...runs(title, headings)], `${file}: ${title}`).toEqual(held);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('give the subject of the headings that name it, and keep a parallel heading without it', () => {
    const doc = analyse(SPEECH).documents[0]!;
    const title = '在澜溪镇桑蚕产业提质增效推进会上的讲话';
    expect(harvestPatterns(doc)).toEqual([
      { pattern: '认清形势，增强X的紧迫感', level: 1, source: title, heading: '认清形势，增强桑蚕产业提质增效的紧迫感', subject: '桑蚕产业提质增效' },
      { pattern: '突出重点，推动X落地见效', level: 1, source: title, heading: '突出重点，推动桑蚕产业提质增效落地见效', subject: '桑蚕产业提质增效' },
      { pattern: '强化保障，确保各项任务落到实处', level: 1, source: title, heading: '强化保障，确保各项任务落到实处' },
    ]);
  });
});

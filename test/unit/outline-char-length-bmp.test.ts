// charLength() inside an analysis (marks.ts): the analysed text is looked at once for a character
// beyond the BMP; without one, every line and paragraph of it is as long as its string (no scan per
// call: the stages ask it of the same lines again and again). With one, characters are counted.
// Fixture test/fixtures/line-facts/yanxi-flood-speech.txt (砚溪镇, 郑𬀩: invented): a heading-like
// line of twenty characters, two of them beyond the BMP (22 UTF-16 units), stands on its own.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { charLength, lineMemo, withLineMemo } from '../../core/outline/marks.ts';

const FIXTURE = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'line-facts', 'yanxi-flood-speech.txt'), 'utf8');
const HEADING = '𬀩山𬀩水片区防汛抗旱工作部署要点汇总整理';
const BMP_HEADING = '石埠片区防汛抗旱工作部署要点汇总整理';

describe('charLength within an analysis', () => {
  it('knows once whether the analysed text is all BMP', () => {
    expect(withLineMemo(() => lineMemo()!.bmp, BMP_HEADING)).toBe(true);
    expect(withLineMemo(() => lineMemo()!.bmp, FIXTURE)).toBe(false);
    // (A memo made without the text knows nothing of it: characters are counted.)
    expect(withLineMemo(() => lineMemo()!.bmp)).toBe(false);
    expect(lineMemo()).toBeUndefined();
  });

  it('counts characters as outside an analysis', () => {
    const lines = FIXTURE.split('\n');
    const outside = lines.map(charLength);
    expect(charLength(HEADING)).toBe(20);
    expect(HEADING.length).toBe(22);
    expect(withLineMemo(() => lines.map(charLength), FIXTURE)).toEqual(outside);
    const bmp = lines.filter((l) => !/[\uD800-\uDFFF]/.test(l)).join('\n');
    expect(withLineMemo(() => bmp.split('\n').map(charLength), bmp)).toEqual(bmp.split('\n').map((l) => l.length));
  });

  it('a heading of twenty characters with two beyond the BMP is a paragraph of its own, as one without', () => {
    const texts = analyse(FIXTURE).documents[0]!.passages.map((p) => p.text);
    expect(texts).toContain(HEADING);
    expect(texts).toContain(BMP_HEADING);
    expect(texts.some((t) => t.startsWith(HEADING) && t !== HEADING)).toBe(false);
  });
});

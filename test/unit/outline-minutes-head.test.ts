// A 纪要's head and its roll (s16 import tester's c01): the issuing office and the date under the
// title are head lines, not the opening passage; 出席/列席/请假/记录 at the end belong to no 议定事项;
// a 纪要 whose opening gives the day without the year (「9月20日，镇长…主持召开…」) still starts a
// document after the one before. Fixture town-minutes-issuer-roll.txt (岚峰镇, our own).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const raw = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'collections', 'town-minutes-issuer-roll.txt'), 'utf8');
const { documents } = analyse(raw);

describe('a 纪要’s head and roll', () => {
  it('the issuer and the date are head lines, on two lines or on one', () => {
    expect(documents).toHaveLength(2);
    const [party, mayor] = documents;
    expect([party!.issuer, party!.dateLine, party!.year]).toEqual(['中共岚峰镇委员会办公室', '2026年9月14日', 2026]);
    expect([mayor!.issuer, mayor!.dateLine]).toEqual([undefined, '岚峰镇人民政府办公室　　2026年9月21日']);
    for (const d of documents) {
      expect(d.passages[0]!.role).toBe('开场');
      expect(d.passages[0]!.text).toMatch(/^9月\d+日，镇.{2,9}主持召开/);
      // Still in the document's text, under its title.
      expect(d.text.split('\n').slice(1, 3).join('\n')).toBe(d === party ? '中共岚峰镇委员会办公室\n2026年9月14日' : '岚峰镇人民政府办公室　　2026年9月21日\n9月20日，镇长苏文华主持召开镇长办公会议，研究集镇环境整治和学校周边交通安全工作。现将会议议定事项纪要如下：');
    }
  });

  it('the roll at the end is under no 议定事项', () => {
    const roll = documents.flatMap((d) => d.passages.filter((p) => /^(?:出席|列席|请假|记录)：/.test(p.text)));
    expect(roll).toHaveLength(5);
    for (const p of roll) expect([p.path, p.role]).toEqual(['', '其他']);
    // The 议定事项 keep their own passages.
    expect(documents[0]!.passages.filter((p) => p.path === '二').map((p) => p.text.slice(0, 4))).toEqual(['会议强调']);
  });

  it('a speech’s speaker line is still its speaker, not an issuer', () => {
    const speech = analyse('在全镇秋粮收购工作会议上的讲话\n镇党委书记　钱立群\n（2026年9月10日）\n同志们：\n今天召开会议，部署秋粮收购工作。\n').documents[0]!;
    expect([speech.speaker, speech.issuer, speech.dateLine]).toEqual(['镇党委书记　钱立群', undefined, '（2026年9月10日）']);
  });
});

// The bench's .txt/.md mix (bench/library-mix.ts) takes exactly the files the import takes, decided
// by importing them: a file of one heading (refused since session 14), an empty one, a byte-identical
// copy are left out, so that every round the bench writes imports whole (the bench failed with
// 「738 of 747 imported」 when the mix chose by analysis alone and a title-only README was refused).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mixSources, writeMix } from '../../bench/library-mix.ts';
import { importFiles } from '../../main/services/library/library.ts';
import { Store } from '../../main/services/store/store.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-bench-mix-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SPEECH = [
  '在栖霞镇秸秆禁烧工作会议上的讲话',
  '同志们：',
  '今天召开全镇秸秆禁烧工作会议，主要任务是安排部署今年夏季秸秆禁烧和综合利用工作。',
  '一、统一思想，提高认识',
  '各村要把禁烧工作摆上重要位置，村支部书记是第一责任人，镇包村干部要盯在一线。',
  '二、突出重点，抓好落实',
  '要把田间巡查落实到每一个地块，发现火点立即扑灭，做到火点不出村、烟雾不上路。',
].join('\n');

describe('the bench mix', () => {
  it('keeps only what the import takes, and its rounds import whole', async () => {
    process.env.WENGAO_SOFFICE = 'off';
    try {
      const src = join(tmp, 'src');
      mkdirSync(src);
      writeFileSync(join(src, 'a-speech.txt'), SPEECH);
      writeFileSync(join(src, 'b-copy.txt'), SPEECH);
      writeFileSync(join(src, 'c-heading.md'), '# 栖霞镇资料说明\n');
      writeFileSync(join(src, 'd-empty.txt'), '');
      const mix = await mixSources(tmp, [src]);
      expect(mix.map((s) => basename(s.path))).toEqual(['a-speech.txt']);
      const out = join(tmp, 'out');
      mkdirSync(out);
      const { n } = writeMix(mix, out, 3 * SPEECH.length * 3);
      expect(n).toBeGreaterThanOrEqual(3);
      const store = new Store(join(tmp, 'rounds.db'));
      try {
        expect((await importFiles(store, [out], undefined, { worker: false })).imported).toBe(n);
      } finally {
        store.close();
      }
    } finally {
      delete process.env.WENGAO_SOFFICE;
    }
  });
});

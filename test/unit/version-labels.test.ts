// A version's kind and label are fixed when it is saved (the outside tester's defect 12, session 16:
// 「第 2 版 自动保存」 became 「第 2 版 保存 替换前的原文（换一种说法…）」 after a replacement). The text
// before a replacement is kept as the version that holds it, unrenamed, and the store keeps it past
// the autosave keep period, since a replacement followed it; other old autosaves still go.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { Store } from '../../main/services/store/store.ts';
import { loadExamples } from '../helpers/examples.ts';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const speech = loadExamples().find((e) => e.name === 'speech-sanitation-promotion.json')!;
const doc = draft(speech.input, loadDraftLibrary(), { seed: 2 });
const typed = (n: number): DocModel => ({ ...doc, title: [{ text: `改过的标题（第${n}处）` }] });

describe('version labels are fixed when saved', () => {
  it('the text before a replacement keeps its kind and label, and outlives the keep period', () => {
    const clock = { t: Date.UTC(2026, 11, 6) };
    const store = new Store(join(mkdtempSync(join(tmpdir(), 'wengao-vlabel-')), 'wengao.db'), { now: () => clock.t, autosaveKeepMs: 30 * DAY });
    const { documentId } = store.createDocument(doc, 'generated', { label: '生成' });
    clock.t += MINUTE;
    store.saveVersion(documentId, typed(1), 'autosave');
    // 采纳 of a replacement: the text before is stored as any edit is (here: unchanged), then the new text.
    clock.t += MINUTE;
    expect(store.saveVersion(documentId, typed(1), 'autosave')).toMatchObject({ created: false, version: { number: 2 } });
    store.saveVersion(documentId, { ...typed(1), seed: 9 }, 'generated', '换一种说法：全文');
    expect(store.history(documentId).map((v) => [v.number, v.kind, v.label])).toEqual([
      [1, 'generated', '生成'],
      [2, 'autosave', null],
      [3, 'generated', '换一种说法：全文'],
    ]);
    // Later edits, autosaved twice; 40 days on, a new save prunes the old autosaves but the one replaced.
    for (const n of [2, 3]) {
      clock.t += 5 * MINUTE;
      store.saveVersion(documentId, typed(n), 'autosave');
    }
    clock.t += 40 * DAY;
    store.saveVersion(documentId, typed(4), 'autosave');
    expect(store.history(documentId).map((v) => [v.number, v.kind, v.label])).toEqual([
      [1, 'generated', '生成'],
      [2, 'autosave', null],
      [3, 'generated', '换一种说法：全文'],
      [6, 'autosave', null],
    ]);
    store.close();
  });
});

// The lines under a speech's title are kept in the file's order (tester s14: every file had the
// speaker over the date, and the library showed 「题下：（2026年1月1日） 县委书记 …」, date first):
// the cleaned text and `wengao library`'s 题下 read speaker then date where the file does, and date
// then speaker where the file does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { importFiles, libraryDocuments } from '../../main/services/library/library.ts';
import { Store } from '../../main/services/store/store.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-head-order-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SPEAKER_FIRST = [
  '在全县冬春水利建设动员会上的讲话',
  '县委副书记、县长　符远航',
  '（2025年11月20日）',
  '同志们：',
  '今天召开全县冬春水利建设动员会，主要任务是部署今冬明春水利建设工作。',
  '一、明确建设重点',
  '重点抓好小型水库除险加固和灌区渠系配套。',
];
const DATE_FIRST = [
  '在全县农村公路养护工作会议上的讲话',
  '（2025年12月2日）',
  '副县长　闵秋禾',
  '同志们：',
  '今天召开会议，安排部署全县农村公路养护工作。',
  '一、落实养护责任',
  '乡镇要配齐养护人员，做到有路必养。',
];

describe('the head lines keep the order of the file', () => {
  it('in the cleaned text', () => {
    const { documents } = analyse([...SPEAKER_FIRST, ...DATE_FIRST].join('\n'));
    expect(documents.map((d) => d.text.split('\n').slice(0, 3))).toEqual([SPEAKER_FIRST.slice(0, 3), DATE_FIRST.slice(0, 3)]);
    expect(documents.map((d) => [d.speaker, d.dateLine])).toEqual([
      ['县委副书记、县长　符远航', '（2025年11月20日）'],
      ['副县长　闵秋禾', '（2025年12月2日）'],
    ]);
  });

  it("in the library's 题下", async () => {
    const file = join(tmp, '2025年冬季会议讲话（杞河县）.txt');
    writeFileSync(file, [...SPEAKER_FIRST, ...DATE_FIRST].join('\n'));
    const store = new Store(join(tmp, 'wengao.db'));
    try {
      await importFiles(store, [file]);
      expect(libraryDocuments(store).map((d) => d.head)).toEqual([
        ['县委副书记、县长　符远航', '（2025年11月20日）'],
        ['（2025年12月2日）', '副县长　闵秋禾'],
      ]);
    } finally {
      store.close();
    }
  });
});

describe('a speaker line with no salutation under it', () => {
  it('is the speaker, not the start of the opening paragraph', () => {
    const { documents } = analyse(['在全县文化旅游融合发展推进会上的讲话', '县委常委、宣传部长　邝文澜', '今天，我们在这里召开推进会，部署下一步重点任务。', '一、把握融合发展方向', '要坚持以文塑旅、以旅彰文。'].join('\n'));
    expect(documents[0]!.speaker).toBe('县委常委、宣传部长　邝文澜');
    expect(documents[0]!.text.split('\n').slice(1, 3)).toEqual(['县委常委、宣传部长　邝文澜', '今天，我们在这里召开推进会，部署下一步重点任务。']);
  });
});

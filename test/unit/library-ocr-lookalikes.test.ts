// A scanned text's look-alikes (s16 import tester's c04: 「入居环境」「千部」「冶理」「议事曰程」): named in
// the import's notice, not mended; only for a text that shows it was scanned (a scanning app's stamp,
// a date's digits read as letters), whose check loads the typo model. Fixture
// ocr-safety-speech-lookalikes.txt (our own: a town's speech through a phone's OCR).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseFileBytes } from '../../main/services/library/analysis.ts';

const raw = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'collections', 'ocr-safety-speech-lookalikes.txt'), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('look-alikes in a scanned text', () => {
  it('are named in a notice, each once, and left as they are', async () => {
    const { documents, report } = await analyseFileBytes('txt', bytes(raw));
    expect(report.notices).toEqual([
      '这个文件像是扫描后识别（OCR）出的文字，有些字可能认错了：「己经」（已经？）、「曰常」（日常？）、「党员千部」（党员干部？）、「社会冶安」（社会治安？）。导入时未作改动，请对照原件检查',
    ]);
    expect(documents[0]!.text).toContain('党员千部包片包户');
  });

  it('a text not scanned is not looked at; a scanned one without look-alikes says nothing', async () => {
    const typed = raw.replace(/^扫描全能王 创建\n/gm, '').replace('2O26', '2026');
    expect((await analyseFileBytes('txt', bytes(typed))).report.notices).toBeUndefined();
    const clean = raw.replace('己经', '已经').replace('曰常', '日常').replace('千部', '干部').replace('冶安', '治安');
    expect((await analyseFileBytes('txt', bytes(clean))).report.notices).toBeUndefined();
  });
});

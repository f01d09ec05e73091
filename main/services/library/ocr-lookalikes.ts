// A text read by OCR from a scan keeps the characters it misread for look-alikes: 「入居环境」 for
// 人居, 「千部」 for 干部, 「冶理」 for 治理, 「议事曰程」 for 日程 (s16 import tester's c04). They are not
// mended — a look-alike may be meant, and the user has the original — but named in the import's
// notices, to check. Only a text that shows it was scanned (a scanning app's stamp removed, a date's
// digits mended: core/outline/ocr.ts) is looked at, with the proofreader's typo model (its look-alike
// slips only): the model is loaded for such a file alone.
import type { CleanedDoc } from '../../../core/outline/index.ts';
import { spellingHits } from '../../../core/proof/spelling/check.ts';
import { loadSpellingModel } from '../proof/spelling-data.ts';

/** Misreadings named in the notice, at most (each once, in the order found). */
const NAMED = 8;

/** The notice naming what OCR may have misread in a scanned file's documents (analysis.ts asks for a scanned one only), or undefined. */
export function lookalikeNotice(documents: readonly CleanedDoc[]): string | undefined {
  const model = loadSpellingModel();
  // Each misreading (入 for 人) once, in the shortest word it was found in: 「入居环境」, not also 「入居环境整治」.
  const found = new Map<string, { wrong: string; right: string }>();
  for (const doc of documents) {
    for (const line of doc.text.split('\n')) {
      for (const h of spellingHits(line, model)) {
        if (h.likeness !== 'shape') continue;
        const at = h.word.indexOf(h.right);
        const wrong = at < 0 ? h.wrong : h.word.slice(0, at) + h.wrong + h.word.slice(at + h.right.length);
        const key = `${h.wrong}>${h.right}`;
        const before = found.get(key);
        if (!before || h.word.length < before.right.length) found.set(key, { wrong, right: h.word });
      }
    }
  }
  if (found.size === 0) return undefined;
  const named = [...found.values()].slice(0, NAMED).map(({ wrong, right }) => `「${wrong}」（${right}？）`);
  return `这个文件像是扫描后识别（OCR）出的文字，有些字可能认错了：${named.join('、')}${found.size > NAMED ? ` 等 ${found.size} 处` : ''}。导入时未作改动，请对照原件检查`;
}

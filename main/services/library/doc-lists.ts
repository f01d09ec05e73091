// Whether a .doc's paragraphs are numbered automatically (Word's lists, whose numbers are not in the
// text): only then is LibreOffice worth its start-up (half a minute on a loaded machine, s18 import
// test c07: 28.5 s for an 11 KB file). A file's FIB declaring lists is not enough: LibreOffice writes
// its outline list into every .doc it saves, used by no paragraph. A paragraph is numbered when its
// properties (PAPX, in the FKPs the bin table names) set sprmPIlfo, or its style (or a style it is
// based on) does. Anything the reading cannot follow counts as numbered: the conversion then runs,
// as it did before.

/** sprmPIlfo: the paragraph's list (0: none). */
const SPRM_ILFO = 0x460b;
/** sprmPChgTabs: a variable operand whose size byte 255 means a longer form (not followed here). */
const SPRM_CHG_TABS = 0xc615;
/** Operand sizes by the sprm's spra (bits 13–15); -1: a size byte first. */
const OPERAND = [1, 1, 2, 4, 2, 2, -1, 3];
/** FibRgFcLcb97 pairs: the style sheet, the paragraphs' bin table. */
const STSHF = 1;
const PLCF_BTE_PAPX = 13;
const FKP = 512;
const MAX_BASE = 10;

class Unreadable extends Error {}

function need(ok: boolean): void {
  if (!ok) throw new Unreadable();
}

/** The list ids set by the sprms of `grpprl` (bytes `at` to `end` of `b`). */
function listsIn(b: Buffer, at: number, end: number): number[] {
  const out: number[] = [];
  while (at + 2 <= end) {
    const sprm = b.readUInt16LE(at);
    at += 2;
    let size = OPERAND[sprm >> 13]!;
    if (size < 0) {
      need(at < end && !(sprm === SPRM_CHG_TABS && b[at] === 255));
      size = b[at]! + 1;
    }
    if (sprm === SPRM_ILFO && at + 2 <= end) out.push(b.readUInt16LE(at));
    at += size;
  }
  return out;
}

/** The FIB's fc and lcb of pair `k`. */
function pair(word: Buffer, k: number): { fc: number; lcb: number } {
  need(word.length >= 154 + (k + 1) * 8 && word.readUInt16LE(152) > k);
  return { fc: word.readUInt32LE(154 + k * 8), lcb: word.readUInt32LE(154 + k * 8 + 4) };
}

/** Each style's base style and whether it sets a list (its bytes hold sprmPIlfo with a list id). */
function styles(word: Buffer, table: Buffer): { base: number; listed: boolean }[] {
  const { fc, lcb } = pair(word, STSHF);
  need(fc + lcb <= table.length && lcb >= 6);
  const cbStshi = table.readUInt16LE(fc);
  const cstd = table.readUInt16LE(fc + 2);
  const out: { base: number; listed: boolean }[] = [];
  let at = fc + 2 + cbStshi;
  for (let i = 0; i < cstd && at + 2 <= fc + lcb; i++) {
    const cb = table.readUInt16LE(at);
    const std = table.subarray(at + 2, at + 2 + cb);
    at += 2 + cb;
    let listed = false;
    for (let k = 0; k + 3 < std.length; k++) if (std[k] === 0x0b && std[k + 1] === 0x46 && std.readUInt16LE(k + 2) !== 0) listed = true;
    out.push({ base: std.length >= 4 ? std.readUInt16LE(2) >> 4 : 0xfff, listed });
  }
  return out;
}

/** Whether some paragraph of the file is in an automatic list. */
export function usesLists(word: Buffer, table: Buffer): boolean {
  try {
    const sheet = styles(word, table);
    const styled = (istd: number) => {
      for (let i = istd, n = 0; i < sheet.length && n < MAX_BASE; i = sheet[i]!.base, n++) if (sheet[i]!.listed) return true;
      return false;
    };
    const { fc, lcb } = pair(word, PLCF_BTE_PAPX);
    need(fc + lcb <= table.length && lcb >= 8 && (lcb - 4) % 8 === 0);
    const runs = (lcb - 4) / 8;
    for (let r = 0; r < runs; r++) {
      const pn = table.readUInt32LE(fc + (runs + 1) * 4 + r * 4);
      need((pn + 1) * FKP <= word.length);
      const fkp = word.subarray(pn * FKP, (pn + 1) * FKP);
      const crun = fkp[FKP - 1]!;
      for (let k = 0; k < crun; k++) {
        const offset = fkp[(crun + 1) * 4 + k * 13]! * 2;
        if (offset === 0) continue;
        const cb = fkp[offset]!;
        const start = cb ? offset + 1 : offset + 2;
        const end = cb ? start + 2 * cb - 1 : start + 2 * fkp[offset + 1]!;
        need(end <= FKP && start + 2 <= end);
        if (styled(fkp.readUInt16LE(start)) || listsIn(fkp, start + 2, end).some((id) => id !== 0)) return true;
      }
    }
    return false;
  } catch {
    return true;
  }
}

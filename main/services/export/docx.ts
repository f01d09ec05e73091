// DocModel → .docx in the GB/T 9704 layout (/work/shared/FORMAT.md). The layout values live in
// layout.ts (page, grid, indents), fonts.ts (faces, sizes, run properties) and styles.ts (the style
// sheet); this file puts the parts of each document kind in order.
import type { DocModel } from '../../../core/doc/model.ts';
import { runsText } from '../../../core/doc/text.ts';
import { xmlSafe, xmlSafeDeep } from '../../../core/doc/xml-text.ts';
import { closingKeepsBefore } from '../../../core/doc/keep.ts';
import { blocksToDocx, runsOf } from './blocks.ts';
import { colophonBlocks } from './colophon.ts';
import type { Ctx } from './blocks.ts';
import { FONT_PROFILES } from './fonts.ts';
import type { FontProfile } from './fonts.ts';
import { speechHead, titleHead } from './head.ts';
import { INDENT_FIRST, LANDSCAPE_TYPE_WIDTH, TYPE_WIDTH, para } from './layout.ts';
import { minutesHead } from './minutes-head.ts';
import { coreXml, customXml } from './props.ts';
import { CORE, CUSTOM, skeleton } from './skeleton.ts';
import { facesOf, keptWithNext } from './wordml.ts';
import { zipEntries, zipEntry } from './zip.ts';

export type { FontProfile } from './fonts.ts';

export interface ExportOptions {
  /** gb2312 (default): 方正小标宋简体/黑体/楷体_GB2312/仿宋_GB2312; windows: …/楷体/仿宋; fangzheng-gbk: 方正 *_GBK. */
  fontProfile?: FontProfile;
  /** Set level-3 headings 「1.」 in bold, as many local rules ask (GB/T 9704 itself does not). */
  level3Bold?: boolean;
  /** Who made the file (creator and lastModifiedBy in docProps/core.xml): the user's name. */
  author?: string;
  /** Custom document properties (docProps/custom.xml): which stored version the file is (revision/identity.ts). */
  properties?: readonly { name: string; value: string }[];
  /** Word's 修订 switched on for whoever opens the file (w:trackRevisions): the 修订稿 asks for it. */
  trackRevisions?: boolean;
}

/** The paragraphs and tables of the body, written (wordml.ts). */
function children(doc: DocModel, ctx: Ctx): string[] {
  const out: string[] = [];
  switch (doc.kind) {
    case 'speech':
      out.push(...speechHead(doc, ctx.fonts));
      break;
    case 'minutes':
      out.push(...minutesHead(doc, ctx.fonts));
      break;
    case 'record':
    case 'ledger':
      out.push(...titleHead(doc, ctx.fonts, ctx.typeWidth));
      break;
  }
  out.push(...blocksToDocx(doc.blocks, ctx));
  // The closing paragraph of a speech is an ordinary body paragraph: no signature, no date after it.
  // One line long, it takes the end of the paragraph before it along: the last page never holds it
  // alone (widow control keeps two lines of a longer one together).
  if (doc.closing?.length) {
    if (out.length && closingKeepsBefore(runsText(doc.closing))) out.push(keptWithNext(out.pop()!));
    out.push(para(runsOf(doc.closing, { font: ctx.fonts.fang }), { indent: INDENT_FIRST }));
  }
  if (doc.colophon) out.push(...colophonBlocks(doc.colophon, ctx.fonts));
  return out;
}

export async function exportDocx(original: DocModel, options: ExportOptions = {}): Promise<Uint8Array> {
  return (await exportDocxWithFonts(original, options)).bytes;
}

/** The .docx and the faces it is set in (what the machine that prints it must have). */
export async function exportDocxWithFonts(original: DocModel, options: ExportOptions = {}): Promise<{ bytes: Uint8Array; fonts: string[] }> {
  // The boundary: whatever the caller hands in, word/document.xml holds only what XML can.
  const doc = xmlSafeDeep(original).value;
  const author = options.author && xmlSafe(options.author).text;
  const fontProfile = options.fontProfile ?? 'gb2312';
  // A ledger's six columns need the width of a landscape page.
  const landscape = doc.kind === 'ledger';
  const ctx: Ctx = { fonts: FONT_PROFILES[fontProfile], level3Bold: options.level3Bold ?? false, typeWidth: landscape ? LANDSCAPE_TYPE_WIDTH : TYPE_WIDTH };
  const frame = await skeleton({ fontProfile, level3Bold: ctx.level3Bold, landscape, trackRevisions: options.trackRevisions ?? false });
  const body = children(doc, ctx).join('');
  const faces = new Set<string>();
  facesOf(body, faces);
  for (const f of frame.fonts) faces.add(f);
  const written = (name: string): string => {
    if (name === CORE) return coreXml(doc.title.map((r) => r.text).join(''), author, new Date());
    if (name === CUSTOM) return customXml(options.properties?.length ? xmlSafeDeep(options.properties).value : []);
    return frame.head + body + frame.tail;
  };
  const parts = frame.parts.map((p) => (typeof p === 'string' ? zipEntry(p, written(p)) : p));
  return { bytes: zipEntries(parts), fonts: [...faces] };
}

// The few things docx's API cannot write, patched into the constant parts docx builds (skeleton.ts)
// before they are zipped, once.
import { Packer, type Document } from 'docx';

/**
 * docDefaults' paragraph properties get widow control off and kinsoku (Chinese line-breaking rules)
 * on: docx's DocumentDefaults has no option for either. Both go first in w:pPr, which is where the
 * schema puts them (before spacing and jc). Widow control is also off on every body paragraph.
 */
export function patchStyles(xml: string, offGrid: readonly string[]): string {
  const open = '<w:pPrDefault><w:pPr>';
  if (!xml.includes(open)) throw new Error('styles.xml: no docDefaults paragraph properties to patch');
  let out = xml.replace(open, `${open}<w:widowControl w:val="0"/><w:kinsoku/>`);
  for (const id of offGrid) out = offTheGrid(out, id);
  return out;
}

/**
 * `w:snapToGrid w:val="0"` in a style's paragraph properties (docx has no paragraph option for it).
 * LibreOffice rounds every line of a paragraph that snaps to the line grid up to whole grid lines:
 * a 二号 title took two lines and a 22-pt table line a full 28.95 pt. Word keeps an exact line height
 * either way, so turning the snap off for these styles makes LibreOffice set them as Word does.
 * The element goes just before w:spacing, its place in the schema's order.
 */
function offTheGrid(xml: string, styleId: string): string {
  const style = new RegExp(`(<w:style [^>]*w:styleId="${styleId}"[^>]*>(?:(?!</w:style>)[\\s\\S])*?<w:pPr>(?:(?!</w:pPr>)[\\s\\S])*?)(<w:spacing )`);
  if (!style.test(xml)) throw new Error(`styles.xml: style ${styleId} has no spacing to patch before`);
  return xml.replace(style, '$1<w:snapToGrid w:val="0"/>$2');
}

/**
 * Theme font attributes (w:asciiTheme …) override explicit font names in Word. docx writes none for
 * our runs and styles today; the strip guards against a library update that starts adding them.
 */
export function stripThemeFonts(xml: string): string {
  return xml.replace(/\s+w:(?:ascii|hAnsi|eastAsia|cs)Theme="[^"]*"/g, '');
}

/**
 * docx writes switched-off properties as `w:val="false"` (widow control, bold). Word and FORMAT.md
 * write `w:val="0"`; both are valid, and "0" is what people grep a file for.
 */
export function offAsZero(xml: string): string {
  return xml.replace(/(<w:[A-Za-z]+ w:val=)"false"(\/>)/g, '$1"0"$2');
}

const PATCHED = /^word\/(document|styles|footer\d*|header\d*)\.xml$/;

export function patchPart(name: string, xml: string, offGrid: readonly string[]): string {
  if (!PATCHED.test(name)) return xml;
  return offAsZero(stripThemeFonts(name === 'word/styles.xml' ? patchStyles(xml, offGrid) : xml));
}

/**
 * docx's compiler: the package's parts by path, what Packer.toBuffer zips. It is not public API (docx
 * is pinned to an exact version; every export test goes through here), so it is looked up.
 */
type Compiler = { compile(file: Document): Map<string, string | Uint8Array> };
const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;

/** The package's parts by path, in docx's order, before patching. */
export function compileParts(document: Document): Map<string, string | Uint8Array> {
  if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler is gone (a docx update?): export cannot patch the package');
  return compiler.compile(document);
}

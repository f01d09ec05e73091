// A reviewer's tracked edits made to a .docx in code, the way Word marks them: insertions after a
// piece of text (w:ins), replacements (w:del + w:ins), whole paragraphs deleted (w:del on the text
// and on the paragraph mark), and comments over a piece of text (comments.xml, range markers and a
// reference run). For API and UI tests that need an edited file without running an office suite.
import JSZip from 'jszip';
import { XML_DECLARATION, childEl, el, elements, find, parseXml, serialize, textOf, type XmlNode } from '../../main/services/revision/xml-tree.ts';

export interface Review {
  author: string;
  date: string;
  insertAfter?: [find: string, text: string][];
  replace?: [find: string, by: string][];
  deleteParagraph?: string[];
  comment?: [find: string, text: string][];
}

let nextId = 9000;
const stamp = (r: Review) => ({ 'w:id': String(nextId++), 'w:author': r.author, 'w:date': r.date });
const runWith = (rPr: XmlNode | undefined, tag: 'w:t' | 'w:delText', text: string) => el('w:r', {}, [...(rPr ? [rPr] : []), el(tag, { 'xml:space': 'preserve' }, [text])]);

/** The paragraph and run whose w:t holds `text` (within one run, as our exports write it). */
function locate(body: XmlNode, text: string): { p: XmlNode; r: XmlNode; t: string } {
  for (const p of elements(body).filter((n) => n.name === 'w:p')) {
    for (const r of elements(p).filter((n) => n.name === 'w:r')) {
      const t = childEl(r, 'w:t');
      if (t && textOf(t).includes(text)) return { p, r, t: textOf(t) };
    }
  }
  throw new Error(`review-docx: no run holds “${text}”`);
}

/** Replaces run `r` of paragraph `p` by `pieces`. */
function splice(p: XmlNode, r: XmlNode, pieces: XmlNode[]): void {
  const k = p.children.indexOf(r);
  p.children.splice(k, 1, ...pieces);
}

export async function reviewDocx(bytes: Uint8Array, review: Review): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const doc = parseXml(await zip.file('word/document.xml')!.async('string'));
  const body = find(doc, 'w:body')!;
  for (const [what, text] of review.insertAfter ?? []) {
    const { p, r, t } = locate(body, what);
    const rPr = childEl(r, 'w:rPr');
    const at = t.indexOf(what) + what.length;
    splice(p, r, [runWith(rPr, 'w:t', t.slice(0, at)), el('w:ins', stamp(review), [runWith(rPr, 'w:t', text)]), runWith(rPr, 'w:t', t.slice(at))]);
  }
  for (const [what, by] of review.replace ?? []) {
    const { p, r, t } = locate(body, what);
    const rPr = childEl(r, 'w:rPr');
    const at = t.indexOf(what);
    splice(p, r, [
      runWith(rPr, 'w:t', t.slice(0, at)),
      el('w:del', stamp(review), [runWith(rPr, 'w:delText', what)]),
      el('w:ins', stamp(review), [runWith(rPr, 'w:t', by)]),
      runWith(rPr, 'w:t', t.slice(at + what.length)),
    ]);
  }
  for (const what of review.deleteParagraph ?? []) {
    const { p } = locate(body, what);
    const pPr = childEl(p, 'w:pPr') ?? el('w:pPr');
    const runs = elements(p).filter((n) => n.name === 'w:r');
    p.children = [
      el('w:pPr', {}, [...elements(pPr), el('w:rPr', {}, [el('w:del', stamp(review))])]),
      el('w:del', stamp(review), runs.map((r) => runWith(childEl(r, 'w:rPr'), 'w:delText', textOf(childEl(r, 'w:t') ?? el('w:t'))))),
    ];
  }
  const comments: XmlNode[] = [];
  for (const [k, [what, text]] of (review.comment ?? []).entries()) {
    const { p, r, t } = locate(body, what);
    const rPr = childEl(r, 'w:rPr');
    const at = t.indexOf(what);
    const id = String(k);
    splice(p, r, [
      runWith(rPr, 'w:t', t.slice(0, at)),
      el('w:commentRangeStart', { 'w:id': id }),
      runWith(rPr, 'w:t', what),
      el('w:commentRangeEnd', { 'w:id': id }),
      el('w:r', {}, [el('w:commentReference', { 'w:id': id })]),
      runWith(rPr, 'w:t', t.slice(at + what.length)),
    ]);
    comments.push(el('w:comment', { 'w:id': id, 'w:author': review.author, 'w:date': review.date, 'w:initials': review.author.slice(0, 1) }, [el('w:p', {}, [el('w:r', {}, [el('w:t', {}, [text])])])]));
  }
  zip.file('word/document.xml', XML_DECLARATION + serialize(doc));
  if (comments.length) {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    zip.file('word/comments.xml', XML_DECLARATION + serialize(el('w:comments', { 'xmlns:w': W }, comments)));
    const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    zip.file('word/_rels/document.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdReview1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>'));
  }
  const core = await zip.file('docProps/core.xml')!.async('string');
  zip.file('docProps/core.xml', core.replace(/<cp:lastModifiedBy>[^<]*<\/cp:lastModifiedBy>/, `<cp:lastModifiedBy>${review.author}</cp:lastModifiedBy>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

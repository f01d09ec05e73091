// What a .docx holds besides its text that the import decides for the user: tracked changes not yet
// accepted or rejected (Word's 修订) and comments (批注). The reader takes the text as it reads once
// every change is accepted (inserted text in, deleted text out) and leaves comments out; the user is
// told so in the import's notices, in Chinese, so that a draft with a colleague's open revisions is
// not taken silently for the final text.
import { scanXml } from './xml.ts';

export interface Revisions {
  /** Insertions (w:ins, w:moveTo) that hold text. */
  inserted: number;
  /** Deletions (w:del, w:moveFrom) that hold text. */
  deleted: number;
  /** Comments anchored in the text (w:commentReference). */
  comments: number;
}

const INSERTION = new Set(['w:ins', 'w:moveTo']);
const DELETION = new Set(['w:del', 'w:moveFrom']);

/** Counts the text revisions and comments of document.xml; a revision of formatting alone, or of a paragraph mark, is not counted. */
export function countRevisions(xml: string): Revisions {
  const out: Revisions = { inserted: 0, deleted: 0, comments: 0 };
  // The revision elements open, each with whether text was seen inside it yet.
  const open: { name: string; kind: 'inserted' | 'deleted'; text: boolean }[] = [];
  let inText = 0;
  scanXml(xml, {
    open(name) {
      if (INSERTION.has(name)) open.push({ name, kind: 'inserted', text: false });
      else if (DELETION.has(name)) open.push({ name, kind: 'deleted', text: false });
      else if (name === 'w:t' || name === 'w:delText') inText++;
      else if (name === 'w:commentReference') out.comments++;
    },
    close(name) {
      if (name === 'w:t' || name === 'w:delText') inText = Math.max(0, inText - 1);
      else if (open.length && open[open.length - 1]!.name === name) {
        const r = open.pop()!;
        if (r.text) out[r.kind]++;
      }
    },
    text(text) {
      const r = open[open.length - 1];
      if (r && inText > 0 && text.trim() !== '') r.text = true;
    },
  });
  return out;
}

/** The notice for the import report, or none when the file has no open revision and no comment. */
export function revisionNotice(r: Revisions): string | undefined {
  const parts: string[] = [];
  const changes = r.inserted + r.deleted;
  if (changes) {
    const kinds = [r.inserted ? `插入 ${r.inserted} 处` : '', r.deleted ? `删除 ${r.deleted} 处` : ''].filter(Boolean).join('、');
    const how = [r.inserted ? '插入的文字已导入' : '', r.deleted ? '删除的文字未导入' : ''].filter(Boolean).join('，');
    parts.push(`本文件含未处理的修订 ${changes} 处（${kinds}），按全部接受修订后的文字导入：${how}`);
  }
  if (r.comments) parts.push(`${changes ? '另有' : '本文件含'}批注 ${r.comments} 条，批注文字未导入`);
  return parts.length ? `${parts.join('；')}。` : undefined;
}

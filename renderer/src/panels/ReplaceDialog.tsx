// The preview of a replacement: the current text of the part (or the whole draft) beside the new
// one, changes highlighted, with 采纳 and 放弃. It says how many of the user's own edits (text the
// engine never wrote) the replacement would take away, before anything is replaced.
import { useEffect, useMemo, useRef, useState } from 'react';
import { diffParagraphs } from '../../../core/doc/diff.ts';
import type { DocModel } from '../../../core/doc/model.ts';
import { numberBlocks } from '../../../core/doc/numbering.ts';
import { blockText, partLines } from '../../../core/doc/text.ts';
import { call } from '../api.ts';
import { DiffView } from './DiffView.tsx';
import type { Proposal } from './context.ts';

/**
 * Paragraphs the user wrote or changed that the proposal would replace (versions.ownEdits: one
 * definition for every preview); null until known, 0 when it cannot be told.
 */
function useOwnEdits(documentId: number, current: DocModel, proposal: Proposal): number | null {
  const [edited, setEdited] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const { doc: next, part, paragraph } = proposal;
    call('versions.ownEdits', { documentId, doc: current, next, ...(part !== undefined ? { part } : {}), ...(paragraph !== undefined ? { paragraph } : {}) }).then(
      (r) => live && setEdited(r.paragraphs),
      () => live && setEdited(0),
    );
    return () => {
      live = false;
    };
  }, [documentId, current, proposal]);
  return edited;
}

/** 「全文」, 「第二部分」 for a numbered part, 「“开场”」 for a named one. */
function partName(doc: DocModel, part: number | undefined): string {
  if (part === undefined) return '全文';
  const name = doc.parts?.[part];
  if (!name) return `第${part + 1}部分`;
  return /^[一二三四五六七八九十]+$/.test(name) ? `第${name}部分` : `“${name}”`;
}

/** The lines the preview compares: the paragraph's, the part's or the whole draft's. */
function shownLines(doc: DocModel, proposal: Proposal): string[] {
  if (proposal.paragraph === undefined) return partLines(doc, proposal.part);
  const block = doc.blocks[proposal.paragraph];
  return block ? [blockText(block, numberBlocks(doc.blocks).marks[proposal.paragraph] ?? '')] : [];
}

/** What the preview says when nothing would change: a new wording that found none, or any other replacement. */
function sameText(label: string, where: string): string {
  return label.startsWith('换一种说法') ? `两边没有差别：${where}这次没有换出别的写法，不必采纳。` : '两边没有差别，不必采纳。';
}

export function ReplaceDialog(p: { proposal: Proposal; documentId: number; current: DocModel; busy: boolean; onAccept(): void; onCancel(): void }) {
  const { proposal, current } = p;
  const diff = useMemo(() => diffParagraphs(shownLines(current, proposal), shownLines(proposal.doc, proposal)), [current, proposal]);
  const edited = useOwnEdits(p.documentId, current, proposal);
  const kept = useMemo(() => new Set(proposal.keptLines ?? []), [proposal]);
  const one = proposal.paragraph !== undefined;
  const accept = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const where = one ? '这一段' : partName(current, proposal.part);
  const unchanged = diff.paragraphs.every((d) => d.kind === 'equal');
  // Nothing would change: the dialog says so and 放弃 has the focus (session 22's screen test: 采纳 under a bare
  // 「两边没有差别」 read as a dead button).
  useEffect(() => (unchanged ? cancel : accept).current?.focus(), [unchanged]);
  return (
    <div className="modal-back" role="presentation">
      <div
        className="modal replace-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={`预览：${proposal.label}`}
        onKeyDown={(e) => {
          if (e.key === 'Escape') p.onCancel();
        }}
      >
        <h2>预览：{proposal.label}</h2>
        {edited !== null && edited > 0 && (
          <p className="warn-box" role="alert">
            {one ? '这一段是您改写过的文字，采纳后您的改动将被替换。' : `${where}中有 ${edited} 段是您改写或添加过的文字，采纳后这些改动将被替换。`}
            原文会先保存为一个版本，采纳后也可以按 Ctrl+Z 撤销。
          </p>
        )}
        {!!proposal.kept && (
          <p className="keep-box" role="note">
            {where}中有 {proposal.kept} 段是您改写或添加过的文字，保持原样，没有换说法；只换了其余由系统生成的文字。
            {kept.size > 0 && '下表中这些段落标有“保留您的修改”；灰色的是系统生成、换说法后没有变的文字。'}
          </p>
        )}
        <p className="hint">
          左边是现在的{where}，右边是替换后的文字；
          {unchanged ? sameText(proposal.label, where) : `增加 ${diff.stats.inserted} 字，删除 ${diff.stats.deleted} 字。`}
          采纳前，正文不会有任何改动
          {one ? '；采纳后只替换光标所在的这一段，其他段落（包括您改过的文字）不变' : proposal.part !== undefined ? `；采纳后只替换${where}，其他部分（包括您改过的文字）不变` : ''}。
        </p>
        <div className="diffhead">
          <span>现在</span>
          <span>替换后</span>
        </div>
        <div className="modal-body">
          <DiffView paragraphs={diff.paragraphs} kept={kept} />
        </div>
        <div className="row end">
          <button ref={cancel} onClick={p.onCancel} disabled={p.busy}>
            放弃
          </button>
          <button ref={accept} className="primary" onClick={p.onAccept} disabled={p.busy}>
            {p.busy ? '正在替换…' : '采纳'}
          </button>
        </div>
      </div>
    </div>
  );
}

// 换一种说法: a new wording for the paragraph the cursor is in, one part or the whole draft, shown
// first for 采纳 / 放弃; the old text is kept as a version before it is replaced. Below, the 范文库's
// headings for each part (HeadingChoices).
import { useState } from 'react';
import { partLines } from '../../../core/doc/text.ts';
import { call } from '../api.ts';
import type { EditorCtx, Proposal } from './context.ts';
import { HeadingChoices } from './HeadingChoices.tsx';
import { useCursorParagraph, type CursorParagraph } from './useCursorParagraph.ts';

/** A part as the buttons and the preview both name it: 「开场」「第一部分」…「结尾」. */
function partLabel(name: string): string {
  return /^[一二三四五六七八九十]+$/.test(name) ? `第${name}部分` : name;
}

/** Her paragraphs a new wording kept: how many, and which (the preview marks them). */
function keptOf(res: { kept?: number; keptLines?: string[] }): Pick<Proposal, 'kept' | 'keptLines'> {
  return res.kept ? { kept: res.kept, ...(res.keptLines ? { keptLines: res.keptLines } : {}) } : {};
}

export function RewordPanel({ ctx }: { ctx: EditorCtx }) {
  const doc = ctx.current();
  // The draft's own parts: one the engine left out (a two-part speech's 「三」) has nothing to reword.
  const parts = (doc.parts?.length ? doc.parts : ['开场', '一', '二', '三', '结尾']).map((name, i) => ({ name, i })).filter(({ i }) => !doc.parts?.length || partLines(doc, i).length > 0);
  const [busy, setBusy] = useState<number | 'all' | 'paragraph' | null>(null);
  const cursor = useCursorParagraph(ctx);
  const run = async (part: number | 'all' | 'paragraph') => {
    setBusy(part);
    try {
      await ctx.flush();
      const { documentId } = ctx;
      if (part === 'paragraph') {
        if (!cursor?.generated) return;
        const paragraph = cursor.index;
        const res = await call('documents.redraft', { documentId, paragraph, preview: true });
        const seed = res.doc.partSeeds?.[cursor.part];
        ctx.propose({
          label: res.label,
          doc: res.doc,
          paragraph,
          commit: () => call('documents.redraft', { documentId, paragraph, ...(seed !== undefined ? { options: { seed } } : {}) }),
        });
      } else if (part === 'all') {
        const seed = Math.floor(Math.random() * 1_000_000);
        const res = await call('documents.redraft', { documentId, options: { seed }, preview: true });
        // Her own paragraphs stay (res.kept): the preview says so.
        ctx.propose({ label: res.label, doc: res.doc, ...keptOf(res), commit: () => call('documents.redraft', { documentId, options: { seed } }) });
      } else {
        const res = await call('documents.redraft', { documentId, part, preview: true });
        const doc = res.doc;
        const seed = doc.partSeeds?.[part];
        ctx.propose({
          label: res.label,
          doc,
          part,
          ...keptOf(res),
          commit: () => call('documents.redraft', { documentId, part, ...(seed !== undefined ? { options: { seed } } : {}) }),
        });
      }
    } catch (e) {
      ctx.status.error(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="panel-reword">
      <p className="hint">换一种说法只改措辞，不改材料中的事实。先看预览，采纳后只替换所选的一段、一个部分或全文中由系统生成的文字，您改写或添加过的段落保持原样；原文会保存为版本，也可按 Ctrl+Z 撤销。</p>
      <ParagraphChoice cursor={cursor} busy={busy} onRun={() => void run('paragraph')} />
      <div className="buttons" role="group" aria-label="要换说法的部分">
        {parts.slice(0, 5).map(({ name, i }) => (
          <button key={i} data-part={i} disabled={busy !== null} onClick={() => void run(i)}>
            {busy === i ? '正在生成…' : partLabel(name)}
          </button>
        ))}
        {/* 「或」 goes with 全文 onto the next line, never dangling at the end of a row. */}
        <span className="or-all">
          <span className="or">或</span>
          <button data-part="all" disabled={busy !== null} onClick={() => void run('all')}>
            {busy === 'all' ? '正在生成…' : '全文'}
          </button>
        </span>
      </div>
      <HeadingChoices ctx={ctx} />
    </div>
  );
}

/** 「光标所在的段落」: what the cursor is in, and the button that rewords it alone. */
function ParagraphChoice({ cursor, busy, onRun }: { cursor: CursorParagraph | null; busy: unknown; onRun(): void }) {
  return (
    <div className="reword-paragraph">
      <button data-part="paragraph" disabled={busy !== null || !cursor?.generated} onMouseDown={(e) => e.preventDefault()} onClick={onRun}>
        {busy === 'paragraph' ? '正在生成…' : '只换光标所在的一段'}
      </button>
      <p className="hint" aria-live="polite">
        {!cursor
          ? '先在正文中点一下要换说法的段落。'
          : cursor.generated
            ? `${cursor.where}：“${cursor.start}”`
            : `${cursor.where}：${cursor.why}`}
      </p>
    </div>
  );
}

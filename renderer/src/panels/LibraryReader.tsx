// One 范文库 document to read whole: its title and head lines, where it came from, its outline (提纲)
// and its text, as search and drafting use them. From the list; 移到回收站 from here too.
import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { call } from '../api.ts';
import { formatTime } from '../labels.ts';
import type { Status } from '../status.ts';
import { GENRE_NAMES as GENRE_LABELS } from '../../../core/outline/types.ts';
import { correctedNote, LibraryCorrect } from './LibraryCorrect.tsx';
import { readerParts } from './reader-front.ts';

type LibraryText = Output<'library.document'>;

export const GENRE_NAMES: Readonly<Record<string, string>> = GENRE_LABELS;

/** `onChanged`: the user corrected its title or 体裁 (the list is read again). */
export function LibraryReader(p: { documentId: number; status: Status; onClose(): void; onRemove?(doc: LibraryText): void; onChanged?(): void }) {
  const [doc, setDoc] = useState<LibraryText | null>(null);
  const { documentId, status, onClose } = p;
  useEffect(() => {
    let live = true;
    call('library.document', { documentId })
      .then((d) => live && setDoc(d))
      .catch((e: unknown) => {
        status.error(e);
        onClose();
      });
    return () => {
      live = false;
    };
  }, [documentId, status, onClose]);
  return (
    <div className="modal-back" role="presentation" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <div className="modal library-reader" role="dialog" aria-modal="true" aria-label={doc ? `阅读：${doc.title || '（无标题）'}` : '阅读范文'} onKeyDown={(e) => e.key === 'Escape' && onClose()}>
        {!doc ? (
          <p className="empty">正在打开…</p>
        ) : (
          <>
            <h2>{doc.title || '（无标题）'}</h2>
            <p className="hint">
              {GENRE_NAMES[doc.genre] ?? doc.genre} · 来自 {doc.sourceName} · {formatTime(doc.importedAt)} 导入 · {doc.chars} 字
              {doc.removedAt !== null && ` · 在回收站中（${formatTime(doc.removedAt)} 移入）`}
              {doc.corrected && ` · ${correctedNote(doc)}`}
            </p>
            <LibraryCorrect
              key={doc.id}
              doc={doc}
              status={status}
              onChanged={(next) => {
                setDoc({ ...doc, ...next, corrected: next.corrected });
                p.onChanged?.();
              }}
            />
            <div className="modal-body reader-body">
              {doc.outline.length > 0 && (
                <nav className="reader-outline" aria-label="提纲">
                  <h3>提纲</h3>
                  <ol>
                    {doc.outline.map((h, i) => (
                      <li key={i} className={`ol-l${Math.min(h.level, 4)}`}>
                        {h.number}
                        {h.heading}
                      </li>
                    ))}
                  </ol>
                </nav>
              )}
              <ReaderText doc={doc} />
            </div>
            <div className="row end">
              {doc.removedAt === null && p.onRemove && (
                <button className="danger" onClick={() => p.onRemove!(doc)}>
                  移到回收站
                </button>
              )}
              <button className="primary" autoFocus onClick={onClose}>
                关闭
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}

/** The text with its front once: the title (when the text opens with it) and the head lines centred, then the body. */
function ReaderText({ doc }: { doc: LibraryText }) {
  const parts = readerParts(doc.title, doc.head, doc.text);
  return (
    <article className="reader-text">
      {parts.title && <p className="reader-title">{parts.title}</p>}
      {parts.head.map((line, i) => (
        <p key={`h${i}`} className="reader-head">
          {line}
        </p>
      ))}
      {parts.body.map((line, i) => (line.trim() ? <p key={i}>{line}</p> : null))}
    </article>
  );
}

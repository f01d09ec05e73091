// The title and head lines of the draft (not edited in the body): printed above it as on paper.
// The title can be corrected in place (a click, then Enter); the other head lines come from the
// material and change with it — but a 【待补充】 gap in them is filled in place (a click, type, Enter).
import { useState } from 'react';
import type { DocModel } from '../../../core/doc/model.ts';
import { runsText } from '../../../core/doc/text.ts';
import { GapText } from './GapText.tsx';
import type { HeadLine } from './useDocSession.ts';

export function DocHead({ doc, onTitle, onFillGap }: { doc: DocModel; onTitle?(text: string): void; onFillGap?(field: HeadLine, gap: string, value: string): void }) {
  const fill = (field: HeadLine) => (onFillGap ? (gap: string, value: string) => onFillGap(field, gap, value) : undefined);
  const h = doc.minutesHead;
  const [editing, setEditing] = useState(false);
  const title = runsText(doc.title);
  const commit = (text: string) => {
    setEditing(false);
    const t = text.replace(/\s*\n\s*/g, '').trim();
    if (t && t !== title) onTitle?.(t);
  };
  return (
    <div className="dochead">
      {editing ? (
        <textarea
          className="doctitle doctitle-edit"
          aria-label="标题"
          defaultValue={title}
          autoFocus
          rows={2}
          onBlur={(e) => commit(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit(e.currentTarget.value);
            } else if (e.key === 'Escape') setEditing(false);
          }}
        />
      ) : (
        <h1 className="doctitle" title={onTitle ? '点击修改标题' : undefined} onClick={() => onTitle && setEditing(true)}>
          <GapText text={title} />
        </h1>
      )}
      {h?.issue && <p className="centered issue"><GapText text={runsText(h.issue)} /></p>}
      {h && (h.organizer || h.date) && (
        <p className="minuteshead">
          <span><GapText text={runsText(h.organizer)} /></span>
          <span><GapText text={runsText(h.date)} /></span>
        </p>
      )}
      {h && <hr className="redrule" />}
      {doc.subtitle && <p className="centered kai subtitle"><GapText text={runsText(doc.subtitle)} onFill={fill('subtitle')} /></p>}
      {doc.dateLine && <p className="centered kai byline"><GapText text={runsText(doc.dateLine)} onFill={fill('dateLine')} /></p>}
      {doc.speakerLine && <p className="centered kai byline"><GapText text={runsText(doc.speakerLine)} onFill={fill('speakerLine')} /></p>}
    </div>
  );
}

// Text with its 【待补充…】 gaps highlighted, for the lines outside the editor. With `onFill`, a gap is
// filled where it stands: a click on it opens a box asking for what it names (「讲话人姓名」), Enter
// puts the typed text in its place (Esc leaves it) — no 重新生成, which would cost her edits.
import { useState } from 'react';

const GAPS = /(【待补充[^】]*】)/;

/** What a gap asks for: 「讲话人姓名」 from 「【待补充：讲话人姓名】」. */
const asked = (gap: string) => /^【待补充[：:]?([^】]*)】$/.exec(gap)?.[1]?.trim() || '待补充的内容';

export function GapText({ text, onFill }: { text: string; onFill?: (gap: string, value: string) => void }) {
  const [open, setOpen] = useState<number | null>(null);
  return (
    <>
      {text.split(GAPS).map((part, i) => {
        if (i % 2 === 0) return part;
        if (!onFill) return <span key={i} className="gap">{part}</span>;
        if (open === i) {
          const done = (value: string) => {
            setOpen(null);
            if (value) onFill(part, value);
          };
          return <GapInput key={i} what={asked(part)} onDone={done} />;
        }
        return (
          <span key={i} className="gap fillable" role="button" tabIndex={0} title={`点击填写${asked(part)}`} onClick={() => setOpen(i)} onKeyDown={(e) => e.key === 'Enter' && setOpen(i)}>
            {part}
          </span>
        );
      })}
    </>
  );
}

function GapInput({ what, onDone }: { what: string; onDone(value: string): void }) {
  return (
    <input
      className="gap-input"
      aria-label={what}
      placeholder={what}
      autoFocus
      size={Math.max(6, what.length + 2)}
      onBlur={(e) => onDone(e.target.value.trim())}
      onKeyDown={(e) => {
        if (e.key === 'Enter') onDone(e.currentTarget.value.trim());
        else if (e.key === 'Escape') onDone('');
      }}
    />
  );
}

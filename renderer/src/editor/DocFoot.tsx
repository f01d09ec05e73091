// The 版记 under the body, as it prints at the foot of the last page: 分送/抄送 lines and the 印发 line
// between rules (thick first and last). It comes from the material's options and changes with them.
import type { DocModel } from '../../../core/doc/model.ts';
import { runsText } from '../../../core/doc/text.ts';
import { GapText } from './GapText.tsx';

export function DocFoot({ doc }: { doc: DocModel }) {
  const c = doc.colophon;
  if (!c) return null;
  return (
    <div className="colophon" aria-label="版记">
      {c.lines.map((l) => (
        <p key={l.label} className="colophon-line">
          <span className="colophon-label">{l.label}：</span>
          <GapText text={runsText(l.runs)} />
        </p>
      ))}
      <p className="colophon-line colophon-printed">
        <span>
          <GapText text={runsText(c.printedBy)} />
        </span>
        <span>
          <GapText text={runsText(c.printed)} />
        </span>
      </p>
    </div>
  );
}

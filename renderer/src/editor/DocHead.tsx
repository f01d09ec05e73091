// The title and head lines of the draft (not edited in the body): printed above it as on paper.
import type { DocModel } from '../../../core/doc/model.ts';
import { runsText } from '../../../core/doc/text.ts';
import { GapText } from './GapText.tsx';

export function DocHead({ doc }: { doc: DocModel }) {
  const h = doc.minutesHead;
  return (
    <div className="dochead">
      <h1 className="doctitle"><GapText text={runsText(doc.title)} /></h1>
      {h?.issue && <p className="centered issue"><GapText text={runsText(h.issue)} /></p>}
      {h && (h.organizer || h.date) && (
        <p className="minuteshead">
          <span><GapText text={runsText(h.organizer)} /></span>
          <span><GapText text={runsText(h.date)} /></span>
        </p>
      )}
      {h && <hr className="redrule" />}
      {doc.subtitle && <p className="centered kai"><GapText text={runsText(doc.subtitle)} /></p>}
      {doc.dateLine && <p className="centered kai"><GapText text={runsText(doc.dateLine)} /></p>}
      {doc.speakerLine && <p className="centered kai"><GapText text={runsText(doc.speakerLine)} /></p>}
    </div>
  );
}

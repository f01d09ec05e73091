// A side-by-side diff from versions.diff: old on the left, new on the right, edits highlighted; in a
// preview of a new wording, the user's own paragraphs it kept are marked as hers.
import type { ParagraphDiff, Span } from '../../../core/doc/diff.ts';

function Spans({ spans }: { spans: Span[] }) {
  return (
    <>
      {spans.map((s, i) => (s.op === 'equal' ? <span key={i}>{s.text}</span> : s.op === 'insert' ? <ins key={i}>{s.text}</ins> : <del key={i}>{s.text}</del>))}
    </>
  );
}

/**
 * `kept`: the user's own lines a new wording left as they were (a preview of 换一种说法): marked
 * 「保留您的修改」, apart from the engine's lines that simply did not change (grey).
 */
export function DiffView({ paragraphs, kept }: { paragraphs: ParagraphDiff[]; kept?: ReadonlySet<string> }) {
  return (
    <table className="diff">
      <tbody>
        {paragraphs.map((p, i) => {
          // A line replaced whole (a reworded heading) sits beside its replacement, in one row.
          const next = paragraphs[i + 1];
          if (p.kind === 'inserted' && paragraphs[i - 1]?.kind === 'deleted') return null;
          if (p.kind === 'deleted' && next?.kind === 'inserted')
            return (
              <tr key={i} className="replaced">
                <td>
                  <del>{p.left}</del>
                </td>
                <td>
                  <ins>{next.right}</ins>
                </td>
              </tr>
            );
          switch (p.kind) {
            case 'equal':
              return kept?.has(p.right) ? (
                <tr key={i} className="kept-own">
                  <td>{p.left}</td>
                  <td>
                    <span className="kept-tag">保留您的修改</span>
                    {p.right}
                  </td>
                </tr>
              ) : (
                <tr key={i} className="eq">
                  <td>{p.left}</td>
                  <td>{p.right}</td>
                </tr>
              );
            case 'changed':
              return (
                <tr key={i} className="changed">
                  <td>
                    <Spans spans={p.left} />
                  </td>
                  <td>
                    <Spans spans={p.right} />
                  </td>
                </tr>
              );
            case 'deleted':
              return (
                <tr key={i} className="deleted">
                  <td>
                    <del>{p.left}</del>
                  </td>
                  <td />
                </tr>
              );
            case 'inserted':
              return (
                <tr key={i} className="inserted">
                  <td />
                  <td>
                    <ins>{p.right}</ins>
                  </td>
                </tr>
              );
            case 'moved':
              return (
                <tr key={i} className="moved">
                  <td>{p.side === 'from' ? `（移走）${p.left}` : ''}</td>
                  <td>{p.side === 'to' ? `（移入）${p.right}` : ''}</td>
                </tr>
              );
          }
        })}
      </tbody>
    </table>
  );
}

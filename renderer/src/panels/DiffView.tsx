// A side-by-side diff from versions.diff: old on the left, new on the right, edits highlighted.
import type { ParagraphDiff, Span } from '../../../core/doc/diff.ts';

function Spans({ spans }: { spans: Span[] }) {
  return (
    <>
      {spans.map((s, i) => (s.op === 'equal' ? <span key={i}>{s.text}</span> : s.op === 'insert' ? <ins key={i}>{s.text}</ins> : <del key={i}>{s.text}</del>))}
    </>
  );
}

export function DiffView({ paragraphs }: { paragraphs: ParagraphDiff[] }) {
  return (
    <table className="diff">
      <tbody>
        {paragraphs.map((p, i) => {
          switch (p.kind) {
            case 'equal':
              return (
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

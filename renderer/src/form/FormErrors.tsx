// The list of what is wrong with the material, above the form (not in the top bar): each line names
// the field as the form does and takes the user to it.
import { problemElement, type Problem } from './check.ts';

export function focusProblem(root: ParentNode | null, field: string): void {
  const el = root ? problemElement(root, field) : null;
  if (!el) return;
  el.scrollIntoView({ block: 'center' });
  const input = el.matches('input, textarea, select') ? el : el.querySelector<HTMLElement>('input, textarea, select, button');
  input?.focus({ preventScroll: true });
}

/** `action`: the button that drafts from the material where the list is shown (「生成」, or 「重新生成」 in the 材料 panel). */
export function FormErrors({ problems, root, onClose, action = '生成' }: { problems: readonly Problem[]; root: () => ParentNode | null; onClose(): void; action?: string }) {
  if (!problems.length) return null;
  return (
    <section className="form-errors" role="alert" aria-label="材料中需要修改的地方">
      <div className="form-errors-head">
        <strong>材料中有 {problems.length} 处需要修改，改好后再点「{action}」：</strong>
        <button className="close" onClick={onClose} aria-label="关闭提示">
          ×
        </button>
      </div>
      <ol>
        {problems.map((p, i) => (
          <li key={i}>
            {p.field ? (
              <button className="linkish" onClick={() => focusProblem(root(), p.field)}>
                {p.text}
              </button>
            ) : (
              p.text
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}

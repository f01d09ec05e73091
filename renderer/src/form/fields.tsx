// Form fields bound to a path in the material.
import { createContext, useContext, useId } from 'react';
import type { ReactNode } from 'react';
import { getIn } from './material.ts';
import type { Json, Path } from './material.ts';

export interface FormApi {
  data: Json;
  set(path: Path, value: Json | undefined): void;
}
export const FormContext = createContext<FormApi>({ data: null, set: () => {} });

function Labelled({ label, wide, children, id }: { label: string; wide?: boolean | undefined; children: ReactNode; id: string }) {
  return (
    <div className={wide ? 'field wide' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

export function Text({ path, label, wide, placeholder, type }: { path: Path; label: string; wide?: boolean; placeholder?: string; type?: 'date' | 'text' }) {
  const { data, set } = useContext(FormContext);
  const id = useId();
  const v = getIn(data, path);
  return (
    <Labelled label={label} wide={wide} id={id}>
      <input id={id} type={type ?? 'text'} name={path.join('.')} placeholder={placeholder} value={typeof v === 'string' ? v : ''} onChange={(e) => set(path, e.target.value)} />
    </Labelled>
  );
}

export function LongText({ path, label }: { path: Path; label: string }) {
  const { data, set } = useContext(FormContext);
  const id = useId();
  const v = getIn(data, path);
  return (
    <Labelled label={label} wide id={id}>
      <textarea id={id} name={path.join('.')} rows={2} value={typeof v === 'string' ? v : ''} onChange={(e) => set(path, e.target.value)} />
    </Labelled>
  );
}

/** A list of short texts: one a line (`lines`) or separated by commas / 、. */
export function TextList({ path, label, lines }: { path: Path; label: string; lines?: boolean }) {
  const { data, set } = useContext(FormContext);
  const id = useId();
  const v = getIn(data, path);
  const items = Array.isArray(v) ? v.map(String) : [];
  const sep = lines ? '\n' : '，';
  const onChange = (text: string) => set(path, lines ? text.split('\n') : text.split(/[,，、]/));
  return (
    <Labelled label={label} wide={lines} id={id}>
      {lines ? (
        <textarea id={id} name={path.join('.')} rows={3} placeholder="每行一项" value={items.join(sep)} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input id={id} name={path.join('.')} placeholder="用逗号分隔" value={items.join(sep)} onChange={(e) => onChange(e.target.value)} />
      )}
    </Labelled>
  );
}

/** One of a few values; the first option, 「自动」 or 「不填」, leaves the field out. */
export function Choice({ path, label, options, none }: { path: Path; label: string; options: readonly string[]; none: string }) {
  const { data, set } = useContext(FormContext);
  const id = useId();
  const v = getIn(data, path);
  return (
    <Labelled label={label} id={id}>
      <select id={id} name={path.join('.')} value={typeof v === 'string' ? v : ''} onChange={(e) => set(path, e.target.value || undefined)}>
        <option value="">{none}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

export function Check({ path, label }: { path: Path; label: string }) {
  const { data, set } = useContext(FormContext);
  const id = useId();
  return (
    <div className="field check">
      <input id={id} type="checkbox" name={path.join('.')} checked={getIn(data, path) === true} onChange={(e) => set(path, e.target.checked ? true : undefined)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

// Form fields bound to a path in the material. A field's label comes from core/input/labels.ts
// (the one table that names the material's fields, also in refusals and a fact's source) unless the
// form gives a shorter one; a problem found by the check is shown under its field, which is marked.
import { createContext, useContext, useId, useState } from 'react';
import type { ReactNode } from 'react';
import { shortLabel, type MaterialKind } from '../../../core/input/labels.ts';
import { clockTime } from '../../../core/input/clock-time.ts';
import { typedDate } from '../../../core/input/typed-date.ts';
import { joinList, splitList, type ListSplit } from './list-text.ts';
import { getIn } from './material.ts';
import type { Json, Path } from './material.ts';

export interface FormApi {
  data: Json;
  set(path: Path, value: Json | undefined): void;
  /** Problems by field (its path joined with dots, as the field's name), shown under it. */
  errors?: ReadonlyMap<string, string>;
}
export const FormContext = createContext<FormApi>({ data: null, set: () => {} });

export const fieldName = (path: Path) => path.join('.');

export function materialKind(data: Json | undefined): MaterialKind {
  return getIn(data, ['kind']) === 'minutes' ? 'minutes' : 'speech';
}

/** The field's value, label, DOM id and problem. */
function useField(path: Path, label: string | undefined) {
  const { data, set, errors } = useContext(FormContext);
  const id = useId();
  const name = fieldName(path);
  return { value: getIn(data, path), set, id, name, label: label ?? shortLabel(materialKind(data), path) ?? String(path[path.length - 1]), error: errors?.get(name) };
}

function Labelled(props: { label: string; wide?: boolean | undefined; children: ReactNode; id: string; error: string | undefined; hint?: string }) {
  const { label, wide, children, id, error, hint } = props;
  return (
    <div className={`${wide ? 'field wide' : 'field'}${error ? ' invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && <p className="field-hint">{hint}</p>}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

/** 2026年3月5日, 2026/3/5, 2026.3.5, 二〇二六年三月五日 → 2026-03-05; anything else stays as typed (the check names it). */
export const normalizeDate = typedDate;

/**
 * One line of text. `date`: typed, not picked — the browser's date picker drops an impossible date
 * such as 2026-02-30 and the check would then say the field is empty instead of invalid. `time`: a
 * clock typed 「下午3:00」 is written 「下午3时」 when she leaves the field, as the draft prints it.
 */
export function Text(props: { path: Path; label?: string; wide?: boolean; placeholder?: string; type?: 'date' | 'text'; time?: boolean }) {
  const { path, label, wide, placeholder, type, time } = props;
  const f = useField(path, label);
  const date = type === 'date';
  const tidy = date ? normalizeDate : time ? clockTime : undefined;
  return (
    <Labelled label={f.label} wide={wide} id={f.id} error={f.error}>
      <input
        id={f.id}
        type="text"
        name={f.name}
        inputMode={date ? 'numeric' : undefined}
        placeholder={placeholder ?? (date ? '如 2026-11-20' : undefined)}
        aria-invalid={f.error ? true : undefined}
        aria-describedby={f.error ? `${f.id}-error` : undefined}
        value={typeof f.value === 'string' ? f.value : ''}
        onChange={(e) => f.set(path, e.target.value)}
        onBlur={tidy ? (e) => tidy(e.target.value) !== e.target.value && f.set(path, tidy(e.target.value)) : undefined}
      />
    </Labelled>
  );
}

export function LongText({ path, label }: { path: Path; label?: string }) {
  const f = useField(path, label);
  return (
    <Labelled label={f.label} wide id={f.id} error={f.error}>
      <textarea
        id={f.id}
        name={f.name}
        rows={2}
        aria-invalid={f.error ? true : undefined}
        value={typeof f.value === 'string' ? f.value : ''}
        onChange={(e) => f.set(path, e.target.value)}
      />
    </Labelled>
  );
}

const CLAUSES_HINT = '几个事例之间用“；”或换行隔开，一个事例里的逗号、顿号不会把它拆开';

/**
 * A list of short texts: one a line (`lines`), sentences cut at ；/a new line but never at a comma or 、
 * (`clauses`: 事例), or names separated by commas / 、. While she types a clause list, the text stays as
 * she typed it (her 、 is not redrawn as ；).
 */
export function TextList({ path, label, lines, clauses }: { path: Path; label?: string; lines?: boolean; clauses?: boolean }) {
  const f = useField(path, label);
  const { errors } = useContext(FormContext);
  const [typing, setTyping] = useState<string | null>(null);
  const items = Array.isArray(f.value) ? f.value.map(String) : [];
  // A problem with one item (「第2项配合单位」) shows on the list's box.
  const error = f.error ?? [...(errors ?? [])].find(([k]) => k.startsWith(`${f.name}.`))?.[1];
  const split: ListSplit = lines ? 'lines' : clauses ? 'clauses' : 'units';
  const onChange = (text: string) => {
    if (clauses) setTyping(text);
    f.set(path, splitList(text, split));
  };
  const common = { id: f.id, name: f.name, 'aria-invalid': error ? true : undefined, value: typing ?? joinList(items, split) };
  return (
    <Labelled label={f.label} wide={lines || clauses} id={f.id} error={error} hint={clauses ? CLAUSES_HINT : undefined}>
      {lines || clauses ? (
        <textarea
          {...common}
          rows={lines ? 3 : 2}
          placeholder={lines ? '每行一项' : '每个事例之间用“；”隔开，或每行一个'}
          onChange={(e) => onChange(e.target.value)}
          onBlur={() => setTyping(null)}
        />
      ) : (
        <input {...common} placeholder="用逗号分隔" onChange={(e) => onChange(e.target.value)} />
      )}
    </Labelled>
  );
}

/** One of a fixed list, or nothing (「自动」: the engine decides from the rest of the material). */
export function Choice({ path, label, options, none }: { path: Path; label?: string; options: readonly string[]; none: string }) {
  const f = useField(path, label);
  return (
    <Labelled label={f.label} id={f.id} error={f.error}>
      <select id={f.id} name={f.name} aria-invalid={f.error ? true : undefined} value={typeof f.value === 'string' ? f.value : ''} onChange={(e) => f.set(path, e.target.value || undefined)}>
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

export function Check({ path, label }: { path: Path; label?: string }) {
  const f = useField(path, label);
  return (
    <div className="field check">
      <input id={f.id} type="checkbox" name={f.name} checked={f.value === true} onChange={(e) => f.set(path, e.target.checked ? true : undefined)} />
      <label htmlFor={f.id}>{f.label}</label>
    </div>
  );
}

/** A whole number (minutes): stored as a number, absent when empty. */
export function Whole({ path, label, min, max, placeholder }: { path: Path; label?: string; min: number; max: number; placeholder?: string }) {
  const f = useField(path, label);
  return (
    <Labelled label={f.label} id={f.id} error={f.error}>
      <input
        id={f.id}
        type="number"
        min={min}
        max={max}
        step={1}
        name={f.name}
        aria-invalid={f.error ? true : undefined}
        placeholder={placeholder}
        value={typeof f.value === 'number' ? String(f.value) : ''}
        onChange={(e) => f.set(path, e.target.value === '' ? undefined : Number(e.target.value))}
      />
    </Labelled>
  );
}

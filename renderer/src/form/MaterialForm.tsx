// The material form for either kind, with the state handed in by the screen that owns it.
import type { Json, Path } from './material.ts';
import { setIn, getIn } from './material.ts';
import { FormContext } from './fields.tsx';
import { SpeechForm } from './SpeechForm.tsx';
import { MinutesForm } from './MinutesForm.tsx';

export function MaterialForm({ data, onChange, errors }: { data: Json; onChange(next: Json): void; errors?: ReadonlyMap<string, string> }) {
  const api = { data, set: (path: Path, value: Json | undefined) => onChange(setIn(data, path, value)), ...(errors ? { errors } : {}) };
  return <FormContext.Provider value={api}>{getIn(data, ['kind']) === 'minutes' ? <MinutesForm /> : <SpeechForm />}</FormContext.Provider>;
}

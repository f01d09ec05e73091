// The material form for each kind (讲话稿, 会议纪要, 会议记录), with the state handed in by the screen that owns it.
import type { Json, Path } from './material.ts';
import { setIn, getIn } from './material.ts';
import { FormContext } from './fields.tsx';
import { SpeechForm } from './SpeechForm.tsx';
import { MinutesForm } from './MinutesForm.tsx';
import { RecordForm } from './RecordForm.tsx';
import { isRecord } from './material.ts';

export function MaterialForm({ data, onChange, errors }: { data: Json; onChange(next: Json): void; errors?: ReadonlyMap<string, string> }) {
  const api = { data, set: (path: Path, value: Json | undefined) => onChange(setIn(data, path, value)), ...(errors ? { errors } : {}) };
  const form = isRecord(data) ? <RecordForm /> : getIn(data, ['kind']) === 'minutes' ? <MinutesForm /> : <SpeechForm />;
  return <FormContext.Provider value={api}>{form}</FormContext.Provider>;
}

// The material being edited: plain JSON in the shape of core/input/schema.ts, updated by path.
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Path = (string | number)[];

export function getIn(data: Json | undefined, path: Path): Json | undefined {
  let cur: Json | undefined = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Array.isArray(cur) ? cur[key as number] : cur[key as string];
  }
  return cur;
}

export function setIn(data: Json | undefined, path: Path, value: Json | undefined): Json {
  if (path.length === 0) return value ?? null;
  const [key, ...rest] = path;
  if (typeof key === 'number') {
    const arr = Array.isArray(data) ? [...data] : [];
    if (value === undefined && rest.length === 0) arr.splice(key, 1);
    else arr[key] = setIn(arr[key], rest, value);
    return arr;
  }
  const obj: { [k: string]: Json } = data && typeof data === 'object' && !Array.isArray(data) ? { ...data } : {};
  if (value === undefined && rest.length === 0) delete obj[key!];
  else obj[key!] = setIn(obj[key!], rest, value);
  return obj;
}

/** Drops empty strings, empty lists and empty objects, so optional fields are simply absent. */
export function clean(value: Json | undefined): Json | undefined {
  if (typeof value === 'string') {
    const t = value.trim();
    return t ? t : undefined;
  }
  if (Array.isArray(value)) {
    const items = value.map(clean).filter((v): v is Json => v !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const out: { [k: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value ?? undefined;
}

export function emptySpeech(): Json {
  return {
    kind: 'speech',
    meeting: { name: '', type: '', date: '', venue: '', organizer: '', speaker: { name: '', title: '' }, host: { name: '', title: '' }, attendees: [] },
    campaign: {
      name: '',
      shortName: '',
      region: '',
      units: '',
      goal: '',
      background: [],
      achievements: [{ title: '', detail: '', figures: [] }],
      problems: [{ title: '', detail: '' }],
      tasks: [{ title: '', detail: '', lead: '', support: [], deadline: '', measure: '' }],
    },
  };
}

export function emptyMinutes(): Json {
  return {
    kind: 'minutes',
    meeting: { name: '', type: '', date: '', time: '', venue: '', organizer: '', host: { name: '', title: '' }, recorder: { name: '', title: '' }, attendees: [] },
    agenda: [''],
    remarks: [{ speaker: { name: '', title: '' }, points: [] }],
    decisions: [{ text: '', lead: '', support: [], deadline: '' }],
  };
}

/** A 会议记录's 议题: its name, who reports, a first speaker and a first decision to fill in. */
export const recordAgendaItem = (): Json => ({ title: '', reporter: '', remarks: [{ speaker: { name: '', title: '' }, points: [] }], decisions: [{ text: '', lead: '', support: [], deadline: '' }] });

/** A 会议记录's material: a meeting's (kind minutes) drafted in the record frame, each 议题 with its speakers and decisions. */
export function emptyRecord(): Json {
  return {
    kind: 'minutes',
    template: 'record',
    meeting: { name: '', date: '', time: '', venue: '', host: { name: '', title: '' }, recorder: { name: '', title: '' }, attendees: [], observers: [] },
    agenda: [recordAgendaItem()],
    remarks: [],
    decisions: [],
  };
}

/** Whether the material is a 会议记录's (the record frame named in it). */
export function isRecord(data: Json | undefined): boolean {
  return getIn(data, ['kind']) === 'minutes' && getIn(data, ['template']) === 'record';
}

export const NEW_ITEM: Record<string, () => Json> = {
  achievements: () => ({ title: '', detail: '', figures: [] }),
  figures: () => ({ label: '', value: '', unit: '' }),
  problems: () => ({ title: '', detail: '' }),
  tasks: () => ({ title: '', detail: '', lead: '', support: [], deadline: '', measure: '' }),
  agenda: () => '',
  remarks: () => ({ speaker: { name: '', title: '' }, points: [] }),
  decisions: () => ({ text: '', lead: '', support: [], deadline: '' }),
  absent: () => ({ name: '', title: '', reason: '' }),
};

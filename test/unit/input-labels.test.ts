// Every field of the material has a name in the user's words (core/input/labels.ts): the form's
// labels, the refusals and a fact's source all come from that one table. Walking both schemas here
// makes a new field without a label fail, with the path to add.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { FIELD_LABELS, fieldLabel, parseFieldPath, patternOf, type MaterialKind } from '../../core/input/labels.ts';
import { minutesInput, speechInput } from '../../core/input/schema.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  options?: z.ZodType[];
}
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Every field path of a schema, lists as `[]`: `campaign.tasks[].deadline`. */
function fieldPaths(schema: z.ZodType, path: (string | number)[] = []): string[] {
  const d = def(schema);
  switch (d.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return fieldPaths(d.innerType!, path);
    case 'pipe':
      return fieldPaths(d.in!, path);
    case 'union':
      return d.options!.flatMap((o) => fieldPaths(o, path));
    case 'object': {
      const own = path.length ? [patternOf(path)] : [];
      return [...own, ...Object.entries(d.shape!).flatMap(([k, v]) => fieldPaths(v, [...path, k]))];
    }
    case 'array': {
      const element = def(d.element!);
      const inner = element.type === 'object' || element.type === 'optional' ? fieldPaths(d.element!, [...path, 0]).filter((p) => p !== `${patternOf(path)}[]`) : [];
      return [patternOf(path), ...inner];
    }
    default:
      return path.length ? [patternOf(path)] : [];
  }
}

const SCHEMAS: [MaterialKind, z.ZodType][] = [
  ['speech', speechInput],
  ['minutes', minutesInput],
];

describe('material labels', () => {
  it.each(SCHEMAS)('every %s field has a label', (kind, schema) => {
    const paths = [...new Set(fieldPaths(schema))];
    expect(paths).toContain(kind === 'speech' ? 'campaign.tasks[].deadline' : 'decisions[].deadline');
    const missing = paths.filter((p) => !FIELD_LABELS[kind][p]);
    expect(missing, `add these to core/input/labels.ts (${kind})`).toEqual([]);
  });

  it.each(SCHEMAS)('every %s list names its items', (kind, schema) => {
    const lists = [...new Set(fieldPaths(schema))].filter((p) => {
      let s: z.ZodType | undefined = schema;
      for (const step of parseFieldPath(p.replace(/\[\]/g, '[0]'))) {
        while (s && ['optional', 'pipe', 'nullable', 'default'].includes(def(s).type)) s = def(s).innerType ?? def(s).in;
        if (!s) return false;
        const d = def(s);
        s = typeof step === 'number' ? d.element : d.shape?.[step];
      }
      while (s && ['optional', 'pipe', 'nullable', 'default'].includes(def(s).type)) s = def(s).innerType ?? def(s).in;
      return s !== undefined && def(s).type === 'array';
    });
    expect(lists.length).toBeGreaterThan(2);
    expect(lists.filter((p) => !FIELD_LABELS[kind][p]?.item)).toEqual([]);
  });

  it('names fields with ordinals, as a secretary reads them', () => {
    expect(fieldLabel('speech', parseFieldPath('campaign.tasks[0].deadline'))).toBe('第1项任务的完成时限');
    expect(fieldLabel('speech', parseFieldPath('campaign.achievements[1].figures[0].value'))).toBe('第2项成绩中第1项数据的数值');
    expect(fieldLabel('speech', parseFieldPath('campaign.tasks[2]'))).toBe('第3项任务');
    expect(fieldLabel('speech', parseFieldPath('campaign.achievements'))).toBe('成绩');
    expect(fieldLabel('speech', parseFieldPath('meeting.speaker.title'))).toBe('讲话人职务');
    expect(fieldLabel('speech', parseFieldPath('meeting.attendees[2]'))).toBe('第3项参会人员');
    expect(fieldLabel('minutes', parseFieldPath('decisions[1].deadline'))).toBe('第2项议定事项的完成时限');
    expect(fieldLabel('minutes', parseFieldPath('remarks[0].points[3]'))).toBe('第1项发言中第4项要点');
    // A field the table does not know still says where it is.
    expect(fieldLabel('speech', parseFieldPath('campaign.tasks[0].owner'))).toBe('第1项任务的“owner”');
  });
});

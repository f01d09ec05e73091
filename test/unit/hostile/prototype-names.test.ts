// Defect 1: text that names an Object.prototype member (「constructor」「__proto__」 …) used as a
// lookup key. Drafting crashed on it as a meeting type, and `&constructor;` in a .docx decoded to
// the source text of Object. Reproduced first with ../shared/fixtures/hostile/meeting-type-constructor.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft } from '../../../core/draft/index.ts';
import type { DocModel } from '../../../core/doc/model.ts';
import { toPlainText } from '../../../core/doc/text.ts';
import { validateInput } from '../../../core/input/index.ts';
import { decodeEntities } from '../../../main/services/library/xml.ts';
import { loadDraftLibrary } from '../../../main/services/library-files.ts';
import { useApi } from '../../helpers/api.ts';
import { wengao } from '../../helpers/cli.ts';
import { loadExamples, SHARED } from '../../helpers/examples.ts';

const HOSTILE = join(SHARED, 'fixtures', 'hostile', 'meeting-type-constructor.json');
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
const library = loadDraftLibrary();

describe('prototype names as user text', () => {
  const api = useApi('wengao-proto-');

  it('drafts every example whose meeting type is a prototype name, as with an unknown type', () => {
    expect(PROTOTYPE_NAMES).toContain('constructor');
    for (const ex of loadExamples()) {
      const plain = structuredClone(ex.raw) as { meeting: { type?: string } };
      plain.meeting.type = '某某会';
      const expected = toPlainText(draft(valid(plain), library, { seed: 2 }));
      for (const name of PROTOTYPE_NAMES) {
        const raw = structuredClone(ex.raw) as { meeting: { type?: string } };
        raw.meeting.type = name;
        const text = toPlainText(draft(valid(raw), library, { seed: 2 }));
        expect(text.replaceAll(name, '某某会'), `${ex.name} as ${name}`).toBe(expected);
      }
    }
  });

  it('the hostile file drafts through the CLI without an internal error', () => {
    const out = join(api.dir, 'constructor.txt');
    const r = wengao(['draft', HOSTILE, '-o', out]);
    expect(r.stderr).not.toMatch(/内部错误|TypeError|\bat /);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('坚持常态化推进');
  });

  it('the hostile file drafts through the API', async () => {
    const input: unknown = JSON.parse(readFileSync(HOSTILE, 'utf8'));
    const { doc } = await api.call('draft.generate', { input });
    expect(toPlainText(doc as unknown as DocModel)).toContain('强化督查考核');
  });

  it('named entities decode only the five XML names', () => {
    expect(decodeEntities('&constructor;&toString;&__proto__;&lt;&amp;')).toBe('&constructor;&toString;&__proto__;<&');
  });
});

function valid(raw: unknown) {
  const v = validateInput(raw);
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return v.value;
}

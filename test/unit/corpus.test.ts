// The phrase bank and the templates are our own wording, never the material's and never a real
// document's: no figures, no placeholders, no names of units, no sentence lifted from the genre
// examples, and enough variants that two drafts do not read alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

interface Leaf {
  /** Where the string sits: 「corpus/speech.yaml slots.purpose.推进会[0]」. */
  where: string;
  text: string;
}

const LIBRARY_DIRS = ['corpus', 'templates'];

function yamlFiles(): string[] {
  return LIBRARY_DIRS.flatMap((dir) =>
    readdirSync(join(PACKAGE_ROOT, dir))
      .filter((f) => f.endsWith('.yaml'))
      .sort()
      .map((f) => `${dir}/${f}`),
  );
}

function load(rel: string): unknown {
  return parse(readFileSync(join(PACKAGE_ROOT, rel), 'utf8'));
}

function leaves(value: unknown, where: string, out: Leaf[] = []): Leaf[] {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => leaves(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) leaves(v, where.endsWith('.yaml') ? `${where} ${k}` : `${where}.${k}`, out);
  }
  return out;
}

const files = yamlFiles();
const docs = new Map(files.map((f) => [f, load(f)]));
const allLeaves = files.flatMap((f) => leaves(docs.get(f), f));

const SLOT = /\{(\w+)\}/g;

/** Every slot a phrase may name; the engine throws on any other (core/draft/runs.ts `fill`). */
const KNOWN_SLOTS = new Set([
  'work', 'scope', 'units', 'campaign', 'meeting', 'preceding', 'background', 'goal', 'occasion',
  'lead', 'support', 'deadline', 'measure', 'when', 'host', 'venue', 'attendees', 'speaker', 'point',
  'reporter', 'subject', 'summary',
]);
/** Elaboration states no fact, so it may name only the campaign, the scope and the audience. */
const ELABORATION_SLOTS = new Set(['work', 'scope', 'units']);

const UNIT_NAME = /[县区市省镇乡][\p{Script=Han}]{0,10}?(局|办公室|办|委员会|部|室|中心|政府|党委|委)(?![员])/u;
const UNIT_WORDS = ['县委', '区委', '市委', '县政府', '区政府', '人民政府', '纪委', '监委', '领导小组'];

/** The phrase's literal pieces, with the slots cut out and whitespace removed. */
function segments(text: string): string[] {
  return text
    .split(/\{\w+\}/)
    .map((s) => s.replace(/\s+/gu, ''))
    .filter(Boolean);
}

function windows(text: string, size: number): string[] {
  const out: string[] = [];
  for (const seg of segments(text)) {
    for (let i = 0; i + size <= seg.length; i++) out.push(seg.slice(i, i + size));
  }
  return out;
}

function why(leaf: Leaf, rule: string): string {
  return `${leaf.where}: 「${leaf.text}」 ${rule}`;
}

describe('corpus and templates: what a phrase may contain', () => {
  it('loads every file', () => {
    expect(files).toContain('corpus/speech.yaml');
    expect(files).toContain('corpus/minutes.yaml');
    expect(files).toContain('corpus/elaboration.yaml');
    expect(allLeaves.length).toBeGreaterThan(0);
  });

  it('has no figures', () => {
    const bad = allLeaves.filter((l) => /[0-9０-９]/u.test(l.text)).map((l) => why(l, 'contains a digit'));
    expect(bad).toEqual([]);
  });

  it('has no placeholder left in (X, Ｘ, ×, *, 某某)', () => {
    const bad = allLeaves
      .filter((l) => /[XＸ×*＊]|某某/u.test(l.text))
      .map((l) => why(l, 'contains a placeholder'));
    expect(bad).toEqual([]);
  });

  it('names only known slots, and every brace belongs to one', () => {
    const bad: string[] = [];
    for (const l of allLeaves) {
      for (const m of l.text.matchAll(SLOT)) {
        if (!KNOWN_SLOTS.has(m[1]!)) bad.push(why(l, `names an unknown slot {${m[1]}}`));
      }
      if (/[{}｛｝]/u.test(l.text.replace(SLOT, ''))) bad.push(why(l, 'has a stray brace'));
    }
    expect(bad).toEqual([]);
  });

  it('the slot list above covers every slot the speech and minutes banks use', () => {
    const used = new Set(
      allLeaves
        .filter((l) => l.where.startsWith('corpus/speech.yaml') || l.where.startsWith('corpus/minutes.yaml'))
        .flatMap((l) => [...l.text.matchAll(SLOT)].map((m) => m[1]!)),
    );
    expect([...used].filter((s) => !KNOWN_SLOTS.has(s))).toEqual([]);
  });

  it('names no unit or office', () => {
    const bad: string[] = [];
    for (const l of allLeaves) {
      for (const seg of segments(l.text)) {
        const m = UNIT_NAME.exec(seg);
        if (m) bad.push(why(l, `looks like a unit name: 「${m[0]}」`));
      }
      for (const w of UNIT_WORDS) if (l.text.includes(w)) bad.push(why(l, `names a unit: 「${w}」`));
    }
    expect(bad).toEqual([]);
  });

  it('copies no twelve characters from the genre examples or the imported reports', () => {
    const shared = resolve(PACKAGE_ROOT, '..', 'shared');
    const sources = [join(shared, 'genre'), join(shared, 'fixtures', 'import')].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => join(dir, f)),
    );
    expect(sources.length).toBeGreaterThan(0);
    const seen = new Set<string>();
    for (const file of sources) {
      const text = readFileSync(file, 'utf8').replace(/\s+/gu, '');
      for (let i = 0; i + 12 <= text.length; i++) seen.add(text.slice(i, i + 12));
    }
    const bad: string[] = [];
    for (const l of allLeaves) {
      const hit = windows(l.text, 12).find((w) => seen.has(w));
      if (hit) bad.push(why(l, `shares 「${hit}」 with a real document`));
    }
    expect(bad).toEqual([]);
  });
});

describe('corpus: enough variants', () => {
  const MIN_VARIANTS = 6;

  function countsOf(rel: string, min = MIN_VARIANTS): string[] {
    const doc = docs.get(rel) as { slots?: Record<string, unknown>; guarantees?: Record<string, unknown> } | undefined;
    const bad: string[] = [];
    const check = (where: string, list: unknown) => {
      if (!Array.isArray(list)) bad.push(`${rel} ${where}: not a list`);
      else if (list.length < min) bad.push(`${rel} ${where}: ${list.length} variants, at least ${min} wanted`);
    };
    for (const [name, slot] of Object.entries(doc?.slots ?? {})) {
      if (Array.isArray(slot)) check(`slots.${name}`, slot);
      else for (const [key, list] of Object.entries(slot as Record<string, unknown>)) check(`slots.${name}.${key}`, list);
    }
    for (const [name, list] of Object.entries(doc?.guarantees ?? {})) check(`guarantees.${name}`, list);
    return bad;
  }

  it('every slot, keyed sub-list and guarantee list of the speech bank has six variants', () => {
    expect(countsOf('corpus/speech.yaml')).toEqual([]);
  });

  // Minutes are a record: the meeting's verbs are formulas whose meaning must not change with the
  // seed (会议指出 is not 会议认为), so two forms of a slot are enough there.
  it('every slot and keyed sub-list of the minutes bank has at least two variants', () => {
    expect(countsOf('corpus/minutes.yaml', 2)).toEqual([]);
  });
});

describe('corpus/elaboration.yaml: sentences that deepen a part without stating a fact', () => {
  const MIN_POOL: Record<string, number> = {
    significance: 80,
    achievement: 50,
    problem: 50,
    task: 120,
    guarantee: 70,
    opening: 30,
    closing: 30,
  };
  const doc = docs.get('corpus/elaboration.yaml') as { pools?: Record<string, unknown> } | undefined;
  const pools = doc?.pools ?? {};
  const entries: Leaf[] = Object.entries(pools).flatMap(([name, list]) =>
    (Array.isArray(list) ? list : []).map((text: unknown, i) => ({
      where: `corpus/elaboration.yaml pools.${name}[${i}]`,
      text: String(text),
    })),
  );

  it('has every pool, each large enough that two drafts share few sentences', () => {
    const bad: string[] = [];
    for (const [name, min] of Object.entries(MIN_POOL)) {
      const list = pools[name];
      if (!Array.isArray(list)) bad.push(`pools.${name}: missing`);
      else if (list.length < min) bad.push(`pools.${name}: ${list.length} sentences, at least ${min} wanted`);
    }
    for (const name of Object.keys(pools)) if (!(name in MIN_POOL)) bad.push(`pools.${name}: unknown pool`);
    expect(bad).toEqual([]);
  });

  it('each entry is one short complete sentence naming only {work}, {scope} or {units}', () => {
    const bad: string[] = [];
    for (const e of entries) {
      const length = e.text.replace(SLOT, '甲乙').length;
      if (length < 18 || length > 60) bad.push(why(e, `is ${length} characters long (18–60)`));
      if (!e.text.endsWith('。')) bad.push(why(e, 'does not end with 。'));
      if (/\s/u.test(e.text)) bad.push(why(e, 'contains whitespace'));
      for (const m of e.text.matchAll(SLOT)) {
        if (!ELABORATION_SLOTS.has(m[1]!)) bad.push(why(e, `names the slot {${m[1]}}`));
      }
    }
    expect(bad).toEqual([]);
  });

  it('uses slots sparingly', () => {
    for (const [name, list] of Object.entries(pools)) {
      const texts = (Array.isArray(list) ? list : []).map(String);
      const withSlot = texts.filter((t) => /\{\w+\}/.test(t)).length;
      expect(withSlot, `pools.${name}: ${withSlot} of ${texts.length} sentences have a slot`).toBeLessThanOrEqual(
        Math.ceil(texts.length * 0.3),
      );
    }
  });

  it('has no near-duplicates: no two entries share ten characters', () => {
    const owner = new Map<string, Leaf>();
    const bad = new Map<string, string>();
    for (const e of entries) {
      for (const w of windows(e.text, 10)) {
        const first = owner.get(w);
        if (!first) owner.set(w, e);
        else if (first !== e) {
          const pair = `${first.where} and ${e.where}`;
          if (!bad.has(pair)) bad.set(pair, `${pair} share 「${w}」: 「${first.text}」 / 「${e.text}」`);
        }
      }
    }
    expect([...bad.values()]).toEqual([]);
  });
});

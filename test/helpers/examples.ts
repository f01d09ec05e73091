// The real-shaped inputs in ../shared/examples, loaded and validated once.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { validateInput, type WengaoInput } from '../../core/input/index.ts';
import { isIsoDate } from '../../core/input/deadline.ts';
import { spokenDate } from '../../core/draft/facts.ts';
import { titleUnlabelled } from '../../core/draft/labels.ts';
import { spokenSlashes } from '../../core/draft/slashes.ts';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

export const SHARED = resolve(PACKAGE_ROOT, '..', 'shared');
export const EXAMPLES_DIR = join(SHARED, 'examples');

export interface Example {
  name: string;
  path: string;
  raw: unknown;
  input: WengaoInput;
}

export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(EXAMPLES_DIR, name);
      const raw: unknown = JSON.parse(readFileSync(path, 'utf8'));
      const v = validateInput(raw);
      if (!v.ok) throw new Error(`${name} does not validate: ${JSON.stringify(v.errors)}`);
      return { name, path, raw, input: v.value };
    });
}

/** Every string value in the input, with its path (`campaign.tasks[0].lead`). */
export function stringLeaves(value: unknown, path = ''): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (v: unknown, p: string) => {
    if (typeof v === 'string') out.set(p, v);
    else if (typeof v === 'number') out.set(p, String(v));
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${p}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, p ? `${p}.${k}` : k);
  };
  walk(value, path);
  return out;
}

/** The facts a user would look for in the draft: item titles, figures and lead units. */
export function keyFacts(input: WengaoInput): string[] {
  if (input.kind === 'speech') {
    const c = input.campaign;
    return [
      // Titles as the draft reads them, without the clerk's own numbering (labels.ts titleUnlabelled).
      ...c.achievements.flatMap((a) => [titleUnlabelled(a.title), ...(a.figures ?? []).flatMap((f) => [f.label, spokenSlashes(f.value + (f.unit ?? ''), true)])]),
      ...c.problems.map((p) => titleUnlabelled(p.title)),
      ...c.tasks.flatMap((t) => [titleUnlabelled(t.title), t.lead, ...(t.support ?? [])]),
    ];
  }
  const bare = (s: string) => s.replace(/^要/, '').replace(/[。；，]$/, '');
  const items = input.agenda.map((a) => (typeof a === 'string' ? { title: a } : a));
  const remarks = [...items.flatMap((a) => a.remarks ?? []), ...input.remarks];
  const decisions = [...items.flatMap((a) => a.decisions ?? []), ...input.decisions];
  return [
    // The opening says what the meeting did with each item (「通报了…」「宣读了《…》」): the title after its
    // verb; a leader's speech is no business of its own.
    ...items.filter((a) => !/(讲话|致辞)$/u.test(a.title)).map((a) => a.title.replace(/^(?:通报|宣读|交办|传达|听取|审议|研究|部署)/u, '')),
    // Minutes speak as 「会议」 unless the material asks for the speakers' names.
    ...(input.options?.nameSpeakers ? input.remarks.map((r) => r.speaker.name) : []),
    ...remarks.flatMap((r) => r.points.map(bare)),
    ...decisions.flatMap((d) => [bare(d.text), ...(d.lead ? [d.lead] : []), ...(d.support ?? [])]),
  ];
}

/**
 * A deadline as a draft prints it: a date as 2026年12月31日 (a speech leaves out the year of its own
 * meeting, given as `meetingDate`: 「12月31日」), a term (「9月底前」) as written.
 */
export function printedDeadline(deadline: string, meetingDate?: string): string {
  return isIsoDate(deadline) ? spokenDate(deadline, meetingDate) : deadline;
}

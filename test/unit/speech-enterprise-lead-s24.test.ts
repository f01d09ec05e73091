// Issue 11 (session 24, g11a): a company that leads one task is told its part in that task, never named 「会上交办工作的实施主体」 —
// the meeting's work is mostly others' (s74-9 [40], W: 物业企业 led one of three tasks, the communities and the street the others).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const corpus = parse(readFileSync(join(PACKAGE_ROOT, 'corpus', 'speech.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
const concrete = loadCampaigns().find((c) => c.name === 'g11a-concrete-district-regulated-stations.json')!.input;

describe('11 · session 24: a leading company is no 「实施主体」 of the meeting\'s work (s74-9 [40])', () => {
  it('no roomEnterprise variant calls the companies the implementers of the whole meeting\'s work', () => {
    const slot = JSON.stringify(corpus.slots?.roomEnterprise);
    expect(slot.length).toBeGreaterThan(100);
    expect(slot).not.toMatch(/实施主体|会上交办工作的/);
  });

  it('the stations that lead a task are told their own part, in every draft', () => {
    for (const { where, text } of draftsOf(concrete, [1, 2, 3, 4, 5, 6])) expect(text, where).not.toMatch(/会上交办工作的实施主体/);
  });
});

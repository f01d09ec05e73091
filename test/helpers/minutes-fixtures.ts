// Our own minutes inputs (test/fixtures/minutes/*.json): a county 常务会议 on 防汛, a street 专题会议 on
// 老旧小区改造, a 镇长办公会 with an absent member and observers, a township 党委会 naming its speakers,
// a 推进会 in the flat shape and a 协调会 whose items carry remarks. Loaded and validated once.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateInput } from '../../core/input/index.ts';
import type { MinutesInput } from '../../core/input/schema.ts';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

export const MINUTES_FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures', 'minutes');

export interface MinutesFixture {
  name: string;
  raw: unknown;
  input: MinutesInput;
}

export function loadMinutesFixtures(): MinutesFixture[] {
  return readdirSync(MINUTES_FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const raw: unknown = JSON.parse(readFileSync(join(MINUTES_FIXTURES, file), 'utf8'));
      const v = validateInput(raw);
      if (!v.ok) throw new Error(`${file} does not validate: ${JSON.stringify(v.errors)}`);
      if (v.value.kind !== 'minutes') throw new Error(`${file} is not minutes`);
      return { name: file.replace(/\.json$/, ''), raw, input: v.value };
    });
}

// The lint rule against plain-object lookups keyed by text (defect 1's pattern): it reports
// `record[text]` and `text in record`, and leaves Maps, arrays, literal keys and own() alone.
import { RuleTester } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import rule from '../../../scripts/lint/no-user-key-index.mjs';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: import.meta.dirname },
  },
});

const head = `declare const text: string; declare const bank: Record<string, string[]>; declare const kinds: { [k: string]: number };`;
const userKey = [{ messageId: 'userKey' }];

tester.run('no-user-key-index', rule, {
  valid: [
    `${head} const m = new Map<string, number>(); m.get(text);`,
    `${head} const xs = [1, 2]; declare const i: number; xs[i];`,
    `${head} bank['default'];`,
    `${head} declare const k: 'a' | 'b'; const names: Record<'a' | 'b', string> = { a: '', b: '' }; names[k];`,
    `${head} declare const line: string; line[0];`,
    `${head} declare function own<T>(r: Record<string, T>, k: string): T | undefined; own(bank, text);`,
    `${head} 'default' in bank;`,
  ].map((code) => ({ code, filename: 'valid.ts' })),
  invalid: [
    { code: `${head} bank[text];`, errors: userKey },
    { code: `${head} kinds[text.toLowerCase()] = 1;`, errors: userKey },
    { code: `${head} const o: Record<string, string[]> | undefined = bank; o?.[text];`, errors: userKey },
    { code: `${head} if (text in kinds) {}`, errors: userKey },
  ].map((c) => ({ ...c, filename: 'invalid.ts' })),
});

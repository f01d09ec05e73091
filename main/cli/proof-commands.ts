// `wengao proof <file>`: the proofreader on a .txt/.md/.docx, findings with line and column.
// Exit codes (documented in PROOF_USAGE): 0 no 错误-level finding · 1 at least one 错误 (so a script or
// a pre-print hook can stop) · 2 the file has a problem (Chinese message on stderr, like the others).
import { lineColumn, proofParagraphs, splitParagraphs, type Finding } from '../../core/proof/index.ts';
import type { Category, Severity } from '../../core/proof/types.ts';
import { readTextFile } from '../services/library/library.ts';
import { LibraryError } from '../services/library/errors.ts';
import { loadProofLexicon } from '../services/proof/load.ts';
import { UserError } from './errors.ts';
import { userEntriesForProof } from './lexicon-commands.ts';
import { rosterForProof } from './roster-commands.ts';
import { PROOF_USAGE } from './proof-usage.ts';

import type { Values } from './args.ts';
import { stdio } from './stdio.ts';

const SEVERITIES: readonly Severity[] = ['错误', '疑似', '提示'];
export const CATEGORY_NAMES: Record<Category, string> = {
  repeat: '重复',
  confusion: '错别字',
  placeholder: '占位符',
  numbering: '编号',
  punctuation: '标点',
  number: '数字',
  formulation: '提法',
  user: '本单位词库',
  spelling: '音形错字',
  roster: '领导名录',
};

export async function proofCommand(values: Values, positionals: string[]): Promise<number> {
  const path = positionals[0];
  if (!path) throw new UserError(['缺少要校对的文件', PROOF_USAGE]);
  const min = (values.min as string | undefined) ?? '提示';
  if (!(SEVERITIES as readonly string[]).includes(min)) throw new UserError([`--min：应为 错误、疑似 或 提示，实际为“${min}”`]);
  let text: string;
  try {
    text = (await readTextFile(path)).text;
  } catch (err) {
    if (err instanceof LibraryError) throw new UserError([`${path}：${err.message}`]);
    throw err;
  }
  const paras = splitParagraphs(text);
  // With the enabled entries of the user's lexicon (wengao lexicon), from --data-dir or the default folder.
  const dir = values['data-dir'] as string | undefined;
  const all = proofParagraphs(paras, loadProofLexicon({ user: userEntriesForProof(dir) }), { roster: rosterForProof(dir) });
  const shown = all.filter((f) => SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(min as Severity));
  const count = (s: Severity) => all.filter((f) => f.severity === s).length;
  if (values.json) {
    const findings = shown.map((f) => ({ ...lineColumn(paras, f), ...f, text: paras[f.para]!.slice(f.offset, f.offset + f.length) }));
    stdio.out(JSON.stringify({ file: path, findings, counts: { 错误: count('错误'), 疑似: count('疑似'), 提示: count('提示') } }, null, 2) + '\n');
  } else {
    for (const f of shown) stdio.out(line(paras, f) + '\n');
    stdio.out(`错误 ${count('错误')}，疑似 ${count('疑似')}，提示 ${count('提示')}\n`);
  }
  return count('错误') > 0 ? 1 : 0;
}

/** 「12:5  错误  错别字  “再接再励”应为“再接再厉”：…  → 再接再厉」 */
function line(paras: readonly string[], f: Finding): string {
  const { line: l, column } = lineColumn(paras, f);
  const suggestion = f.suggestion === undefined ? '' : f.suggestion === '' ? '  → （删除）' : `  → ${f.suggestion}`;
  return `${l}:${column}  ${f.severity}  ${CATEGORY_NAMES[f.category]}  ${f.message}${suggestion}`;
}

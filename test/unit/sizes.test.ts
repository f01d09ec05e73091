// Small files and short functions (issue 15, "Files: none over 500 lines outside data and tests; no
// function over 80 lines"): every source file of the application, its shells, benchmarks and
// scripts is walked and measured; each offender is printed with its place, so that the one who
// lands a long function sees which and where.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

const MAX_FILE_LINES = 500;
const MAX_FUNCTION_LINES = 80;
/** The source folders; test/ (tests and their fixtures), corpus/ and templates/ (data) are not. */
const SOURCE_DIRS = ['core', 'main', 'renderer', 'bench', 'scripts', 'bin'];
const SOURCE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIP = new Set(['node_modules', 'out', 'dist', 'coverage']);

/** The source files under the folders, and those at the top level (configuration), relative to root. */
function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      if (SKIP.has(name) || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name)) out.push(relative(root, path));
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(root, dir));
  for (const name of readdirSync(root)) if (SOURCE.test(name) && statSync(join(root, name)).isFile()) out.push(name);
  return out.sort();
}

/** Lines of a text as an editor numbers them (a final line break does not start another line). */
function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** A function's name as the reader finds it: declared, or the variable or property it is assigned to. */
function nameOf(node: ts.Node, src: ts.SourceFile): string {
  const named = node as ts.Node & { name?: ts.Node };
  if (named.name) return named.name.getText(src);
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  const parent = node.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent)) && parent.name) return parent.name.getText(src);
  if (ts.isCallExpression(parent)) return `(argument of ${parent.expression.getText(src).slice(0, 40)})`;
  return '(anonymous)';
}

/** Every function longer than `max` lines (from its first token to its last, comments before it not counted). */
function longFunctions(file: string, text: string, max = MAX_FUNCTION_LINES): string[] {
  const kind = /\.[jt]sx$/.test(file) ? ts.ScriptKind.TSX : /\.[mc]?js$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const src = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const out: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const start = src.getLineAndCharacterOfPosition(node.getStart(src)).line;
      const end = src.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > max) out.push(`${file}:${start + 1} ${nameOf(node, src)} — ${lines} lines`);
    }
    ts.forEachChild(node, visit);
  };
  visit(src);
  return out;
}

describe('sizes of source files and functions', () => {
  const files = sourceFiles(PACKAGE_ROOT);
  const texts = new Map(files.map((f) => [f, readFileSync(join(PACKAGE_ROOT, f), 'utf8')]));

  it('walks the whole application, its shells, benchmarks and scripts', () => {
    expect(files.length).toBeGreaterThan(250);
    for (const f of ['core/api.ts', 'main/cli/main.ts', 'renderer/src/App.tsx', 'bench/run.ts', 'scripts/build-bundles.mjs', 'eslint.config.js']) expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('test/') || f.startsWith('corpus/') || f.includes('node_modules'))).toBe(false);
  });

  it(`no file is over ${MAX_FILE_LINES} lines`, () => {
    const over = files.filter((f) => lineCount(texts.get(f)!) > MAX_FILE_LINES).map((f) => `${f} — ${lineCount(texts.get(f)!)} lines`);
    expect(over).toEqual([]);
  });

  it(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
    expect(files.flatMap((f) => longFunctions(f, texts.get(f)!))).toEqual([]);
  });

  it('finds a long function of every kind, named, and lets one of 80 lines pass', () => {
    const body = (n: number) => Array.from({ length: n - 2 }, (_, k) => `  x += ${k};`).join('\n');
    const text = [
      `function declared() {\n${body(81)}\n}`,
      `const arrow = () => {\n${body(81)}\n};`,
      `class K {\n  method() {\n${body(81)}\n  }\n}`,
      `const o = { prop: function () {\n${body(81)}\n} };`,
      `run(() => {\n${body(81)}\n});`,
      `function fits() {\n${body(80)}\n}`,
    ].join('\n');
    const found = longFunctions('x.tsx', text).map((s) => s.replace(/^x\.tsx:\d+ /, '').replace(/ — \d+ lines$/, ''));
    expect(found).toEqual(['declared', 'arrow', 'method', 'prop', '(argument of run)']);
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
  });
});

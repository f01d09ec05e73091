// Loads the drafting library (templates/*.yaml, corpus/*.yaml) from the package's own folders.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { parse as parseYaml } from 'yaml';
import type { DraftLibrary } from '../../core/draft/index.ts';
import { domainBank, phraseBank, template, topicBank, type Template } from '../../core/draft/template-schema.ts';
import { genericPairsByShare } from '../../core/draft/units.ts';

/**
 * The package's folder (templates/, corpus/, package.json): found upwards from this module, which is
 * main/services/ in the sources and out/cli/ or out/server/ in a prebuilt bundle.
 */
function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'templates')) && existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '..', '..');
  }
}

export const PACKAGE_ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));

/**
 * The YAML parser is loaded only when the YAML is read (from the sources, or to compile the library):
 * a prebuilt shell reads the compiled JSON, and parsing the parser's code was a tenth of its start.
 */
function readYaml(path: string): unknown {
  const { parse } = createRequire(import.meta.url)('yaml') as { parse: typeof parseYaml };
  return parse(readFileSync(path, 'utf8'));
}

/**
 * The library compiled to JSON, beside the prebuilt bundle that reads it (out/cli/, out/server/):
 * parsing and checking the YAML at every start was a large part of a draft's time. It is made with the bundle
 * (scripts/build-bundles.mjs) and rebuilt with it, so it never outlives the schema code that checked
 * it; run from the sources (tsx, the tests) there is no such file and the YAML is read.
 */
export const COMPILED_LIBRARY = join(dirname(fileURLToPath(import.meta.url)), 'draft-library.json');

function sources(root: string): string[] {
  const yaml = (dir: string) => readdirSync(join(root, dir)).filter((f) => f.endsWith('.yaml')).map((f) => join(root, dir, f));
  return [...yaml('templates'), ...yaml('corpus')];
}

/**
 * The drafting library: the package's own from the compiled JSON when there is one newer than every
 * template and corpus file (it was checked when it was written), else read and checked from the YAML.
 */
export function loadDraftLibrary(root = PACKAGE_ROOT, compiled = COMPILED_LIBRARY): DraftLibrary {
  if (root !== PACKAGE_ROOT) return readDraftLibrary(root);
  try {
    const built = statSync(compiled).mtimeMs;
    if (sources(root).every((f) => statSync(f).mtimeMs <= built)) {
      const { templates, banks } = JSON.parse(readFileSync(compiled, 'utf8')) as { templates: [string, Template][]; banks: DraftLibrary['banks'] };
      return { templates: new Map(templates), banks };
    }
  } catch {
    // Not compiled (run from the sources): read the YAML.
  }
  return readDraftLibrary(root);
}

/** Compiles the package's library to JSON (the bundle's compile-library entry). */
export function compileDraftLibrary(path = COMPILED_LIBRARY): string {
  const library = readDraftLibrary(PACKAGE_ROOT);
  const tmp = `${path}.${process.pid}.tmp`;
  mkdirSync(dirname(path), { recursive: true });
  // What a draft would otherwise derive from the banks in every process, derived once here.
  const banks = { ...library.banks, generic: genericPairsByShare(library.banks) };
  writeFileSync(tmp, JSON.stringify({ templates: [...library.templates], banks }));
  renameSync(tmp, path);
  return path;
}

/** Reads and checks every template and phrase bank; a malformed file names itself in the error. */
export function readDraftLibrary(root = PACKAGE_ROOT): DraftLibrary {
  const templates = new Map<string, Template>();
  const dir = join(root, 'templates');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const parsed = template.safeParse(readYaml(join(dir, file)));
    if (!parsed.success) throw new Error(`templates/${file}: ${parsed.error.message}`);
    templates.set(parsed.data.id, parsed.data);
  }
  const corpus = <T>(name: string, schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: Error } }) => {
    const parsed = schema.safeParse(readYaml(join(root, 'corpus', `${name}.yaml`)));
    if (!parsed.success) throw new Error(`corpus/${name}.yaml: ${parsed.error.message}`);
    return parsed.data;
  };
  return {
    templates,
    banks: { speech: corpus('speech', phraseBank), minutes: corpus('minutes', phraseBank), domains: corpus('domains', domainBank), topics: corpus('topics', topicBank) },
  };
}

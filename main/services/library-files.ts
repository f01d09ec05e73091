// Loads the drafting library (templates/*.yaml, corpus/*.yaml) from the package's own folders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { DraftLibrary } from '../../core/draft/index.ts';
import { domainBank, phraseBank, template, topicBank, type Template } from '../../core/draft/template-schema.ts';

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

function readYaml(path: string): unknown {
  return parse(readFileSync(path, 'utf8'));
}

/** Reads and checks every template and phrase bank; a malformed file names itself in the error. */
export function loadDraftLibrary(root = PACKAGE_ROOT): DraftLibrary {
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

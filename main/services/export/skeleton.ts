// The parts of a .docx that do not depend on the text: styles, theme, numbering, settings, footers,
// relationships and the frame of word/document.xml (namespaces, section properties). docx builds
// them once per process and layout (font profile, bold level-3 headings, orientation, track
// changes), patched (patch.ts) and compressed; an export then writes only its body and its
// properties (docx.ts). Building and zipping these parts again for every export was a third of it.
// A prebuilt bundle has every layout compiled beside it (compile-skeletons.ts), so a one-export
// process (the CLI) reads one small file instead of loading docx at all.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FontProfile } from './fonts.ts';
import type { Layout, Skeleton, Written } from './skeleton-parts.ts';

export { CORE, CUSTOM, DOCUMENT } from './skeleton-parts.ts';
export type { Layout, Skeleton } from './skeleton-parts.ts';

/** Every layout there is: what compile-skeletons.ts writes. */
export function allLayouts(profiles: readonly FontProfile[]): Layout[] {
  const flags = [false, true];
  return profiles.flatMap((fontProfile) =>
    flags.flatMap((level3Bold) => flags.flatMap((landscape) => flags.map((trackRevisions) => ({ fontProfile, level3Bold, landscape, trackRevisions })))),
  );
}

export function layoutKey(layout: Layout): string {
  return `${layout.fontProfile}-${+layout.level3Bold}${+layout.landscape}${+layout.trackRevisions}`;
}

/**
 * The skeletons compiled with a prebuilt bundle, beside it (out/cli/docx-skeletons/). They are
 * made when the bundle is built and go with it when it is rebuilt, so they never outlive the code
 * that made them; run from the sources there are none, and docx builds them.
 */
export const COMPILED_SKELETONS = join(dirname(fileURLToPath(import.meta.url)), 'docx-skeletons');

type Stored = Omit<Skeleton, 'parts'> & { parts: ({ name: string; crc: number; size: number; data: string } | Written)[] };

/** A skeleton as JSON (compressed parts in base64). */
export function skeletonJson(s: Skeleton): string {
  const parts = s.parts.map((p) => (typeof p === 'string' ? p : { name: p.name.toString('latin1'), crc: p.crc, size: p.size, data: p.data.toString('base64') }));
  return JSON.stringify({ ...s, parts } satisfies Stored);
}

/** A skeleton back from its JSON. */
export function skeletonFromJson(json: string): Skeleton {
  const stored = JSON.parse(json) as Stored;
  const parts = stored.parts.map((p) =>
    typeof p === 'string' ? p : { name: Buffer.from(p.name, 'latin1'), crc: p.crc, size: p.size, data: Buffer.from(p.data, 'base64') },
  );
  return { ...stored, parts };
}

function compiled(layout: Layout): Skeleton | undefined {
  let json: string;
  try {
    json = readFileSync(join(COMPILED_SKELETONS, `${layoutKey(layout)}.json`), 'utf8');
  } catch {
    return undefined;
  }
  return skeletonFromJson(json);
}

const built = new Map<string, Skeleton>();

/** The constant parts for a layout: compiled beside the bundle, or built with docx on first use. */
export async function skeleton(layout: Layout): Promise<Skeleton> {
  const key = layoutKey(layout);
  let s = built.get(key);
  if (!s) {
    s = compiled(layout) ?? (await import('./skeleton-build.ts')).buildSkeleton(layout);
    built.set(key, s);
  }
  return s;
}

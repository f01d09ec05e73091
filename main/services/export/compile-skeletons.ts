// Compiles the .docx skeleton of every layout (skeleton.ts) to JSON beside the prebuilt bundle this
// runs from: scripts/build-bundles.mjs runs it once the bundle is in place.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FONT_PROFILES } from './fonts.ts';
import type { FontProfile } from './fonts.ts';
import { buildSkeleton } from './skeleton-build.ts';
import { COMPILED_SKELETONS, allLayouts, layoutKey, skeletonJson } from './skeleton.ts';

export function compileSkeletons(dir = COMPILED_SKELETONS): void {
  mkdirSync(dir, { recursive: true });
  for (const layout of allLayouts(Object.keys(FONT_PROFILES) as FontProfile[])) {
    const file = join(dir, `${layoutKey(layout)}.json`);
    writeFileSync(`${file}.tmp`, skeletonJson(buildSkeleton(layout)));
    renameSync(`${file}.tmp`, file);
  }
}

compileSkeletons();

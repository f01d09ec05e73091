// The export writes the body and the document properties itself and takes the constant parts from a
// skeleton built once per layout (main/services/export/skeleton.ts): what differs between documents
// exported one after the other in one process must never come from the one before, and the skeletons
// compiled beside the CLI bundle must be the ones docx builds from the sources.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { exportDocx } from '../../main/services/export/docx.ts';
import { FONT_PROFILES } from '../../main/services/export/fonts.ts';
import type { FontProfile } from '../../main/services/export/fonts.ts';
import { buildSkeleton } from '../../main/services/export/skeleton-build.ts';
import { allLayouts, layoutKey, skeletonFromJson, skeletonJson } from '../../main/services/export/skeleton.ts';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { minutesModel, speechModel } from '../fixtures/docmodels.ts';
import { readDocx, text } from '../helpers/docx-xml.ts';
import { findAll, parseXml, textOf } from '../helpers/xml.ts';

const titled = (doc: DocModel, title: string): DocModel => ({ ...doc, title: [{ text: title }] });

function core(xml: Record<string, string>): Record<string, string> {
  const root = parseXml(xml['docProps/core.xml']!);
  return Object.fromEntries(findAll(root, '*').map((e) => [e.name, textOf(e)]));
}

function custom(xml: Record<string, string>): [string, string][] {
  return findAll(parseXml(xml['docProps/custom.xml']!), 'property').map((p) => [p.attrs.name!, textOf(p)]);
}

describe('export: what each document writes itself', () => {
  it('keeps title, author and version properties of one export out of the next', async () => {
    const a = await readDocx(
      await exportDocx(titled(speechModel(), '关于防汛工作的讲话'), { author: '王秘书', trackRevisions: true, properties: [{ name: 'wengao.document', value: '12' }] }),
    );
    const b = await readDocx(await exportDocx(titled(speechModel(), '在城区老旧小区改造推进会上的讲话')));
    expect(core(a.xml)).toMatchObject({ 'dc:title': '关于防汛工作的讲话', 'dc:creator': '王秘书', 'cp:lastModifiedBy': '王秘书' });
    expect(core(b.xml)).toMatchObject({ 'dc:title': '在城区老旧小区改造推进会上的讲话', 'dc:creator': 'Un-named' });
    expect(custom(a.xml)).toEqual([['wengao.document', '12']]);
    expect(custom(b.xml)).toEqual([]);
    expect(a.xml['word/settings.xml']).toContain('<w:trackRevisions/>');
    expect(b.xml['word/settings.xml']).not.toContain('trackRevisions');
  });

  it('writes markup characters in text, title and properties as text a reader gets back', async () => {
    const odd = `a&b<c>d"e'f\u3000「Ｒ&Ｄ」 <w:t>`;
    const doc: DocModel = { ...titled(speechModel(), odd), blocks: [{ type: 'paragraph', runs: [{ text: odd }, { text: ' 二 ' }] }] };
    const { document, xml } = await readDocx(await exportDocx(doc, { author: odd, properties: [{ name: 'note', value: odd }] }));
    const body = findAll(document, 'w:p').map(text);
    expect(body).toContain(`${odd} 二 `);
    expect(core(xml)).toMatchObject({ 'dc:title': odd, 'dc:creator': odd });
    expect(custom(xml)).toEqual([['note', odd]]);
  });

  it('gives a ledger a landscape page and a speech exported after it a portrait one', async () => {
    const ledger = await readDocx(await exportDocx({ ...minutesModel(), kind: 'ledger' }));
    const speech = await readDocx(await exportDocx(speechModel()));
    const size = (d: typeof ledger) => findAll(d.document, 'w:pgSz')[0]!.attrs;
    expect(size(ledger)).toMatchObject({ 'w:w': '16838', 'w:orient': 'landscape' });
    expect(size(speech)).toMatchObject({ 'w:w': '11906', 'w:orient': 'portrait' });
  });
});

describe('export: the skeletons compiled with the CLI bundle', () => {
  const layouts = allLayouts(Object.keys(FONT_PROFILES) as FontProfile[]);

  it('are what docx builds now, for every layout, and read back to the same parts', () => {
    // test/global-setup.ts builds the bundles (and so the skeletons) before the tests start.
    const dir = join(PACKAGE_ROOT, 'out', 'cli', 'docx-skeletons');
    expect(layouts).toHaveLength(24);
    for (const layout of layouts) {
      const fresh = skeletonJson(buildSkeleton(layout));
      expect(readFileSync(join(dir, `${layoutKey(layout)}.json`), 'utf8'), layoutKey(layout)).toBe(fresh);
      expect(skeletonJson(skeletonFromJson(fresh))).toBe(fresh);
    }
  });
});

// The CLI is a shell over the same handlers as the app (issue 15): a command and the API call the
// app makes give the same document, byte for byte, and --save stores what documents.create stores.
// `wengao draft` does not parse the document its engine made (main/api/dispatch.ts Checks): these
// are what show that it writes the same file as the app all the same.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { useApi } from '../helpers/api.ts';
import { readDocx } from '../helpers/docx-xml.ts';
import { wengao } from '../helpers/cli.ts';
import { loadExamples } from '../helpers/examples.ts';

const api = useApi('wengao-parity-');
const json = (doc: DocModel) => JSON.stringify(doc, null, 2) + '\n';

/** Every part of a .docx as text, the moment it was written (docProps/core.xml's created, modified) set aside. */
async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const { xml } = await readDocx(bytes);
  return { ...xml, 'docProps/core.xml': xml['docProps/core.xml']!.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '(time)') };
}

describe('CLI and API give the same documents', () => {
  it.each(loadExamples().map((ex) => [ex.name, ex] as const))('wengao draft %s -o x.json = draft.generate', async (_name, ex) => {
    const out = join(mkdtempSync(join(tmpdir(), 'wengao-parity-')), 'x.json');
    const r = wengao(['draft', ex.path, '--seed', '3', '-o', out]);
    expect(r.status, r.stderr).toBe(0);
    const { doc } = await api.call('draft.generate', { input: ex.input, options: { seed: 3 } });
    expect(readFileSync(out, 'utf8')).toBe(json(doc));
  });

  // Twice: the second draft breaks the title with what the first learnt of ICU (export/word-starts.ts).
  it.each(loadExamples().map((ex) => [ex.name, ex] as const))('wengao draft %s -o x.docx = export.docx of draft.generate, twice', async (_name, ex) => {
    const { doc } = await api.call('draft.generate', { input: ex.input, options: { seed: 3 } });
    const exported = await parts(Buffer.from((await api.call('export.docx', { doc })).base64, 'base64'));
    for (const run of [1, 2]) {
      const out = join(mkdtempSync(join(tmpdir(), 'wengao-parity-')), 'x.docx');
      const r = wengao(['draft', ex.path, '--seed', '3', '-o', out]);
      expect(r.status, r.stderr).toBe(0);
      expect(await parts(readFileSync(out)), `run ${run}`).toEqual(exported);
    }
  });

  it('wengao draft --save stores what documents.create stores: the same first version, with the same label', async () => {
    const ex = loadExamples().find((e) => e.input.kind === 'speech')!;
    const dataDir = mkdtempSync(join(tmpdir(), 'wengao-parity-data-'));
    const out = join(dataDir, 'saved.json');
    expect(wengao(['draft', ex.path, '--save', '--data-dir', dataDir, '-o', join(dataDir, 'x.docx')]).status).toBe(0);
    const exported = wengao(['export', '1', '-o', out, '--data-dir', dataDir]);
    expect(exported.status, exported.stderr).toBe(0);
    const listed = wengao(['history', '1', '--json', '--data-dir', dataDir]);
    expect(listed.status, listed.stderr).toBe(0);

    const created = await api.call('documents.create', { input: ex.input });
    const { doc } = await api.call('versions.get', { documentId: created.documentId, version: 1 });
    expect(readFileSync(out, 'utf8')).toBe(json(doc));
    const [first] = await api.call('versions.list', { documentId: created.documentId });
    expect(JSON.parse(listed.stdout)).toEqual([expect.objectContaining({ kind: first!.kind, label: first!.label, chars: first!.chars })]);
  });
});

// The 【待补充】 gaps a document still holds, as the notice before an export says them (core/doc/gaps.ts):
// how many, and where the first few stand in the words of the page — the line's name (讲话人一行,
// 「地点」一行), the words under which a decision is listed — and the CLI says them on stderr while the
// file is written all the same. Invented: 篁岭乡 (a record), 鹭溪区 (a post-only speaker), the shared minutes example.
import { mkdtempSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docGaps, gapNotice } from '../../core/doc/gaps.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { draft } from '../../core/draft/index.ts';
import { validateInput, type WengaoInput } from '../../core/input/index.ts';
import { loadDraftLibrary, PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { wengao } from '../helpers/cli.ts';
import { loadExamples } from '../helpers/examples.ts';

const library = loadDraftLibrary();
const fixture = (...path: string[]) => join(PACKAGE_ROOT, 'test', 'fixtures', ...path);
const EXAMPLE_MINUTES = loadExamples().find((e) => e.name === 'minutes-inspection-mobilization.json')!.path;

function drafted(path: string, template?: string): DocModel {
  const v = validateInput(JSON.parse(readFileSync(path, 'utf8')));
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return draft(v.value as WengaoInput, library, { seed: 1, ...(template ? { template } : {}) });
}

describe('docGaps', () => {
  it('names a record’s missing 地点 and 记录人 by their lines', () => {
    const gaps = docGaps(drafted(fixture('ui21', 'record-gaps.json')));
    expect(gaps.map((g) => [g.what, g.where])).toEqual([
      ['会议地点', '“地点”一行'],
      ['记录人', '“记录人”一行'],
    ]);
  });

  it('names a speech’s missing speaker name on the speaker line, after the post', () => {
    const gaps = docGaps(drafted(fixture('campaigns', 'ui20-district-speaker-post-only.json')));
    expect(gaps).toEqual([{ text: '【待补充：讲话人姓名】', what: '讲话人姓名', where: '讲话人一行', before: '区委副书记、区长\u3000', outside: true }]);
    // Not in the editor: the notice says none is in the body (the app sends her to the material).
    expect(gapNotice(drafted(fixture('campaigns', 'ui20-district-speaker-post-only.json')))!.inBody).toBe(0);
  });

  it('says a decision’s gap under the words that list it (会议议定…), by its number', () => {
    const doc = drafted(EXAMPLE_MINUTES);
    const notice = gapNotice(doc, 2)!;
    expect(notice.count).toBe(docGaps(doc).length);
    expect(notice.lines).toHaveLength(2);
    expect(notice.lines[0]).toMatch(/^完成时限（“会议[^”]*”下第一项，“.+；完成时限：”之后）$/);
    expect(notice.summary).toBe(`文稿中还有 ${notice.count} 处【待补充】没有填写（以下是前 2 处）`);
  });

  it('finds a gap she typed herself, and says nothing of a finished document', () => {
    const doc = drafted(fixture('ui21', 'record-gaps.json'));
    const filled = JSON.parse(JSON.stringify(doc).replace(/【待补充：[^】]*】/g, '乡政府会议室')) as DocModel;
    expect(gapNotice(filled)).toBeNull();
    filled.blocks.push({ type: 'paragraph', runs: [{ text: '参加巡查人数【待补充】人。' }] });
    expect(docGaps(filled).map((g) => g.what)).toEqual(['待补充的内容']);
  });
});

describe('wengao draft / export', () => {
  it('says the gaps left on stderr and writes the file all the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wengao-gaps-'));
    const out = join(dir, 'record.docx');
    const r = wengao(['draft', fixture('ui21', 'record-gaps.json'), '-o', out], { WENGAO_NO_DAEMON: '1' });
    expect(r.status).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(r.stderr).toContain('注意：文稿中还有 2 处【待补充】没有填写：\n  会议地点（“地点”一行');
    expect(r.stderr).toContain('  记录人（“记录人”一行');
    expect(r.stdout).toContain(`已生成：${out}`);
  });
});

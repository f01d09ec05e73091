// A 会议记录 writes down what the meeting decided, with a lead unit and a deadline only where the material
// gives them (session 20's screen test: 「成立镇防汛抗旱指挥部，由…任指挥长」 got 「（牵头单位：【待补充…】；
// 完成时限：【待补充…】）」 forced in, two gaps she would delete by hand). The 纪要 of the same meeting still
// asks for them on an assignment: it is the list the office supervises. Invented: 砚石镇.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toPlainText } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import { validateInput, type WengaoInput } from '../../core/input/index.ts';
import { loadDraftLibrary, PACKAGE_ROOT } from '../../main/services/library-files.ts';

const library = loadDraftLibrary();
const v = validateInput(JSON.parse(readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'ui21', 'record-decisions.json'), 'utf8')));
if (!v.ok) throw new Error(JSON.stringify(v.errors));
const input = v.value as WengaoInput;

describe('a 会议记录’s decisions', () => {
  it.each([1, 2, 3])('print a unit and a deadline only where the material gives them · seed %i', (seed) => {
    const text = toPlainText(draft(input, library, { seed }));
    expect(text).not.toContain('【待补充');
    expect(text).toContain('成立镇地质灾害防治指挥部，由闫书衡同志任指挥长。');
    expect(text).toContain('对11处隐患点逐一落实群测群防监测员（牵头单位：镇自然资源所）。');
    expect(text).toContain('汛前完成隐患点警示牌更新（牵头单位：镇应急办；完成时限：5月10日前）。');
    expect(text).toContain('组织隐患点周边群众开展避险转移演练。');
  });

  it('the 纪要 of the same meeting still asks for the unit and deadline of an assignment', () => {
    const text = toPlainText(draft(input, library, { template: 'minutes' }));
    expect(text).toContain('组织隐患点周边群众开展避险转移演练（牵头单位：【待补充：牵头单位】；完成时限：【待补充：完成时限】）');
  });
});

// A PDF that neither indents nor spaces its paragraphs (a page printed from a browser; session 26, after the outside
// tester's c08): a paragraph whose last line fills the line ends with 「。」 and the next opens an enumeration
// (「一要…」). Nothing in the layout sets the two apart; the words do — an item whose item before is not in the
// paragraph starts one. A run-in list (「…一是…。二是…」) whose next item starts a line runs on. Our own fixture
// collections/flush-items-speech.pdf (build-flush-items.ts, 溆岭县 invented).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { opensList } from '../../core/outline/wrap.ts';
import { readFormat } from '../../main/services/library/read.ts';

const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'collections', 'flush-items-speech.pdf');

describe('an enumeration after a full line that ends a sentence', () => {
  it("the PDF's paragraphs: the lead ends before 「一要」, the run-in list stays one", async () => {
    const { text } = await readFormat('pdf', readFileSync(FILE));
    const paragraphs = text.split('\n').filter(Boolean);
    expect(paragraphs).toContain('开展农村道路交通安全专项整治，任务重、涉及面广，是一项长期工作。各乡镇、各部门必须上下一心，形成合力，确保整治工作取得明显实效。');
    expect(paragraphs).toContain('一要加强组织协调。县道路交通安全委员会要发挥牵头作用，定期召开联席会议，研究解决突出问题。');
    expect(paragraphs).toContain('今年要重点抓好三件事，一是抓好全县农村道路安全隐患排查整治工作。二是抓好农村客运车辆和校车的安全管理，三是抓好面包车和农用车违法载人整治。');
  });

  it('opens a paragraph at a first item, or at an item whose item before the paragraph does not hold', () => {
    expect(opensList('……确保整治取得实效。', '一要加强组织协调。')).toBe(true);
    expect(opensList('……确保整治取得实效。', '二是抓好客运安全。')).toBe(true);
    expect(opensList('一是抓好隐患排查。', '二是抓好客运安全。')).toBe(false);
    expect(opensList('今年抓好三件事，一是抓好隐患排查。', '二是抓好客运安全。')).toBe(false);
    expect(opensList('……确保整治取得实效。', '县道路交通安全委员会要发挥牵头作用。')).toBe(false);
  });
});

// The 范文库 panel's account of an import (renderer/src/panels/import-tally.ts): one short line in
// the panel's own place — not the files one by one in a pink run-on paragraph, nor a copy of it in the
// status line over the toolbar (s22 outside screen test, 5) — and a pick sent in as few calls as fit.
import { describe, expect, it } from 'vitest';
import { callsOf, summaryLine } from '../../renderer/src/panels/import-tally.ts';

const tally = (over: Partial<Parameters<typeof summaryLine>[0]>) => ({ documents: 0, copies: 0, already: [], back: [], binned: [], failed: [], notImported: 0, stopped: '', ...over });

describe('summaryLine', () => {
  it('says how many documents came in and how many files did not, in one line', () => {
    const failed = ['宁溪乡秸秆禁烧讲话.pdf：无法读取（文件已损坏）', '宁溪乡照片.jpg：不支持的文件类型'];
    const line = summaryLine(tally({ documents: 12, already: ['宁溪乡防汛讲话.txt'], failed }));
    expect(line).toBe('已导入范文 12 篇，1 个文件已在范文库中，2 个文件未导入');
    // The reasons are for 查看详情, never in the line itself.
    expect(line).not.toContain('损坏');
  });

  it('says 取消, and files whose documents are in the 回收站 apart from those in the library', () => {
    const binned = [{ name: '宁溪乡茶园讲话.txt', inLibrary: 2, binned: [{ id: 3, title: '在宁溪乡茶园冬管会上的讲话' }] }];
    expect(summaryLine(tally({ documents: 3, binned, notImported: 4, stopped: '已取消，宁溪乡讲话汇编.docx 及其后 3 个文件未导入' }))).toBe(
      '已导入范文 3 篇，1 个文件以前导入过，文档在回收站中，4 个文件未导入（已取消）',
    );
    expect(summaryLine(tally({}))).toBe('已导入范文 0 篇');
  });

  it('says in the line how many of the documents imported are copies of ones already in the library', () => {
    expect(summaryLine(tally({ documents: 5, copies: 2 }))).toBe('已导入范文 5 篇（其中 2 篇与范文库中已有文档正文相同）');
  });
});

describe('callsOf', () => {
  it('sends a pick in one call while it fits, in order; a file larger than a call goes alone', () => {
    const files = [10, 20, 30, 100, 5, 5].map((size, i) => ({ name: `宁溪乡${i}.txt`, size }));
    expect(callsOf(files, 60).map((c) => c.map((f) => f.size))).toEqual([[10, 20, 30], [100], [5, 5]]);
    expect(callsOf(files, 1000)).toEqual([files]);
    // Sizes unknown (a native pick): one call.
    expect(callsOf<{ name: string; size?: number }>([{ name: 'a.txt' }, { name: 'b.txt' }], 1)).toHaveLength(1);
    // More files than one call may carry (the contract's PICK_MAX_FILES) go in several calls, none refused whole.
    const many = Array.from({ length: 7 }, (_, i) => ({ name: `${i}.txt`, size: 1 }));
    expect(callsOf(many, 1000, 3).map((c) => c.length)).toEqual([3, 3, 1]);
  });
});

// An import planned before its store is opened (importPlan): the CLI finds the files and starts the
// analysis worker first, so that the worker loads while the store opens. The plan imports exactly
// what the paths would, and whoever started the worker ends it: importFiles, or dropPlan when the
// store cannot be opened.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../main/cli/library-commands.ts';
import { dropPlan, importFiles, importPlan, libraryDocuments } from '../../main/services/library/library.ts';
import { Store } from '../../main/services/store/store.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-plan-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A saved web page (read in the worker whatever its size) and a plain-text speech, both invented.
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>在青苇镇渔政工作会议上的讲话</title></head><body>
<h1>在青苇镇渔政工作会议上的讲话</h1><p>同志们：</p><p>今天召开全镇渔政工作会议，主要任务是部署禁渔期管理工作。</p>
<h2>一、认清形势，增强做好渔政工作的责任感</h2><p>去年以来，全镇查处非法捕捞案件十二起，芦荡湾水域秩序明显好转。</p>
<h2>二、突出重点，抓好禁渔期管理</h2><p>各村要落实巡湖队伍，做到每天巡查一遍。</p></body></html>`;
const TEXT = ['在青苇镇秋季防火工作会议上的讲话', '同志们：', '今天召开会议，部署秋季防火工作。', '一、压实责任，抓好落实', '各村要落实巡查人员。'].join('\n');

function folder(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'fishery-page.html'), PAGE);
  writeFileSync(join(dir, 'fire-speech.txt'), TEXT);
  return dir;
}

const titles = (store: Store) => libraryDocuments(store).map((d) => d.title).sort();

describe('importPlan', () => {
  it('starts the worker for a web page before any store is open, and imports what the paths would', async () => {
    const dir = folder('plan');
    const plan = importPlan([dir]);
    expect(plan.files).toHaveLength(2);
    expect(plan.own).toBe(true);
    expect(plan.analyser).toHaveProperty('analysedHere');
    const close = vi.spyOn(plan.analyser, 'close');
    const planned = new Store(join(tmp, 'planned.db'));
    const direct = new Store(join(tmp, 'direct.db'));
    try {
      const a = await importFiles(planned, plan);
      await importFiles(direct, [dir]);
      expect(close).toHaveBeenCalledTimes(1);
      expect(a.imported).toBe(2);
      expect(titles(planned)).toEqual(titles(direct));
      expect(titles(planned)).toEqual(['在青苇镇渔政工作会议上的讲话', '在青苇镇秋季防火工作会议上的讲话']);
    } finally {
      planned.close();
      direct.close();
    }
  });

  it('plans a small folder of plain text without a worker, and dropPlan ends only what the plan started', () => {
    const dir = join(tmp, 'text');
    mkdirSync(dir);
    writeFileSync(join(dir, 'fire-speech.txt'), TEXT);
    const inline = importPlan([dir]);
    expect(inline.analyser).not.toHaveProperty('analysedHere');
    const mine = importPlan([folder('given')]);
    const given = importPlan([dir], { analyser: mine.analyser });
    expect(given.own).toBe(false);
    const close = vi.spyOn(mine.analyser, 'close');
    dropPlan(given);
    expect(close).not.toHaveBeenCalled();
    dropPlan(mine);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('wengao import: a data folder that cannot be opened ends the worker it planned', async () => {
    const notDir = join(tmp, 'a-file');
    writeFileSync(notDir, '');
    const dir = folder('cli');
    const analysers = await import('../../main/services/library/analyser.ts');
    const real = analysers.workerAnalyser;
    const closed: boolean[] = [];
    vi.spyOn(analysers, 'workerAnalyser').mockImplementation((...args) => {
      const a = real(...args);
      const close = a.close.bind(a);
      closed.push(false);
      const k = closed.length - 1;
      a.close = () => {
        closed[k] = true;
        close();
      };
      return a;
    });
    await expect(importCommand({ 'data-dir': notDir }, [dir])).rejects.toThrow();
    expect(closed).toEqual([true]);
  });
});

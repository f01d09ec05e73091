// Issue 11 (session 26, g11c): the lead-contradiction check — a task whose lead looks typed wrong by the material's own words is asked
// about in `wengao check` and the 篇幅 panel (LengthInfo.questions), never refused and never changed in the draft (r-s80 s80-2 [37],
// s80-3 [34], s80-5 [39], W: the clerk's slips read out).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leadQuestions } from '../../core/draft/lead-check.ts';
import { describeLength } from '../../core/draft/length-text.ts';
import { draft } from '../../core/draft/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns } from '../helpers/campaigns.ts';
import { repoRoot } from '../fixtures/bad-inputs.ts';

const campaigns = loadCampaigns();
const FIXTURE = 'g11c26-forest-county-lead-questions.json';
const forest = () => structuredClone(campaigns.find((c) => c.name === FIXTURE)!.input);

describe('11 · session 26: the lead-contradiction check asks, naming 第N项任务 and both parties', () => {
  it('people leading door-to-door work a body of ours supports; a keeper of one 林场 leading all; a 纪委 leading penalties', () => {
    const qs = leadQuestions(forest());
    expect(qs).toHaveLength(3);
    expect(qs[0]).toMatch(/^第1项任务「做好祭祀用火劝导」.*「村民代表」.*「各村委会」/);
    expect(qs[1]).toMatch(/^第2项任务「落实林场防火巡护」.*「青岚林场管理站」.*白桦林场/);
    expect(qs[2]).toMatch(/^第3项任务「严肃追责问责」.*「县纪委监委」.*「县林业局」.*依法处罚/);
  });

  it('each rule holds only by the material\'s own words: the same leads with tasks that fit them ask nothing', () => {
    const input = forest();
    input.campaign.tasks[0]!.title = '带头文明祭祀';
    input.campaign.tasks[0]!.detail = '村民代表带头文明祭祀，不在林区烧纸燃香';
    input.campaign.tasks[1]!.detail = '青岚林场在高火险期每日巡护不少于2次';
    input.campaign.tasks[2]!.detail = '对失职失责的干部严肃问责';
    expect(leadQuestions(input)).toEqual([]);
  });

  it('no false alarm over every other fixture and shared example', () => {
    const asked = campaigns.filter((c) => c.name !== FIXTURE && leadQuestions(c.input).length).map((c) => `${c.name}: ${leadQuestions(c.input).join(' / ')}`);
    expect(asked).toEqual([]);
  });

  it('the draft is the material\'s, the questions ride with its length (篇幅 panel, CLI lines)', () => {
    const library = loadDraftLibrary();
    const input = forest();
    const doc = draft(input, library, { seed: 1 });
    expect(doc.length?.questions).toEqual(leadQuestions(input));
    const lines = describeLength(doc.length!).join('\n');
    expect(lines).toContain('请核对材料');
    expect(lines).toContain('第2项任务「落实林场防火巡护」');
    // Without the slips the length carries no questions at all.
    const clean = campaigns.find((c) => c.name !== FIXTURE && c.input.kind === 'speech')!.input;
    expect(draft(clean, library, { seed: 1 }).length?.questions).toBeUndefined();
  });

  it('`wengao check` still passes and prints the questions', () => {
    const file = path.join(repoRoot, 'test', 'fixtures', 'campaigns', FIXTURE);
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'wengao.cjs'), 'check', file, '--no-daemon'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('输入有效');
    expect(r.stdout).toContain('请核对材料');
    expect(r.stdout).toContain('第3项任务「严肃追责问责」');
  });
});

// Issue 11 (session 7, 11a): where argument goes. A list of parallel problems is closed by one urgency
// sentence, not argued one by one: a reader struck 「查得细不细、盯得紧不紧…」 set after the third of
// four problems (s10-1: 「打乱了四个问题的并列结构」, and the urgency line after them said it again). That
// input is a fixture now (wages-county-s10-reading.json).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const many = campaigns.filter((c) => c.input.campaign.problems.length > 1);

describe('11a · a list of problems is not argued one by one', () => {
  const cases = many.flatMap((c) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ c, template, seed }))));
  it.each(cases)('$c.name · $template · seed $seed', ({ c, template, seed }) => {
    const doc = draft(c.input, library, { template, seed });
    const argued = doc.blocks.flatMap((b) => (b.type === 'paragraph' && b.role === 'problem' ? b.runs.filter((r) => r.elab?.pool === 'problem').map((r) => r.text) : []));
    expect(argued).toEqual([]);
  });
});

describe('11a · argument after an item says no phrase the material says elsewhere', () => {
  // s11-1: 「…做到挂图作战、按图施工」 after a 督查 task, when another task had said 「逐个过堂、挂图作战」 (struck).
  const push = loadCampaigns().find((c) => c.name === 'projects-county-push.json')!.input;
  const tasks = push.campaign.tasks.map((t, i) => (i === 0 ? { ...t, detail: `${t.detail ?? ''}，倒排工期、挂图作战` } : t));
  const input = { ...push, campaign: { ...push.campaign, tasks } };
  it.each(SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ template, seed }))))('$template · seed $seed', ({ template, seed }) => {
    const doc = draft(input, library, { template, seed });
    const argued = doc.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs.filter((r) => r.elab && (r.elab.pool === 'task' || r.elab.pool === 'problem')).map((r) => r.text) : []));
    expect(argued.filter((t) => t.includes('挂图作战'))).toEqual([]);
  });
  it('the unchanged campaign still argues with 挂图作战 (the check can fail)', () => {
    // The unit that says it also names 清单化管理, a mechanism the material must give (units.ts mechanismGiven).
    const listed = { ...push, campaign: { ...push.campaign, background: [...(push.campaign.background ?? []), '全县重点项目逐一列出清单'] } };
    const texts = SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => draft(listed, library, { template, seed }))).flatMap((doc) => doc.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs.filter((r) => r.elab).map((r) => r.text) : [])));
    expect(texts.some((t) => t.includes('挂图作战'))).toBe(true);
  });
});

describe('11a · a township or street does not speak the centre\'s formulas', () => {
  // s11-3 (its material is poverty-xiang-s11-reading.json): a 乡长 said 「把三农工作放在更加突出的位置」 (a central-level formula, marked down).
  const base = loadCampaigns().filter((c) => /[镇乡]|街道/.test(c.input.meeting.speaker.title ?? ''));
  const cases = base.flatMap((c) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ c, template, seed }))));
  it.each(cases)('$c.name · $template · seed $seed', ({ c, template, seed }) => {
    const text = toPlainText(draft(c.input, library, { template, seed }));
    const m = /重中之重|国之大者|关键在党|三农工作放在更加突出/.exec(text);
    if (m && !JSON.stringify(c.input).includes(m[0])) expect.fail(`「${m[0]}」 from a township or street speaker`);
  });
});

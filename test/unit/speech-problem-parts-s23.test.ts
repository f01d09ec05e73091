// Issue 11 (session 23, g11b): a problem is said to be settled by a task only when the task covers the places and parties
// the problem names. r-s71 s71-5 [32], W: 「前面讲到的工程质量有隐患，要在这项工作中一并解决」 under 「白石乡标段返工整改」 though the
// problem names 白石乡标段 and 新桥镇标段 (新桥镇's part left to no one); s71-10 [37], W: 「御景湾、翰林苑2个项目」's arrears hung
// on 「保障政府投资项目资金」 (shared words: 项目, 工程款, 拨付) while another task names both projects.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { heldToParts, partsOf } from '../../core/draft/problem-parts.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const input = loadCampaigns().find((x) => x.name === 'g11b23-renovation-district-parts.json')!.input;
/** The sentences naming a problem back (「前面讲到的…」「前面提到的…」「前面讲的…」). */
const backRefs = (text: string) => text.split(/[。！？\n]/).filter((s) => /前面(讲到|提到|讲)的/.test(s));
/** A task's paragraph, by its title. */
const paragraphOf = (text: string, title: string) => text.split('\n').find((l) => l.includes(`${title}。`)) ?? '';

describe('s23 g11b · a task settles a problem only when it covers the places and parties the problem names', () => {
  // 棠溪区 (a district, 老旧小区改造 调度会): 施工质量 at 桂湾街道 and 梅岭街道, a task for 桂湾 only; arrears of 云栖苑、锦澜府,
  // a task naming both and one for the district's own projects.
  it('a task for one of two streets named is not said to settle the problem; what it leaves is taken up after the tasks', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        const where = `${template} · ${seed}`;
        expect(backRefs(paragraphOf(text, '桂湾街道外墙保温返工整改')), where).toEqual([]);
        // Named by what the task leaves: the other street's clause (partsLeft).
        expect(backRefs(text).some((s) => s.includes('梅岭街道松涛里小区1段道路沥青厚度不够')), where).toBe(true);
      }
    }
  });

  it('arrears of two named projects are never hung on a task that names neither', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        expect(backRefs(paragraphOf(text, '保障区级财政投资项目资金')), `${template} · ${seed}`).toEqual([]);
      }
    }
    // The task that names both projects takes the problem up, silently (it names them already).
    expect(heldToParts(input, 1, { task: 2, plain: false, sure: true })).toEqual({ task: 1, plain: false, sure: false });
  });

  it('the parts: places of one kind named two or more, names listed before a count — not kinds, counts or the whole level', () => {
    expect(partsOf({ title: '工程质量有隐患', detail: '10月监理抽检发现，白石乡标段3处渠道混凝土强度不达标，新桥镇标段1处田间道路压实度不够' })).toEqual(['白石乡', '新桥镇']);
    expect(partsOf({ title: '部分项目工程款拨付不及时', detail: '因开发企业资金链紧张，滨江片区御景湾、城南片区翰林苑2个项目工程款拖欠较多' })).toEqual(['御景湾', '翰林苑']);
    // One place of a kind, kinds of places, counts and the whole level are no parts.
    expect(partsOf({ title: '部分单村工程冬季易冻管停水', detail: '高山片区4个村的明管保温不到位', examples: ['岩头村'] })).toEqual([]);
    expect(partsOf({ title: '小区楼道杂物堆放', detail: '镇区两个小区楼道堆放杂物，集中在老旧小区' })).toEqual([]);
    expect(partsOf({ title: '管护资金来源不稳定', detail: '除三河镇外，多数乡镇管护经费未纳入预算' })).toEqual([]);
    // A task naming only some parts, the rest named by no task: no link; the rest named by another task: a silent link.
    const some = structuredClone(input);
    expect(heldToParts(some, 0, { task: 0, plain: false, sure: true })).toBeUndefined();
    some.campaign.tasks[3]!.detail = `${some.campaign.tasks[3]!.detail}，梅岭街道松涛里小区道路同步返修`;
    expect(heldToParts(some, 0, { task: 0, plain: false, sure: true })).toEqual({ task: 0, plain: false, sure: false });
  });
});

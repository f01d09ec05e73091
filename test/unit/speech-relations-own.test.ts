// Issue 11 (session 10, 11b): relations by derivation, deadlines said as steps, self-reference (the
// fact-phrasing cases of these fixtures — pasted labels, 「其中比较突出的是」 — are 11c's since the s10 split). A check reading
// after session 9 (s19) found a 局长 asking his own bureau's 事务中心 with 「请」, a street's office 「全力
// 配合」 a catering company the draft had taken for the city's (the company's lead inverted), a 副县长
// speaking of 「由分管副县长任组长」 in the third person, figure labels pasted before their values
// (「医疗救助人次1.42万人次」), 「其中比较突出的是」 before a single case and before bare names, a monthly
// deadline heard as the whole task's end (「每月10日前完成」), two of four outside companies thanked, only
// the village secretaries called on at a county meeting, and 「要尽快研究解决的办法」 after a wrong that
// had to be stopped. Each fixture here is written in other words.
import { describe, expect, it } from 'vitest';
import type { SpeechInput } from '../../core/input/schema.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const drafts = (input: SpeechInput) => draftsOf(input, [1, 2, 3]);
const lines = (text: string) => text.split('\n').filter(Boolean);
const taskLine = (text: string, title: string) => lines(text).find((l) => l.includes(title)) ?? '';
const closing = (text: string) => lines(text).at(-1) ?? '';
const room = (text: string) => lines(text)[lines(text).findLastIndex((l) => l.startsWith('同志们')) - 1] ?? '';

describe('11b · a bureau and the institutions it runs', () => {
  const input = named('pension-district-bureau-centre.json');

  it('the bureau’s own 事务中心 leads as told (「由…」), never asked with 「请」; a peer beside it is asked', () => {
    for (const { where, text } of drafts(input)) {
      expect(text, where).not.toMatch(/请[^。；]*区社会保险事务中心/);
      expect(taskLine(text, '全面核清断缴人员底数'), where).toMatch(/请[^。]*区税务局/);
      expect(taskLine(text, '追回冒领待遇'), where).toMatch(/区社会保险事务中心要/);
    }
  });

  it('the head of that 中心, who reported before, is 「雅琳同志」 to the 局长', () => {
    for (const { where, text } of drafts(input)) {
      expect(text, where).toMatch(/雅琳同志通报了/);
      expect(text, where).not.toMatch(/主任陶雅琳/);
    }
  });

  it('a monthly deadline is a step met each month; a deadline that names its steps says them with 要', () => {
    for (const { where, text } of drafts(input)) {
      expect(text, where).not.toMatch(/每月15日前[^。，]{0,4}完成/);
      expect(taskLine(text, '把数据比对改为按月开展'), where).toMatch(/每月15日前/);
      expect(taskLine(text, '追回冒领待遇'), where).toMatch(/9月底前要追回全部已发现的冒领资金，每季度末前要报送追回情况/);
    }
  });

});

describe('11b · a street where partner companies lead', () => {
  const input = named('canteen-street-partner-companies.json');

  it('a company named with its city is a partner, asked to lead, the street’s office beside it; never 「牵头单位是…，…全力配合」', () => {
    for (const { where, text } of drafts(input)) {
      const task = taskLine(text, '扩大中央厨房产能');
      expect(task, where).toMatch(/请江宁市味源餐饮管理有限公司/);
      expect(task, where).not.toMatch(/牵头单位是|把配合的工作做到位/);
    }
  });

  it('a step the leading company owes follows it, before those who help', () => {
    for (const { where, text } of drafts(input)) {
      const task = taskLine(text, '规范上门送餐服务');
      expect(task, where).toMatch(/请江宁市乐龄养老服务有限公司[^；。]*，每月10日前报送上月送餐台账；/);
      expect(task, where).not.toMatch(/台账都要|各社区要加强与/);
    }
  });

  it('the closing orders no company; the companies with a task are thanked and asked to keep supporting', () => {
    for (const { where, text } of drafts(input)) {
      expect(closing(text), where).not.toMatch(/企业|公司/);
      expect(room(text), where).toMatch(/惠邻物业服务有限公司/);
      expect(room(text), where).not.toMatch(/惠邻物业服务有限公司[^。]*多关心/);
    }
  });
});

describe('11b · a 副县长 who heads the 专班, utilities in the room, a wrong to be stopped', () => {
  const input = named('reservoir-county-deputy-resettlement.json');

  it('does not speak of his own post in the third person', () => {
    for (const { where, text } of drafts(input)) {
      expect(text, where).not.toMatch(/分管副县长/);
      expect(text, where).toMatch(/县政府成立了移民搬迁工作专班/);
    }
  });

  it('the wrong no task answers is to be stopped, by the township the problem names', () => {
    for (const { where, text } of drafts(input)) {
      expect(text, where).toMatch(/违规抢建苗头露头，云溪镇要[^。]*制止/);
      expect(text, where).not.toMatch(/违规抢建苗头露头[^。]*研究解决/);
    }
  });

  it('every utility in the room with a task is thanked; the townships’ heads come before the village secretaries', () => {
    for (const { where, text } of drafts(input)) {
      for (const u of ['国网崇阳县供电公司', '县广电网络公司', '联通崇阳分公司']) expect(room(text), where).toContain(u);
      expect(room(text), where).toMatch(/各乡镇党政主要负责人和各村书记/);
    }
  });
});

describe('11b · contractors by their roles, an operator bound by agreement, units located in the area', () => {
  const input = named('yards-street-contractors-agreement.json');

  it('设计、施工、监理 are each held to their own role: no 「监理职责」 for the designer and the builder', () => {
    for (const { where, text } of drafts(input)) {
      expect(room(text), where).not.toMatch(/设计、施工、监理单位/);
      expect(room(text), where).toMatch(/监理单位[^。]*监理职责/);
      expect(room(text), where).not.toMatch(/设计单位[^。]*监理职责/);
    }
  });

  it('an operator bound by agreement with the street is told its part, never asked for support', () => {
    for (const { where, text } of drafts(input)) {
      const task = taskLine(text, '规范院落停车管理');
      expect(task, where).toMatch(/泊安停车管理有限公司要/);
      expect(task, where).not.toMatch(/请[^。]*泊安停车管理有限公司/);
    }
  });

  it('units located in the area are not the street’s to press with 务必', () => {
    for (const { where, text } of drafts(input)) expect(taskLine(text, '推动共建单位开放车位'), where).not.toMatch(/务必|必须|最迟/);
  });
});

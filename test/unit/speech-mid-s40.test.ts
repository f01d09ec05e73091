// Issue 11 (session 13, mid reading r-s40-mid): what a template line claims of the material's examples,
// targets and topics. Examples are paired with a count only when the count counts them (places by places,
// not the pumps found there); a name is said to 「存在这个问题」 only when it is of the party the problem
// blames; a target of its own period takes no deadline glued in front; projects held in reserve draw no
// line about a stock of supplies. Our own inputs, varied from the reading's.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { topicOf } from '../../core/draft/domain.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const texts = (input: ReturnType<typeof named>) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ where: `${template} · ${seed}`, text: toPlainText(draft(input, library, { template, seed })) })));

describe('s13 · s40 mid reading: claims of examples, targets and topics', () => {
  it('two places are not paired with two machines the detail counts', () => {
    const input = named('ebike-street-training.json');
    input.campaign.problems[1] = { title: '部分集中充电点设施老化', detail: '有的充电棚顶棚漏雨，线路裸露；3台智能充电柜检查时无法使用', examples: ['东湖社区', '南岸村', '桂园小区'] };
    for (const { where, text } of texts(input)) {
      expect(text, where).not.toMatch(/无法使用[^。]*分别(是|在)/);
      expect(text, where).toContain('东湖社区');
    }
  });

  it('a name of another party than the problem blames is not said to have the problem', () => {
    const input = named('gas-county-site.json');
    input.campaign.problems[2] = { title: '送气企业主体责任落实不到位', detail: '送气前不查验用户燃气具，送气记录不全，检查发现无资质车辆4辆', examples: ['城关镇“李记面馆”', '恒通送气公司北站'] };
    for (const { where, text } of texts(input)) {
      expect(text, where).toContain('李记面馆');
      expect(text, where).not.toMatch(/李记面馆[^。]*(都|就)存在这个问题/);
    }
  });

  it('names of the party blamed still share the problem', () => {
    const input = named('gas-county-site.json');
    input.campaign.problems[2] = { title: '送气企业主体责任落实不到位', detail: '送气前不查验用户燃气具，送气记录不全', examples: ['恒通送气公司北站', '安达送气公司'] };
    const { text } = texts(input)[0]!;
    expect(text).toContain('恒通送气公司北站、安达送气公司的情况比较典型');
  });

  it('a target of its own period is not hung on the task’s date', () => {
    const input = named('relapse-xiang-thin.json');
    input.campaign.tasks[2]!.deadline = '2027-07-15';
    input.campaign.tasks[2]!.measure = '下半年有劳动力的监测户全部落实产业或就业帮扶';
    for (const { where, text } of texts(input)) {
      expect(text, where).toContain('下半年有劳动力的监测户全部落实产业或就业帮扶');
      expect(text, where).not.toMatch(/7月15日前下半年/);
    }
  });

  it('projects held in reserve draw no line about supplies', () => {
    const input = named('relapse-xiang-thin.json');
    input.campaign.tasks.push({ title: '谋划储备明年产业项目', detail: '围绕特色种养、乡村旅游策划储备项目，提前完成明年开工项目前期手续', lead: '乡乡村振兴办', support: ['各村'], deadline: '2027-12-31' });
    for (const { where, text } of texts(input)) {
      const line = text.split('\n').find((l) => l.includes('谋划储备明年产业项目')) ?? '';
      expect(line, where).not.toMatch(/物资|器材|装备|登记造册/);
    }
  });

  it('a task of projects held in reserve is of no 队伍与物资 topic', () => {
    expect(topicOf('谋划储备明年产业项目', '围绕特色种养、乡村旅游策划储备项目，提前完成明年开工项目前期手续', library.banks.topics)).not.toBe('teams');
    expect(topicOf('做好防汛物资储备', '各村储备编织袋、救生衣', library.banks.topics)).toBe('teams');
  });
});

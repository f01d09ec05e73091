// Issue 11 (session 7, 11b): the people in the room, relations between units, uncovered problems and
// dates, from the s9 and s10 blind readings. Readers marked wrong: a district's 治安大队 and 派出所, who
// led one task and supported another, thanked as guests and asked to 「关心指导」; an answer item that
// said a problem 「这次部署的任务还没有覆盖到」 while a task did exactly that; farms under inspection
// invited to 「监督我们的工作」. They edited: 「恳请」 from a 镇党委书记 to a county bureau's 所 in the town
// (too humble); a 总结表彰暨部署会 speech that never congratulated those commended; a 警示约谈会 speech
// that never spoke to the villages called in; 「2026年10月31日前」 said in 2026; 「2027年1月20日前12月31日
// 前报送…」 (two deadlines side by side); 「…配合，长期坚持」 hung on the assignment.
import { describe, expect, it } from 'vitest';
import { loadCampaigns } from '../helpers/campaigns.ts';
import { beforeClosing, named, openingOf, sentences, texts } from '../helpers/room-drafts.ts';

const campaigns = loadCampaigns();
const opening = (text: string) => text.split('\n')[4] ?? '';

describe('11b · a unit in the room that takes a task is spoken to in its task’s role', () => {
  it('a county 所 that leads and a county team that supports, at a township, are asked in their tasks, not thanked for guidance', () => {
    const input = named('gas-town-county-station.json');
    for (const text of texts(input)) {
      const room = beforeClosing(text);
      // Asked in the task's own sentence (stationed in the town: 「请…牵头」; supporting: 「请…给予支持」) …
      expect(sentences(text).find((s) => s.includes('桥头市场监管所牵头'))).toMatch(/请县市场监管局桥头市场监管所牵头/);
      expect(sentences(text).find((s) => s.includes('专职消防队') && !s.includes('同志'))).toMatch(/请县消防救援大队桥头专职消防队[^。]*(支持|帮助)/);
      // … and neither thanked as guests come to guide nor given their task again in the room (s11: padding).
      for (const unit of ['桥头市场监管所', '专职消防队']) expect(room, unit).not.toContain(unit);
      // The 督导组 a higher level sent is still thanked, at the opening (session 14).
      expect(sentences(openingOf(text)).find((s) => s.includes('督导组'))).toMatch(/感谢/);
    }
  });

  it('a part of the leading bureau (its 大队 and 所) in the room is not thanked as a guest: it is there for its tasks', () => {
    const input = named('gas-town-county-station.json');
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '县公安局桥头派出所及治安中队负责同志'];
    input.campaign.tasks[1] = { ...input.campaign.tasks[1]!, lead: '县公安局桥头派出所', support: ['镇综合执法队'] };
    input.campaign.tasks[2] = { ...input.campaign.tasks[2]!, support: ['县公安局治安中队', '各村'] };
    for (const text of texts(input)) {
      expect(beforeClosing(text)).not.toContain('派出所');
      expect(text).toMatch(/请县公安局桥头派出所牵头/);
    }
  });

  it('a county bureau’s own section in a township’s room is not asked to lead: its leading is stated, the town’s side works with it', () => {
    const input = named('gas-town-county-station.json');
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '县市场监管局特种设备安全监察股负责同志'];
    input.campaign.tasks[1] = { ...input.campaign.tasks[1]!, lead: '县市场监管局特种设备安全监察股' };
    for (const text of texts(input)) {
      const said = sentences(text).filter((s) => s.includes('特种设备安全监察股'));
      expect(said.length).toBeGreaterThan(0);
      for (const s of said) expect(s).not.toMatch(/请县市场监管局特种设备安全监察股|特种设备安全监察股要/);
    }
  });

  // Session 9: a company the work does not regulate is a partner: asked in its task (「请…牵头」) and not
  // then told of its 主体责任 in the room (s15-1 [36], s15-7 [42]: a count claim about what it leads).
  it('an enterprise that leads a task as a partner is asked to lead it, never only to 「积极支持、主动配合」', () => {
    const input = named('landfill-county-summons.json');
    for (const text of texts(input)) {
      expect(text).toMatch(/请县城乡环卫一体化运营公司牵头/);
      const said = sentences(beforeClosing(text)).filter((s) => s.includes('运营公司'));
      expect(said.join('')).not.toMatch(/积极支持、主动配合|主体责任/);
    }
  });

  it('a company that leads with another company beside it leads, and the other supports; neither oversees the other', () => {
    const input = named('gas-town-county-station.json');
    input.campaign.tasks.push({ title: '落实报警装置日常维护', detail: '报警装置每季度检测一次', lead: '各餐饮经营企业', support: ['各报警器维保单位'], deadline: '长期坚持' });
    for (const text of texts(input)) {
      const said = sentences(text).find((s) => s.includes('各报警器维保单位'))!;
      expect(said).toMatch(/各餐饮经营企业牵头[^。]*各报警器维保单位[^。]*配合/);
      expect(said).not.toMatch(/维保单位要|督促/);
    }
  });

  it('a 监理 in the room is held to its 监理职责, not to a builder’s 主体责任', () => {
    const input = named('gas-town-county-station.json');
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '报警装置安装工程监理单位总监'];
    for (const text of texts(input)) {
      const said = sentences(beforeClosing(text)).filter((s) => s.includes('监理单位'));
      expect(said.length).toBeGreaterThan(0);
      for (const s of said) expect(s).not.toMatch(/主体责任|积极支持、主动配合/);
      expect(said.join('')).toMatch(/监理/);
    }
  });

  // Or to a higher level's guests thanked at the opening for coming to guide (session 14: s41-5 [31], s41-8 [66], E).
  it('恳请 is said only to a group a higher level sends or to higher guests thanked for guiding, in every draft', () => {
    for (const c of campaigns) {
      for (const text of texts(c.input)) {
        for (const s of sentences(text).filter((x) => x.includes('恳请'))) expect(s, c.name).toMatch(/督导组|督查组|工作组|指导组|专班|专程[^，]*(指导|出席)|到会指导/);
      }
    }
  }, 240_000);

  it('those the work regulates are asked to comply, never invited to supervise; residents may be', () => {
    const input = named('gas-town-county-station.json');
    for (const text of texts(input)) {
      const owners = sentences(beforeClosing(text)).filter((s) => s.includes('经营户代表'));
      expect(owners.length).toBeGreaterThan(0);
      for (const s of owners) expect(s).not.toMatch(/监督|提意见|多提/);
    }
    const rivers = named('rivers-xiang-commendation.json');
    for (const text of texts(rivers)) for (const s of sentences(beforeClosing(text)).filter((x) => x.includes('养殖户'))) expect(s).not.toMatch(/监督/);
  });
});

describe('11b · the meeting’s own business: a commendation, a 约谈', () => {
  it('a principal congratulates those commended as the material counts them, speaking for the level’s leadership', () => {
    const input = named('rivers-xiang-commendation.json');
    for (const text of texts(input)) {
      const open = opening(text);
      expect(open).toMatch(/向受表彰的4个先进集体和11名先进个人表示(热烈|衷心)(的)?祝贺/);
      expect(open).toContain('我代表乡党委、乡政府');
      expect(open).toMatch(/总结|表彰/);
      // A 表彰决定 is not 「逐项落实」.
      expect(open).not.toMatch(/逐项落实|认真对照/);
    }
  });

  it('a deputy congratulates without speaking for the leadership; no numbers, no numbers said', () => {
    const input = named('rivers-xiang-commendation.json');
    input.meeting.speaker = { name: '田海燕', title: '乡党委委员、副乡长' };
    input.meeting.precedingItems = ['宣读了表彰决定', '溪口村作了交流发言'];
    for (const text of texts(input)) {
      const open = opening(text);
      expect(open).toMatch(/祝贺/);
      expect(open).not.toMatch(/我代表|\d个先进集体/);
    }
  });

  it('a 约谈会 speaks to those called in, by the material’s words, and holds them to their pledge', () => {
    const input = named('landfill-county-summons.json');
    for (const text of texts(input)) {
      // Held to the pledge are those the item says pledged, in its words (s21-2 [45]): 「三个被约谈乡镇作了表态发言」.
      const said = sentences(beforeClosing(text)).filter((s) => s.includes('三个被约谈乡镇'));
      expect(said.length).toBeGreaterThan(0);
      expect(said.join('')).toMatch(/表态|整改/);
      // The opening is the warning's, not 「统一思想…部署行动」 (a 动员会's purpose).
      expect(opening(text)).not.toMatch(/统一思想/);
    }
  });
});

describe('11b · uncovered problems and dates', () => {
  it('a problem a task answers in other words is not said to be uncovered', () => {
    const input = named('rivers-xiang-commendation.json');
    input.campaign.problems = [
      { title: '部分村“干部干、群众看”', detail: '9个村中有3个村主要靠保洁员清扫，党员群众参与少' },
      { title: '房前屋后和沟渠清理不彻底' },
    ];
    input.campaign.tasks = [{ title: '开展一轮集中清洁', lead: '各村', deadline: '春节前', measure: '每村至少组织2次全民清洁日' }];
    for (const text of texts(input)) {
      expect(text).not.toMatch(/这几个突出问题|这个突出问题|这几块短板/);
      // The task says which problems it answers (a reader: 「这项任务本来就能解决前面讲的两个问题，应当点明」).
      const task = text.split('\n').find((l) => l.includes('全民清洁日'))!;
      expect(task).toMatch(/前面[讲提]?到?的部分村“干部干、群众看”、房前屋后和沟渠清理不彻底/);
    }
  });

  it('a task whose title names the problem does not name it back', () => {
    const input = named('gas-town-county-station.json');
    for (const text of texts(input)) {
      const task = text.split('\n').find((l) => l.includes('督促餐饮场所安装可燃气体报警器'))!;
      expect(task).not.toMatch(/前面[讲提]/);
    }
  });

  it('a truly uncovered problem is answered as a requirement, never as an admission that the deployment left it out', () => {
    for (const c of campaigns) for (const text of texts(c.input)) expect(text, c.name).not.toMatch(/还没有覆盖到|还没有专门的任务|没有列入重点任务|相关单位要/);
  }, 240_000);

  it('a date in the meeting’s own year is said without the year; one in another year keeps it', () => {
    const input = named('gas-town-county-station.json');
    for (const text of texts(input)) {
      expect(text).toMatch(/11月30日/);
      expect(text).not.toMatch(/2026年1[12]月\d+日/);
    }
    input.campaign.tasks[1] = { ...input.campaign.tasks[1]!, deadline: '2027-01-20' };
    for (const text of texts(input)) expect(text).toContain('2027年1月20日');
  });

  it('a target with its own time takes no second deadline in front of it', () => {
    const input = named('gas-town-county-station.json');
    input.campaign.tasks[2] = { ...input.campaign.tasks[2]!, deadline: '2027-01-20', measure: '12月31日前报送安装台账，报警装置安装率达到100%' };
    for (const text of texts(input)) expect(text).not.toMatch(/日前\d+月\d+日前/);
  });

  it('a duty kept up for good is said with its own 要, not hung on the assignment', () => {
    const input = named('rivers-xiang-commendation.json');
    for (const text of texts(input)) expect(text).not.toMatch(/[，、](长期坚持|常态化开展)。/);
  });
});

// Issue 11 (session 11, rel): relations the s22 final reading and the s23 hunt marked wrong. A speaker
// who commands a 指挥部 thanked it and its working groups for coming and asked them for guidance (s22-4
// [50]); a supplier called in to a 约谈 was thanked for its support (s22-5 [45]) and the others were only
// hoped to 「主动作为」 (s22-5 [46]); a company whose plant the problems are about was asked for support
// and thanked (s23-6 [42][62]); a 局长 told village secretaries who only watch the works to take them up
// in person (s23-2 [57]); a pledge was said of people the item never said had spoken (s21-2 [45]).
import { describe, expect, it } from 'vitest';
import { beforeClosing, named, openingOf, sentences, texts } from '../helpers/room-drafts.ts';

/** What a guest come to attend is told: thanks, a request for guidance or support. */
const AS_GUEST = /感谢|指导|恳请|关心|支持/;

describe('11 rel · the bodies the speaker commands are the speaker’s own', () => {
  it('a 镇长 who is 指挥长 does not thank his 指挥部 or its working groups, nor ask them for guidance', () => {
    const input = named('flood-town-commander-groups.json');
    for (const text of texts(input)) {
      const room = beforeClosing(text);
      for (const s of sentences(`${openingOf(text)}${room}`).filter((x) => /指挥部(?!第三督导组)|工作组/.test(x.replace('县防汛抗旱指挥部第三督导组', '')))) expect(s).not.toMatch(AS_GUEST);
      // The group the county sent is still thanked, at the opening (session 14, greeting.ts).
      expect(sentences(openingOf(text)).find((s) => s.includes('第三督导组'))).toMatch(/感谢/);
    }
  });

  it('a title that says only 「指挥长」 means the campaign’s own 指挥部', () => {
    const input = named('flood-town-commander-groups.json');
    input.meeting.speaker = { name: '罗振宇', title: '镇长、指挥长' };
    for (const text of texts(input)) {
      const room = beforeClosing(text);
      for (const s of sentences(room.replace('县防汛抗旱指挥部第三督导组', '')).filter((x) => /指挥部|工作组/.test(x))) expect(s).not.toMatch(AS_GUEST);
    }
  });
});

describe('11 rel · a 约谈 regulates those it calls in', () => {
  const FIRMS = ['滨江区悦享健身服务有限公司', '滨江区丽颜美容美发有限公司', '滨江区童趣教育咨询有限公司'];

  it('tells each company called in what to put right and by when, never thanks it, and states the consequence', () => {
    const input = named('prepaid-district-operators-summons.json');
    for (const text of texts(input)) {
      const room = beforeClosing(text);
      const told = sentences(room).filter((s) => FIRMS.some((f) => s.includes(f)));
      expect(told.length).toBeGreaterThan(0);
      for (const s of told) expect(s).not.toMatch(AS_GUEST);
      expect(told.join('')).toMatch(/整改/);
      expect(told.join('')).toContain('4月15日前');
      // The material states no consequence: the regulator's standing line, which claims nothing.
      expect(room).toContain('依法依规处理');
      // The associations are partners, never told to put things right.
      for (const s of sentences(room).filter((x) => x.includes('协会'))) expect(s).not.toMatch(/整改/);
    }
  });

  // Said once, in its task; the room holds those called in to it without reading it out again (s45-3 [55], D).
  it('holds those called in to the material’s own consequence where it states one, said once', () => {
    const input = named('prepaid-district-operators-summons.json');
    input.campaign.tasks[0]!.detail = '3家企业对照通报的问题逐项整改，书面报送整改报告；逾期未整改的企业，暂停其发卡资格并向社会公布';
    for (const text of texts(input)) {
      const room = beforeClosing(text);
      expect(text.split('逾期未整改的企业，暂停其发卡资格并向社会公布').length).toBe(2);
      expect(room).toMatch(/前面(讲|定下)的(处理|办法)|任务里定下的处理/);
      expect(room).not.toContain('依法依规处理');
    }
  });

  it('a company called in to a 约谈 with no task of its own is not thanked, though the material never names it in a problem', () => {
    const input = named('prepaid-district-operators-summons.json');
    input.meeting.attendees = [...input.meeting.attendees!, '滨江区乐享文化传播有限公司负责人'];
    for (const text of texts(input)) {
      for (const s of sentences(beforeClosing(text)).filter((x) => x.includes('乐享文化'))) expect(s).not.toMatch(AS_GUEST);
    }
  });

  it('names those called in without the list’s label or their officers’ posts, and does not thank a partner asked in its task', () => {
    const input = named('prepaid-district-operators-summons.json');
    input.meeting.attendees = [`被约谈企业：${FIRMS.join('、')}法定代表人、安全负责人`, ...input.meeting.attendees!.slice(1), '滨江区银联商务有限公司负责人'];
    input.campaign.tasks[1]!.support = ['区市场监管局', '滨江区银联商务有限公司'];
    for (const text of texts(input)) {
      const room = beforeClosing(text);
      expect(room).toContain(FIRMS[2]);
      expect(room).not.toMatch(/企业：|法定代表人、安全负责人/);
      for (const s of sentences(room).filter((x) => x.includes('银联商务'))) expect(s).not.toMatch(/感谢/);
    }
  });

  it('holds to a pledge those the item says pledged, in its words, not everyone called in', () => {
    const input = named('landfill-county-summons.json');
    input.meeting.precedingItems = [input.meeting.precedingItems![0]!, input.meeting.precedingItems![1]!, '青山镇镇长作了表态发言'];
    for (const text of texts(input)) {
      const pledged = sentences(beforeClosing(text)).filter((s) => /表态|表过的态|表了态/.test(s));
      expect(pledged.length).toBeGreaterThan(0);
      for (const s of pledged) {
        expect(s).toContain('青山镇镇长');
        expect(s).not.toContain('柳河乡');
      }
    }
  });
});

describe('11 rel · demands fit a party’s role in the material', () => {
  it('a company whose site the problems are about is regulated; the company that helps is thanked', () => {
    const input = named('dust-xiang-named-quarry.json');
    for (const text of texts(input)) {
      for (const s of sentences(text).filter((x) => x.includes('凤鸣山石材开发有限公司'))) expect(s).not.toMatch(/感谢|支持|请|帮助/);
      expect(sentences(text).filter((x) => x.includes('绿源环保科技')).join('')).toMatch(/支持/);
    }
  });

  it('a 局长 asks village secretaries who only watch the works to cooperate and report, not to lead them in person', () => {
    const input = named('water-county-bureau-villages-watch.json');
    for (const text of texts(input)) {
      const said = sentences(beforeClosing(text)).filter((s) => s.includes('村书记'));
      expect(said.length).toBeGreaterThan(0);
      for (const s of said) expect(s).not.toMatch(/亲自|挂帅|带头抓|指挥员|扛在肩上|分解到人|抓在手上/);
      expect(said.join('')).toMatch(/配合|反映|报告/);
    }
  });
});

describe('11 rel · a 培训会 thanks its trainers for teaching', () => {
  it('thanks a unit an item says taught, whatever its task, and the trainers the attendees name', () => {
    const input = named('relief-county-training.json');
    input.meeting.attendees = [...input.meeting.attendees!, '县农商银行营业部负责人', '市民政局社会救助处授课老师'];
    input.meeting.precedingItems = [...input.meeting.precedingItems!, '县农商银行营业部主任介绍了救助资金社会化发放的操作流程'];
    input.campaign.tasks[1]!.support = ['县社会救助服务中心', '县农商银行营业部'];
    for (const text of texts(input)) {
      const room = beforeClosing(text);
      const bank = sentences(room).filter((s) => s.includes('县农商银行营业部'));
      expect(bank.length).toBeGreaterThan(0);
      expect(bank.join('')).toMatch(/感谢/);
      expect(bank.join('')).toMatch(/讲解|授课/);
      const teacher = sentences(room).find((s) => s.includes('市民政局社会救助处'));
      expect(teacher).toMatch(/授课/);
      expect(room).not.toContain('授课老师的同志');
    }
  });
});

describe('11 rel · a builder and its client; the front line at a 总结表彰会', () => {
  it('beside its builder’s lead the client of the works supervises, never 「配合」 or 「支持」 it', () => {
    const input = named('dust-xiang-named-quarry.json');
    input.campaign.background = ['集镇道路改造由溪南县城乡建设投资有限公司作为实施主体，溪南县路桥工程有限公司施工'];
    input.campaign.tasks.push({ title: '施工路段洒水降尘', detail: '施工路段每日洒水不少于4次，渣土车辆全部密闭运输', lead: '溪南县路桥工程有限公司', support: ['溪南县城乡建设投资有限公司'], deadline: '长期坚持' });
    input.meeting.attendees = [...input.meeting.attendees!, '溪南县城乡建设投资有限公司、溪南县路桥工程有限公司项目负责人'];
    for (const text of texts(input)) {
      const task = sentences(text).find((s) => s.includes('溪南县路桥工程有限公司') && s.includes('溪南县城乡建设投资有限公司') && !s.includes('作为实施主体'));
      expect(task).toBeDefined();
      expect(task!.slice(task!.indexOf('溪南县城乡建设投资有限公司'))).not.toMatch(/^溪南县城乡建设投资有限公司[^，]*(配合|支持)/);
      expect(task).not.toMatch(/请溪南县路桥工程有限公司/);
    }
  });

  it('thanks the front line for the season at a 总结表彰会 before asking it to keep at it', () => {
    const input = named('sorting-street-commendation.json');
    for (const text of texts(input)) {
      const room = beforeClosing(text);
      const front = sentences(room).filter((s) => s.includes('督导员'));
      expect(front.length).toBeGreaterThan(0);
      expect(front.join('')).toMatch(/辛苦|感谢/);
    }
  });
});

describe('11 rel · party organs are asked, never told', () => {
  it('a 副县长 asks the 县委宣传部 to lead, and never tells it to support', () => {
    const input = named('civility-county-deputy.json');
    for (const text of texts(input)) {
      const said = sentences(text).filter((s) => s.includes('县委宣传部'));
      expect(said.length).toBeGreaterThan(0);
      for (const s of said) expect(s).not.toMatch(/由县委宣传部|县委宣传部(要|配合|负责)/);
    }
  });
});

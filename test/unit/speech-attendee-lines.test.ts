// Issue 11 (session 12, the s30 hunt): how the parties on an attendees line are told apart and what each
// is to the speaker. A comma parts two parties (「…（二标段）项目经理，…监理有限公司总监理工程师」: the
// builder was told the 监理's duties and the post read out, s30-3 [59], W); a higher bureau's 股 listed by a
// comma beside a design unit is thanked, never told its 主体责任 with the builders (s30-4 [50], W); 「项目区
// 各村」 are the town's own villages, never asked for help (s30-4 [32], W); a company is not taken for the
// builder for sharing its city's name (s30-3 [57], E); a report by the speaker's own deputy is not answered
// with a pledge to carry it out (s30-5 [2], W).
import { describe, expect, it } from 'vitest';
import { beforeClosing, named, openingOf, sentences, texts } from '../helpers/room-drafts.ts';

const sewer = texts(named('sewer-town-secretary-lots.json'));
const training = texts(named('netcafe-district-police-training.json'));

describe('11 · the parties of an attendees line', () => {
  it('never gives the builders the 监理 duties nor reads out a post with a company', () => {
    for (const text of sewer) {
      const room = beforeClosing(text);
      expect(room).not.toMatch(/项目经理|总监理工程师/);
      for (const s of sentences(room).filter((x) => /监理职责|旁站|第一道关口/.test(x))) expect(s).not.toMatch(/江屿建工|石桥市政/);
      expect(sentences(room).some((s) => /江屿建工有限公司/.test(s) && /石桥市政工程有限公司/.test(s)), room).toBe(true);
    }
  });

  it('thanks the county bureau’s 股 and the design unit, never tells them a 主体责任', () => {
    for (const text of sewer) {
      const room = beforeClosing(text);
      for (const s of sentences(room).filter((x) => /村镇建设股|设计单位/.test(x))) expect(s).not.toMatch(/主体责任|不折不扣|要求一项一项/);
      // A higher level's unit is thanked at the opening (session 14, greeting.ts).
      expect(openingOf(text)).toMatch(/县住建局村镇建设股/);
    }
  });

  it('tells the town’s own villages their part, never seeks their support', () => {
    for (const text of sewer) for (const s of sentences(text).filter((x) => x.includes('项目区各村'))) expect(s).not.toMatch(/争取|请项目区各村|帮助/);
  });

  it('asks the company that takes over the works to lead its task; it is no builder for its city’s name', () => {
    for (const text of sewer) {
      expect(text).toMatch(/请江屿水务投资有限公司牵头/);
      expect(text).not.toMatch(/江屿水务投资有限公司(负责)?具体实施|江屿水务投资有限公司[^。]*主体责任/);
    }
  });

  it('takes up a report of the speaker’s own deputy without pledging to carry it out', () => {
    for (const text of training) {
      const opening = text.split('\n').find((l) => l.includes('刚才'))!;
      expect(opening).toMatch(/何俊同志介绍了培训安排/);
      expect(opening).not.toMatch(/我们将|认真研究/);
    }
  });
});

describe('11 · trainers and helpers (s30 hunt, E)', () => {
  // Session 14 (s42-5 [6], E): one lecturer named in person is thanked by name and post, as a speaker says it.
  it('thanks a trainer marked 「（授课）」 by unit, name and post, never 「…科长的同志」 nor the mark', () => {
    for (const text of training) {
      const room = beforeClosing(text);
      expect(room).toMatch(/江屿市网信办网络安全科郑敏科长/);
      expect(room).not.toMatch(/科长的|（授课）|科长郑敏/);
    }
  });

  it('at a 约谈 thanks a company the achievements name as having helped, though it has a task', () => {
    const input = named('cranes-district-summons.json');
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '江屿恒力吊装有限公司负责人'];
    input.campaign.achievements = [...input.campaign.achievements, { title: '险情处置及时', detail: '恒力吊装连夜调派吊车拆除倾斜塔吊' }];
    input.campaign.tasks = [...input.campaign.tasks, { title: '建立应急吊装联动机制', detail: '签订应急吊装协议', lead: '区建设工程质量安全监督站', support: ['江屿恒力吊装有限公司'] }];
    for (const text of texts(input)) expect(beforeClosing(text)).toMatch(/江屿恒力吊装有限公司/);
  });
});

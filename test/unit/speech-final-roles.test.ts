// Issue 11 (session 12, the s31–s33 final reading, W in the room and the task lines' units), each on a fixture
// changed here in our own words: the place a tanker loaded at is no culprit, and a culprit is told nothing of
// liability (s32-1 [60]); a company whose own plans limit what it can do is no party at fault, and an outside
// company is asked (s32-6 [39]); a contractor the speaker's side pays and scores is held, never thanked
// (s32-8 [61]); a 副部长's own 宣传部 is 「我部」 and its centre told (s31-5 [54]); trainers on a 「授课人：」 line
// are thanked by unit, without posts or names (s32-5 [53][55]); a street's secretaries are community
// secretaries (s32-2 [59]); two banks in the room are named alike (s33-2 [54]).
import { describe, expect, it } from 'vitest';
import { beforeClosing, named, sentences, texts } from '../helpers/room-drafts.ts';

describe('11 · who each party is (final reading)', () => {
  it('never takes the plant a tanker loaded at for the culprit, nor tells the culprit its liability', () => {
    const input = named('ammonia-leak-town-head.json');
    input.campaign.background = ['9月12日10时许，江屿市丰禾冷链食品有限公司一辆罐车在江屿市鑫源化工有限公司装载液氨后行至清溪镇侧翻，约0.3吨液氨泄漏', ...input.campaign.background!.slice(1)];
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '江屿市鑫源化工有限公司负责人'];
    for (const text of texts(input)) {
      const room = beforeClosing(text);
      for (const s of sentences(room).filter((x) => x.includes('鑫源化工'))) expect(s).not.toMatch(/调查|责任/);
      for (const s of sentences(room).filter((x) => x.includes('丰禾冷链'))) expect(s).not.toMatch(/承担|态度|责任/);
      expect(room).toMatch(/丰禾冷链食品有限公司[^。]*配合/);
    }
  });

  it('asks an outside company whose own plans limit its part; never tells it', () => {
    const input = named('sewer-town-secretary-lots.json');
    input.campaign.problems = [...input.campaign.problems, { title: '污泥处置能力不够', detail: '石桥生物质发电公司6月安排机组检修，只能接收污泥约800吨' }];
    input.campaign.tasks = [...input.campaign.tasks, { title: '污泥转运处置', detail: '污泥日产日清', lead: '镇村镇建设服务中心', support: ['石桥生物质发电有限公司'] }];
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '石桥生物质发电有限公司负责人'];
    for (const text of texts(input)) for (const s of sentences(text).filter((x) => x.includes('石桥生物质发电有限公司'))) expect(s).not.toMatch(/石桥生物质发电有限公司要|主体责任/);
  });

  it('holds a contractor the speaker’s side pays and scores to its part, never thanks it', () => {
    const input = named('sewer-town-secretary-lots.json');
    input.campaign.background = [...input.campaign.background!, '集镇保洁实行市场化，洁净公司负责集镇主街12条，镇里按月考核付费'];
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '江屿洁净环境服务有限公司负责人'];
    for (const text of texts(input)) for (const s of sentences(beforeClosing(text)).filter((x) => x.includes('洁净环境'))) expect(s).not.toMatch(/感谢|多关心|多支持|多帮助/);
  });

  it('says 「我部」 of a 副部长’s own 宣传部 and tells its centre', () => {
    const input = named('meals-district-bureau-deputies.json');
    input.meeting.speaker = { name: '韦静文', title: '区委宣传部常务副部长、区文明办主任' };
    input.campaign.tasks = [...input.campaign.tasks, { title: '宣传助餐服务', detail: '开设专栏宣传助餐服务', lead: '区委宣传部', support: ['区融媒体中心'] }];
    for (const text of texts(input)) {
      expect(text).not.toMatch(/请区委宣传部|请区融媒体中心|也请区融媒体中心|我们委宣传部/);
      expect(text).toMatch(/我部/);
    }
  });

  it('thanks the trainers of a 「授课人：」 line by unit, with no post or name, and asks them for no other part', () => {
    const input = named('netcafe-district-police-training.json');
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '授课人：江屿市公安局反电信网络诈骗中心民警何晓，江屿农商银行清溪支行行长周敏'];
    for (const text of texts(input)) {
      const room = beforeClosing(text);
      expect(room).toMatch(/反电信网络诈骗中心/);
      expect(room).not.toMatch(/何晓|周敏|民警|行长|通信保障/);
    }
  });

  it('names two banks in the room alike', () => {
    const input = named('netcafe-district-police-training.json');
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '江屿银行清溪支行、江屿农村商业银行清溪支行（实名账户开户银行）代表'];
    for (const text of texts(input)) {
      const room = beforeClosing(text);
      expect(room).toMatch(/江屿银行清溪支行/);
      expect(room).toMatch(/江屿农村商业银行清溪支行/);
      expect(room).not.toMatch(/开户银行）/);
    }
  });

  it('calls a street’s secretaries community secretaries, whatever a community’s name holds', () => {
    const input = named('drains-street-principal-lastyear.json');
    input.meeting.attendees = [...(input.meeting.attendees ?? []).filter((a) => !/书记/.test(a)), '纺机新村、桂花里社区党组织书记'];
    for (const text of texts(input)) expect(text).not.toMatch(/各村（社区）书记|各村书记/);
  });
});

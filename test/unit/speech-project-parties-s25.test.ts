// Issue 11 (session 25, g11c): at a 约谈 the 建设单位 and 监理 of the very project the problems fault, as their line names them, are held to
// their part in the speaker's voice — never bystanders warned by another's example (r-s75 s75-2 [43], W: 「也提个醒：今天点到的问题要当
// 镜子，对照查一查自身有没有同样的问题」), never left out of the room.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const quality = loadCampaigns().find((c) => c.name === 'g11c25-quality-district-project-parties.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 25: the parties of the faulted project are held (s75-2 [43])', () => {
  it('the 建设单位 and the 监理 of the project are told their responsibility, never to learn from others', () => {
    for (const { where, text } of draftsOf(quality, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('建设单位渌湾区教育发展投资有限公司') && s.includes('芷陂诚正工程咨询有限公司'));
      expect(said.length, where).toBe(1);
      expect(said[0], where).toMatch(/责任|职责/);
      expect(said[0], where).not.toMatch(/引以为戒|镜子|同样的问题|教训|支持/);
    }
  });

  it('a line that names no faulted project is warned as before at a 警示约谈会', () => {
    const other = structuredClone(quality);
    other.meeting.type = '警示约谈会';
    other.meeting.attendees![2] = '渌湾中学体育馆工程建设单位渌湾区教育发展投资有限公司、监理单位芷陂诚正工程咨询有限公司项目负责人';
    const texts = draftsOf(other, [1]).map((d) => d.text).join('\n');
    expect(sentences(texts).some((s) => s.includes('芷陂诚正工程咨询有限公司') && /引以为戒|镜子|同样的问题|教训|自查/.test(s))).toBe(true);
  });
});

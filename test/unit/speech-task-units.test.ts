// Issue 11 (session 11, late fix fb): who a task line tells and who it asks. The final reading (r-s26-final)
// marked wrong an employer put with the street's own centre to 「加强督促指导」 the company that leads, the
// lead's daily step hung after them (s26-7 [37]); of three companies beside an outside company's lead, one
// told 「要主动落实、不讲条件」 (s29-3 [41]); and 「也请…大力支持，也请…大力支持」 in one sentence (s26-8 [40]).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const texts = (input: SpeechInput) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => toPlainText(draft(input, library, { template, seed }))));
const line = (text: string, title: string) => text.split('\n').find((l) => l.includes(`${title}。`)) ?? '';

describe('task units · only the speaker\'s own units are told', () => {
  it('asks a business beside a regulated company\'s lead, never puts it to supervise; the lead\'s step goes with the lead', () => {
    for (const text of texts(named('coldchain-town-partners.json'))) {
      const l = line(text, '稳定每日集货');
      expect(l).toMatch(/青禾供应链管理有限公司[^，；。]*，每日6时前公布当日收购价；镇农业综合服务中心要/);
      expect(l).toMatch(/也请石桥农贸商贸城/);
      expect(l).not.toMatch(/商贸城要|商贸城、|、石桥农贸商贸城/);
    }
  });

  it('asks every company beside an outside company\'s lead alike, tells none of them', () => {
    for (const text of texts(named('coldchain-town-partners.json'))) {
      const l = line(text, '加快村级预冷库建设');
      expect(l).toMatch(/也请顺达冷链物流有限公司、鲜达冷链设备安装有限公司/);
      expect(l).not.toMatch(/有限公司要/);
    }
  });

  it('asks a company and peer bureaus beside a peer\'s lead in one clause, not 「也请…，也请…」', () => {
    const input = named('coldchain-town-partners.json');
    input.meeting.speaker = { name: '邝雅琴', title: '金川县商务局副局长' };
    input.meeting.organizer = '金川县商务局';
    input.meeting.attendees = ['县农业农村局、县市场监管局分管负责人', '各乡镇分管负责人', '顺达冷链物流有限公司负责人'];
    input.campaign.region = '金川县';
    input.campaign.tasks[2] = { ...input.campaign.tasks[2]!, lead: '县农业农村局', support: ['顺达冷链物流有限公司', '县市场监管局'] };
    for (const text of texts(input)) {
      const l = line(text, '组织各村对接集货线路');
      expect(l).toMatch(/顺达冷链物流有限公司/);
      expect(l).not.toMatch(/也请[^。]*也请/);
    }
  });
});

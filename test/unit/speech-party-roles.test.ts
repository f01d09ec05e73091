// Issue 11 (session 12): what a named party is in the campaign, read from every field — the session 11
// readings' role W at their cause. A company a task acts on by its kind's general name (「督促开发企业…」)
// is its object, never a supporter (s26-8 [40]); a company named in a problem as the one good example, or
// counted in a breakdown in brackets, is not at fault (s28-4 [39], s27-1 [39]); townships or communities
// that support never supervise the lead (s27-1 [39]); co-leads are named alike (s29-3 [57]); a bureau's
// own 大队 is told, never asked or thanked (s29-2 [39][42]); at a 培训会 those trained are the audience,
// never thanked as guests (s28-5 [51]).
import { describe, expect, it } from 'vitest';
import { beforeClosing, named, sentences, texts } from '../helpers/room-drafts.ts';

const delivery = texts(named('delivery-county-deputy-developers.json'));
const training = texts(named('netcafe-district-police-training.json'));
const about = (text: string, name: string) => sentences(text).filter((s) => s.includes(name));

describe('11 · what a named party is to the speaker', () => {
  it('holds the developer a task pushes to its work, never asks it for support', () => {
    for (const text of delivery) {
      const lines = about(text, '恒瑞置业有限公司');
      expect(lines.length, text).toBeGreaterThan(0);
      for (const s of lines) expect(s).not.toMatch(/请[^，。；]*恒瑞置业|恒瑞置业有限公司[^，。；]*(支持|帮助)/);
      expect(lines.some((s) => /恒瑞置业有限公司要/.test(s)), text).toBe(true);
    }
  });

  it('asks the company a problem names as the one good example, never tells it', () => {
    for (const text of delivery) {
      for (const s of about(text, '安居物业有限公司')) expect(s).not.toMatch(/安居物业有限公司(要|必须)/);
      expect(about(text, '安居物业有限公司').some((s) => /请[^。]*安居物业有限公司/.test(s)), text).toBe(true);
    }
  });

  it('asks the company counted in a breakdown to lead its task; it is not held to it as a party at fault', () => {
    for (const text of delivery) {
      expect(text).toMatch(/请县城市建设投资集团有限公司牵头/);
      expect(text).not.toMatch(/由县城市建设投资集团有限公司(负责)?具体/);
    }
  });

  it('never has townships that support a task supervise its lead', () => {
    for (const text of delivery) expect(text).not.toMatch(/(城关镇|河口镇)[^，。；]*要[^，。；]*(督促|监管|把关|督导)/);
  });

  it('names both companies that lead a task together wherever one is spoken to in the room', () => {
    for (const text of delivery) {
      const room = beforeClosing(text);
      for (const s of about(room, '县第一建筑工程有限公司')) expect(s).toMatch(/县宏达建设有限公司/);
      for (const s of about(room, '县宏达建设有限公司')) expect(s).toMatch(/县第一建筑工程有限公司/);
      expect(room).toMatch(/县第一建筑工程有限公司/);
    }
  });

  it('tells the own bureau’s 大队 its part, never asks or thanks it', () => {
    for (const text of training) {
      expect(text).not.toMatch(/请分局(网安|治安管理)大队/);
      expect(text).not.toMatch(/感谢分局|分局[^，。；]*大队[^。]*表示感谢/);
      expect(text).toMatch(/由分局网安大队|分局网安大队要(切实|主动)/);
    }
  });

  it('addresses those a 培训会 trains as its audience, never as guests come to the meeting', () => {
    for (const text of training) {
      const room = beforeClosing(text);
      expect(room).toMatch(/各位网吧安全管理员和寄递网点安全员/);
      for (const s of about(room, '安全管理员')) expect(s).not.toMatch(/感谢|今天也来了|也在座|参加会议|到会/);
    }
  });
});

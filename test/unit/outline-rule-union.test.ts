// The cleaning's line rules (clean.ts) are tried on every line through one union of their patterns
// (rule-union.ts). A pattern that backtracks over the whole line from its start — a 公众号's byline,
// a file's name, a site's name after a title, a periodical's running head, an advert's pair of
// words — is run alone, and only on a line holding the character it needs (「-」「.」「期」, a last
// 库/网/全, an advert's word): a line without it is not scanned for it at all (issue 17: half the
// cost of the union on a collection's lines). Lines that have it are removed as before.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clean } from '../../core/outline/clean.ts';
import { REASON } from '../../core/outline/lines.ts';

afterEach(() => vi.restoreAllMocks());

/** What a pattern's source holds that no other rule's does. */
const OWN = {
  byline: '发表于',
  fileName: 'xlsx?|XLSX?',
  siteName: '范文大全',
  runningHead: '公报|政报',
  advert: '秒杀',
};

// An invented 纪要 of 白鹭洲街道: no line holds 「-」「.」「期」 or an advert's word, none ends in 库/网/全.
const minutes = [
  '白鹭洲街道汛情值守工作会议纪要',
  '时间：2025年6月18日上午',
  '地点：街道办事处三楼会议室',
  '主持：街道党工委书记 戚远山',
  '一、听取各社区隐患排查情况汇报',
  '会议听取了芦花、柳埠、塘湾三个社区的排查情况，沿江堤段共查出渗水点四处，已逐一落实专人看守。',
  '二、研究部署下一阶段值守工作',
  '会议要求，各社区实行二十四小时值班，遇有险情半小时内报告街道防汛办，不得迟报漏报。',
].join('\n');

describe('the line rules that backtrack over a whole line', () => {
  it('are not run on lines without the character each needs', () => {
    const test = vi.spyOn(RegExp.prototype, 'test');
    const exec = vi.spyOn(RegExp.prototype, 'exec');
    clean(minutes);
    const run = [...test.mock.contexts, ...exec.mock.contexts].map((re) => (re as RegExp).source);
    for (const [rule, own] of Object.entries(OWN)) expect(run.filter((source) => source.includes(own)), rule).toEqual([]);
  });

  it('still remove the lines they match', () => {
    const lines = [
      '白鹭发布 2025-06-18 20:30 发表于江城',
      '白鹭洲街道防汛工作讲话稿（两篇）.docx',
      '汛期值守工作会议纪要 - 某某范文网',
      '白鹭洲街道政报 2025年第6期（总第88期）',
      '扫码关注公众号，免费领取更多范文',
      '',
      minutes,
    ].join('\n');
    const removed = clean(lines).removed.filter((r) => r.line <= 5);
    expect(removed.map((r) => r.reason)).toEqual([REASON.source, REASON.site, REASON.site, REASON.furniture, REASON.ad]);
  });
});

// Issue 11 (session 25, g11b): stock lines the editors struck or rewrote wherever they stood (all readings s13–s24,
// counted in docs/notes/session-25-issue-11.md): 「解决这些问题，时间紧、任务重，大家一定要迎难而上」 after the problems (27 of 33:
// 套话); 「…抓好落实」 said of a report just heard (45 of 58: 「通报是摆情况，不是抓好落实的对象」; r-s76 s76-1 [6], s76-2 [6]); the
// transitions between achievements and problems below.
// Invented: 蒲岭县 (g11b25-library-county-report-heard), a county's 图书馆总分馆 推进会 heard two reports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const library = () => structuredClone(campaigns.find((x) => x.name === 'g11b25-library-county-report-heard.json')!.input);
/** The opening's remark on what was heard (「刚才，…。」). */
const heardRemark = (text: string) => /刚才，[^。]*。/.exec(text)?.[0] ?? '';

/**
 * Lines between the achievements and the problems the editors rewrote nearly every time (s13–s24), with the words they put
 * instead: 「后面的问题」 (「写稿人的口吻」) → 「存在的问题」; 「对这些进展，要看到成绩…」 (「前后打架」) → 「在肯定成绩的同时…」;
 * 「这些问题，今天要一条一条点出来」 before any problem (「这些问题没有所指」) → 「下面，我把存在的问题…」; 「…必须认真对待」 (两个必须).
 */
const STRUCK = ['后面的问题同样不能回避', '对这些进展，要看到成绩，更要看到还存在的不足', '这些问题，今天要一条一条点出来', '同时必须指出，存在的问题必须认真对待', '客观地讲，工作中还存在一些薄弱环节', '解决这些问题，时间紧、任务重'];

describe('s25 · stock lines editors strike', () => {
  it('the corpus holds none of the transitions the editors rewrote nearly every time', () => {
    const corpus = ['speech.yaml', 'domains.yaml'].map((f) => readFileSync(join(PACKAGE_ROOT, 'corpus', f), 'utf8')).join('\n').replace(/^\s*#.*$/gm, '');
    for (const line of STRUCK) expect(corpus, line).not.toContain(line);
  });

  it('a report heard is held against, never 「抓好落实」', () => {
    for (const { where, text } of draftsOf(library(), [1, 2, 3, 4, 5, 6])) {
      const remark = heardRemark(text);
      expect(remark, where).toContain('县图书馆汇报了通借通还系统试运行情况');
      expect(remark, where).not.toMatch(/抓好落实|认真落实/);
    }
  });

  it('a report heard beside a deployment is carried out as the deployment is: no 「查漏补缺」 against it', () => {
    const input = library();
    input.meeting.precedingItems = [...input.meeting.precedingItems!, '县长对下一步工作作了具体部署'];
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) expect(heardRemark(text), where).not.toMatch(/查漏补缺|查找差距|心中有数/);
  });

  it.each(campaigns.map((c) => [c.name, c] as const))('%s: no 「时间紧、任务重，大家一定要迎难而上」 after its problems', (_, c) => {
    for (const { where, text } of draftsOf(c.input, [1])) expect(text, where).not.toContain('解决这些问题，时间紧、任务重，大家一定要迎难而上');
  });
});

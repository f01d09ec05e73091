// Half-width punctuation in Chinese becomes full-width: in headings harvested from scraped pages
// (offered in the 范文库 panel) and in a chosen heading as it is drafted.
import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../../core/doc/punctuation.ts';
import { checkHeading } from '../../core/draft/headings.ts';
import { useApi } from '../helpers/api.ts';

const { call } = useApi('wengao-punct-');

describe('full-width punctuation', () => {
  it('changes marks next to Chinese, not in figures or Latin text', () => {
    expect(fullWidthPunctuation('认清形势,正视差距, 切实增强做好X工作紧迫感')).toBe('认清形势，正视差距，切实增强做好X工作紧迫感');
    expect(fullWidthPunctuation('坚持问题导向;强化督查:严格考核!')).toBe('坚持问题导向；强化督查：严格考核！');
    expect(fullWidthPunctuation('(一)抓好落实')).toBe('（一）抓好落实');
    expect(fullWidthPunctuation('增长3.5%,成效明显')).toBe('增长3.5%，成效明显');
    expect(fullWidthPunctuation('v1.2, build 3')).toBe('v1.2, build 3');
  });

  it('in a chosen heading', () => {
    expect(checkHeading('统一思想,提高认识', 1)).toBe('统一思想，提高认识');
  });

  it('in the headings the 范文库 offers', async () => {
    const text = [
      '在全县防汛抗旱工作会议上的讲话',
      '同志们：',
      '今天召开会议，部署防汛抗旱工作。',
      '一、认清形势,正视差距,切实增强做好防汛抗旱工作紧迫感',
      '今年汛期来得早，降雨偏多。',
      '二、突出重点,压实责任,全力抓好防汛抗旱各项措施落实',
      '各乡镇要把责任压实到人。',
      '三、加强领导,强化保障,确保防汛抗旱工作取得实效',
      '各级要加强值班值守。',
    ].join('\n');
    await call('library.import', { name: '防汛讲话.txt', base64: Buffer.from(text, 'utf8').toString('base64') });
    const patterns = (await call('library.patterns', {})).map((p) => p.pattern);
    expect(patterns.length).toBeGreaterThan(0);
    for (const p of patterns) expect(p).not.toMatch(/[,;:]/);
    expect(patterns.some((p) => p.includes('，'))).toBe(true);
  });
});

// One title per document: a county that is 创建国家卫生县城 all through a speech and 创建国家卫生城市
// in two places has a wrong title in those two. Titles of one family that exclude each other are
// counted over the whole document; when more than one occurs, the rarer ones are 疑似. A document that
// names one title only is never flagged, so a city's speech about 国家卫生城市 is left alone.
import { finding, q, type ParaFinding } from './util.ts';

const FAMILIES: readonly (readonly string[])[] = [
  ['国家卫生县城', '国家卫生城市', '国家卫生乡镇'],
  ['国家园林县城', '国家园林城市'],
  ['全国文明县城', '全国文明城市'],
  ['国家生态文明建设示范县', '国家生态文明建设示范市', '国家生态文明建设示范区'],
];

export function consistencyRule(paras: readonly string[]): Map<number, ParaFinding[]> {
  const out = new Map<number, ParaFinding[]>();
  for (const family of FAMILIES) {
    const hits = new Map<string, { para: number; at: number }[]>();
    paras.forEach((text, para) => {
      for (const title of family) {
        for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + title.length)) {
          const list = hits.get(title) ?? [];
          list.push({ para, at });
          hits.set(title, list);
        }
      }
    });
    if (hits.size < 2) continue;
    const [main, mainHits] = [...hits].sort((a, b) => b[1].length - a[1].length)[0]!;
    for (const [title, list] of hits) {
      if (title === main || list.length * 2 > mainHits.length) continue;
      for (const { para, at } of list) {
        const f = finding('formulation', '疑似', at, title.length, 'formulation:consistency', `称号前后不一致：本文其他${mainHits.length}处为${q(main)}，此处为${q(title)}，请核对`, main);
        out.set(para, [...(out.get(para) ?? []), f]);
      }
    }
  }
  return out;
}

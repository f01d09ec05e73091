// A 事例 is a sentence with commas of its own (session 21's screen test, 14: 「3名学生结伴到河下游戏水，被巡查员
// 及时劝离」 became two examples joined by 「；」): the field cuts examples at ；/a new line, never at a comma nor
// at a 、 (session 22's screen test: 「张大爷、李阿姨反映……」 is one example); unit names (配合单位) are still cut
// at commas and 、. Invented: 岚口乡.
import { describe, expect, it } from 'vitest';
import { joinList, splitList } from '../../renderer/src/form/list-text.ts';

describe('a list typed as one text', () => {
  it('examples: one example keeps its commas and 顿号; several are cut at ； or a new line', () => {
    expect(splitList('4月上旬2名村民在林缘烧荒，被护林员当场制止', 'clauses')).toEqual(['4月上旬2名村民在林缘烧荒，被护林员当场制止']);
    expect(splitList('村民林缘烧荒，被当场制止；游客、学生在景区野炊\n坟地烧纸', 'clauses')).toEqual(['村民林缘烧荒，被当场制止', '游客、学生在景区野炊', '坟地烧纸']);
    expect(splitList('甲;乙', 'clauses')).toEqual(['甲', '乙']);
  });

  it('shown again, examples are joined by ；, so a comma inside one never cuts it on the next edit', () => {
    const items = ['去年清明2名村民在坟地烧纸，引燃周边杂草', '游客在景区吸烟'];
    expect(splitList(joinList(items, 'clauses'), 'clauses')).toEqual(items);
  });

  it('unit names are cut at commas and 、 as before; lines at new lines', () => {
    expect(splitList('乡林业站，各村民委员会、乡派出所', 'units')).toEqual(['乡林业站', '各村民委员会', '乡派出所']);
    expect(splitList('甲，乙\n丙', 'lines')).toEqual(['甲，乙', '丙']);
  });
});

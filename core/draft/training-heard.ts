// What a 培训会's speech need not say again: the lectures heard before it said what was taught, and a task that orders
// the training passed on (再培训, 二次培训, 转训) has said what the closing's 「回去后要组织转训」 would say. Pure.
import type { SpeechInput } from '../input/schema.ts';

/** A task that orders what was taught passed on at home: 「组织全员再培训」「二次培训全覆盖」「抓好培训内容的学习转化」. */
const RELAYS = /(?:再|二次|全员|转)培训|转训|再学习|学习转化|传达培训/;

/**
 * Whether a task orders the training relayed: the closing then says how to use what was learnt, never 「回去后要组织
 * 再学习、再培训」 again (r-s74 s74-4 [44] D 「与第一项任务“一周内组织全员再培训”重复」, r-s73 s73-5 [48] D 「转训要求和第（四）项二次培训重复」).
 */
export function relayTasked(input: SpeechInput): boolean {
  return input.campaign.tasks.some((t) => RELAYS.test(`${t.title}，${t.detail ?? ''}，${t.measure ?? ''}`));
}

/** The items of a list of what is taught: 「一是…；二是…」 or 「A、B、C」. */
const ITEMS = /[、；;，,]/;
const ORDINAL = /^\s*(?:[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]+[）)、.．])\s*/u;

/** Whether the items heard say a listed item: its book title, or four characters of it in a row. */
function itemHeard(item: string, heard: string): boolean {
  const book = /《[^》]+》/.exec(item);
  if (book) return heard.includes(book[0]);
  for (let i = 0; i + 4 <= item.length; i++) if (/^\p{Script=Han}{4}$/u.test(item.slice(i, i + 4)) && heard.includes(item.slice(i, i + 4))) return true;
  return false;
}

/**
 * Whether the lectures heard before the speech said what the clerk lists as taught (「培训内容：《危险化学品安全法》、加油站卸油
 * 及动火作业操作规程、…」): at least half its items named in them. Then the list is not read again (s74-4 [9], s73-5 [10], D:
 * 「把材料里的“培训内容”原样念一遍，和[7]重复」); a list the lectures did not cover stays (a 食物中毒 lecture beside a
 * 培训内容 of 《食品安全法》 and 备案流程).
 */
export function taughtHeard(content: string, heard: readonly string[]): boolean {
  const said = heard.join('；');
  const items = content.split(ITEMS).map((s) => s.replace(ORDINAL, '').trim()).filter((s) => s.length >= 2);
  return items.length > 0 && items.filter((s) => itemHeard(s, said)).length * 2 >= items.length;
}

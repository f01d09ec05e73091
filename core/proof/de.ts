// 的/地: an adverbial before a verb takes 「地」 (认真地落实, 有针对性地分配). 提示 only, and narrow:
// the adverbials listed are the ones a speech uses before verbs and rarely before nouns, and a verb
// that heads a noun phrase (有效的解决办法, 积极的推进作用) is left alone.
import { finding, type ParaFinding } from './util.ts';

const ADVERBIAL = '认真|积极|扎实|稳步|有序|主动|及时|持续|有针对性|有计划|有步骤|坚定不移|不断|大力|切实|扎扎实实|认认真真|实实在在|合理';
const VERB = '推进|开展|落实|抓好|做好|解决|推动|加强|提升|完成|实施|参与|发挥|处理|分配|整改|部署|贯彻|执行|查处|督促|引导|研究';
const NOUN_AFTER = '办法|措施|方式|方案|问题|工作|力度|水平|效果|成效|能力|作用|机制|过程|阶段|态势|局面|步伐|进程';
const DE = new RegExp(`(${ADVERBIAL})的(?=(?:合理|科学|全面|深入|有效|逐步)?(?:${VERB})(?!${NOUN_AFTER}))`, 'g');

export function deRule(text: string): ParaFinding[] {
  const out: ParaFinding[] = [];
  for (const m of text.matchAll(DE)) {
    const at = m.index + m[1]!.length;
    out.push(finding('confusion', '提示', at, 1, 'de:地', `“${m[1]}”修饰后面的动词，作状语，结构助词一般用“地”`, '地'));
  }
  return out;
}

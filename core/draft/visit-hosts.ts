// The hosts of a 现场会 or 观摩会 as the visit item names them: the township and the village whose site was seen, and the body
// whose site it is (「与会人员现场观摩了石门乡枫林村撂荒地复耕基地、丰禾农机专业合作社育秧工厂」 → 石门乡, 枫林村, 丰禾农机专业合作社), and
// where the meeting is held only where its venue says so (「石门乡人民政府会议室」). Nothing else is said of the place: s77-12 [64], W:
// 「这次现场会放在家庭农场和农机专业合作社」 — invented; the 乡 and the village that hosted it not thanked.
import type { SpeechInput } from '../input/schema.ts';
import type { Run } from '../doc/model.ts';
import { fact } from './runs.ts';
import { sitesOf } from './sites.ts';

/** A township or street at a site's head (「石门乡枫林村…」), then a village or community. */
const TOWN = /^(\p{Script=Han}{2,4}?(?:乡|镇|街道))(?!政府|人民政府|办事处)/u;
const VILLAGE = /^(\p{Script=Han}{2,4}?(?:村|社区))(?!民|委|集体)/u;
/** A body by its own name whose site it is: 「丰禾农机专业合作社育秧工厂」 → 丰禾农机专业合作社. */
const BODY = /^(\p{Script=Han}{2,10}?(?:专业合作社|合作社|有限公司|公司|集团|家庭农场|协会))/u;

/** What puts a place behind: its work lags, has not begun, falls short. */
const BEHIND = /滞后|落后|缓慢|偏慢|未开工|未启动|尚未|至今未|没有起步|不足|低于|平均低|低\d|仅完成|完成\d|完成率|比计划|问题较多|走过场|不到位/;

export interface VisitHosts {
  /** The township the venue names among the hosts: 「这次现场会放在石门乡」. */
  place?: Run[];
  /** The hosts, each once, in the order the visit names them. */
  hosts: Run[][];
}

/** The hosts of a visit; none where the meeting visits nothing or the visit names no place or body of its own. */
export function visitHosts(input: SpeechInput): VisitHosts | undefined {
  const { meeting, campaign } = input;
  if (!/现场会|观摩/.test(`${meeting.type ?? ''}${meeting.name}`)) return undefined;
  const region = campaign.region.trim();
  // A place or body a problem's clause puts behind is no host (s75-7 [49], W; s66-8: 「下坪村600亩…未开工」); one only named in a problem
  // (「节假日竹源村进村道路拥堵」) still hosted the site.
  // A clause and the one after it are read together: 「黄泥岗乡片区完成38%，比全县平均低26个百分点」 (r-s78 s78-8).
  const behind = campaign.problems.flatMap((p) => {
    const clauses = [p.title, p.detail ?? '', ...(p.examples ?? [])].join('；').split(/[，,；;。]/);
    return clauses.map((c, k) => ({ c, both: `${c}，${clauses[k + 1] ?? ''}` }));
  }).filter(({ both }) => BEHIND.test(both)).map(({ c }) => c);
  const found: { text: string; src: string }[] = [];
  const add = (text: string, src: string) => {
    if (text === region || region.endsWith(text) || behind.some((c) => c.includes(text)) || found.some((f) => f.text === text)) return;
    found.push({ text, src });
  };
  for (const seen of sitesOf(input)) {
    if (seen.src === 'meeting.venue') continue;
    for (const site of seen.text.split(/[、，,]|和(?=\p{Script=Han}{2,4}(?:乡|镇|街道|村|社区))/u)) {
      let rest = site.trim();
      const town = TOWN.exec(rest)?.[1];
      if (town) rest = rest.slice(town.length);
      // A street has communities, never villages, whatever a compound's name holds (「纺织新村」 is a 小区; s32-2 [59]).
      const village = VILLAGE.exec(rest)?.[1]?.replace(/^.*村$/, (v) => (/街道(办事处)?$/.test(region) ? '' : v)) || undefined;
      if (village) rest = rest.slice(village.length);
      const body = BODY.exec(rest)?.[1];
      for (const h of [town, village, body]) if (h && seen.text.includes(h)) add(h, seen.src);
    }
  }
  if (!found.length) return undefined;
  const place = found.find((f) => TOWN.test(f.text) && (meeting.venue ?? '').includes(f.text));
  return { ...(place ? { place: fact(place.text, place.src) } : {}), hosts: found.map((f) => fact(f.text, f.src)) };
}

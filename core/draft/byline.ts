// The speaker line under a speech's title: 「区委副书记、区长␣成平」. A material that names the speaker
// by post only (the name field 「区长」 beside the title 「区委副书记、区长」, or 「县住建局局长」 with no
// title) printed 「区委副书记、区长␣区长」 (s62-3, s61-7, r-s63: 「县长␣县长」). The byline is where the
// printed speech says who gave it, for the file and the archive: a secretary fills the name in
// rather than print the post twice or once without a name (s62-3 [3], E: 「须补上真实姓名」), so the
// post is said once and the name is a visible 【待补充：讲话人姓名】. Pure.
import type { Run } from '../doc/model.ts';
import type { Person } from '../input/schema.ts';
import { namesOnlyPost, personLine } from './facts.ts';
import { concat, fact, gap, lit } from './runs.ts';
import { speakerTitle } from './speaker.ts';

/** A bare post typed as the name, with no title beside it: 「区长」「副镇长」「局长」「主任」. */
const BARE_POST = /^(常务)?副?([县区市州旗镇乡]长|([县区市州旗镇乡]委|党委|党工委|党组)?(副)?书记|主任|局长|站长|所长|队长|院长|校长|部长|科长|主席|组长|经理|总经理|指挥长|(主要|分管)?(领导|负责人|负责同志))$/;

/** The post a name field holds instead of a name (none when it holds a name). */
function postInName(speaker: Person): { text: string; src: string } | undefined {
  const name = speaker.name.trim();
  if (namesOnlyPost(speaker)) return { text: speaker.title!.trim(), src: 'title' };
  if (speaker.title?.trim()) return undefined;
  return BARE_POST.test(name) || speakerTitle(speaker) === name ? { text: name, src: 'name' } : undefined;
}

/** 「职务␣姓名」; with the name typed as a post, 「职务␣【待补充：讲话人姓名】」. */
export function speakerByline(speaker: Person, src: string): Run[] {
  const post = postInName(speaker);
  if (!post) return personLine(speaker, src);
  return concat(fact(post.text, `${src}.${post.src}`), lit('\u3000'), gap('讲话人姓名'));
}

// A 引题 over a speech's main title, as a 选编 or a newspaper sets it: 「周某某同志在全县…推进会上的讲话」, then
// the main title 「坚定信心 攻坚克难 全力打赢…攻坚战」, then the date. The line under the 引题 is short and
// head-like, over a date, so it was read as the speaker's line — a slogan as the speaker. The 引题
// names who spoke (「…同志在」): the line under it is the main title, the 引题 its subtitle, and the name
// in the 引题 the speaker.
import { SPEAKER_LINE } from './marks.ts';

/** 「周某某同志在…上的讲话」: who spoke (two or three characters before 「同志在」), at what, the kind last. */
const INTRO = /(\p{Script=Han}{2,3})同志在[^。！？；]{2,60}的(?:讲话|致辞|发言|报告|讲稿)$/u;
/** A name alone (「郑立群」「黎远」, spaced out or not): a speaker, never a main title. */
const NAME_ONLY = /^\p{Script=Han}(?:[\s\u3000]*\p{Script=Han}){1,3}$/u;

export interface IntroFront {
  title: string;
  subtitle?: string;
  speaker?: string;
  head: string[];
}

/** The front with its 引题 and main title put right (see above); as it was when its title is no 引题. */
export function mainUnderIntro<F extends IntroFront>(front: F): F {
  const intro = INTRO.exec(front.title);
  const main = front.speaker;
  if (!intro || main === undefined || front.subtitle !== undefined || SPEAKER_LINE.test(main) || NAME_ONLY.test(main)) return front;
  const at = front.head.indexOf(main);
  if (at < 0) return front;
  const head = [...front.head];
  head[at] = front.title;
  return { ...front, title: main, subtitle: front.title, speaker: intro[1]!, head };
}

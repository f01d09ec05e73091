// 状态栏 under the draft, as in Word and WPS: characters, reading time (of a speech) and printed pages, following
// every edit; the target length when the draft was steered to one (and why it is not met); what the
// dotted underline means; where the text was last saved.
import type { DocModel } from '../../../core/doc/model.ts';
import { shortStatus } from '../../../core/draft/length-text.ts';
import { docCounts } from './counts.ts';

/** `pages`: as the page view's marks count them, when it is on (else the estimate from the text). */
export function StatusBar({ doc, saveState, pages }: { doc: DocModel; saveState: string; pages?: number | undefined }) {
  const c = docCounts(doc);
  const target = doc.length?.target;
  const short = target !== undefined && c.chars < target * 0.85;
  // Short because the material is thin: why, and what to do, on a line of its own under the counts.
  const thin = short && doc.length ? shortStatus(doc.length) : undefined;
  return (
    <footer className="statusbar" aria-label="状态栏">
      <span data-count="chars">字数 {c.chars}</span>
      {/* Reading time is a speech's measure: a 纪要 or 会议记录 is read, not spoken (session 24's screen test). */}
      {doc.kind === 'speech' ? (
        <span data-count="minutes" title={`按每分钟 ${c.rate} 字估算`}>
          约 {c.minutes < 10 ? c.minutes.toFixed(1) : Math.round(c.minutes)} 分钟
        </span>
      ) : null}
      <span data-count="pages" title="按每页 22 行、每行 28 字估算">约 {pages ?? c.pages} 页</span>
      {target ? (
        <span className={Math.abs(c.chars - target) > target * 0.15 ? 'warn' : ''} title="按材料中的讲话时长估算；「篇幅」中可看各部分字数和可补充的内容">
          目标约 {target} 字{short && !thin ? '（见「篇幅」）' : ''}
        </span>
      ) : null}
      {thin ? (
        <span className="short-note warn" role="note" title={['要加长，可补充：', ...(doc.length?.short?.advice ?? []), '各部分的字数见「篇幅」。'].join('\n')}>
          {thin}
        </span>
      ) : null}
      <span className="legend" title="带虚线下划线的文字来自您填写的材料；鼠标指向它，可看是哪一项">
        <span className="fact-sample">虚线</span>：材料中的事实
      </span>
      <span className="savestate">{saveState}</span>
    </footer>
  );
}

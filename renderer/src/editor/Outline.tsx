// 提纲: the headings with the numbers they print with (numberBlocks from core), following every edit.
import type { DocModel } from '../../../core/doc/model.ts';
import { numberBlocks } from '../../../core/doc/numbering.ts';
import { runsText } from '../../../core/doc/text.ts';

export function Outline({ doc }: { doc: DocModel }) {
  const { marks, skipped } = numberBlocks(doc.blocks);
  const items = doc.blocks.map((b, i) => ({ b, i })).filter(({ b }) => b.type === 'heading' || (b.type === 'paragraph' && b.lead?.level));
  return (
    <nav className="outline" aria-label="提纲">
      <h3>提纲</h3>
      {items.length === 0 && <NoHeadings doc={doc} />}
      <ol>
        {items.map(({ b, i }) => {
          const level = b.type === 'heading' ? b.level : b.type === 'paragraph' ? (b.lead?.level ?? 1) : 1;
          // A lead's closing 「。」 is the sentence's, not the item's name (session 24's screen test): the 提纲 lists names.
          const text = b.type === 'heading' ? runsText(b.runs) : b.type === 'paragraph' ? runsText(b.lead?.runs).replace(/。$/, '') || opening(runsText(b.runs)) : '';
          return (
            <li key={i} className={`ol-l${level}${skipped.includes(i) ? ' skipped' : ''}`} title={skipped.includes(i) ? '层级跳过了一级' : undefined}>
              <span className="mark">{marks[i]}</span>
              {text}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** A numbered item with no lead (a long item read in whole): its first words. */
function opening(text: string): string {
  const chars = [...text.trim()];
  return chars.length > 16 ? `${chars.slice(0, 16).join('')}…` : chars.join('');
}

/**
 * A text without numbered headings: a 会议记录 is outlined by its 议题 (「议题一：…」); anything else says
 * what is missing — not a bare 「没有标题。」, which read as if the record were broken (session 21's screen test).
 */
function NoHeadings({ doc }: { doc: DocModel }) {
  const topics = doc.blocks.flatMap((b) => (b.type === 'labelled' && /^议题[一二三四五六七八九十]+$/.test(b.label) ? [`${b.label}：${runsText(b.runs)}`] : []));
  if (!topics.length) return <p className="hint">正文中没有一、（一）这样的分级标题。</p>;
  return (
    <ol className="record-topics">
      {topics.map((t) => (
        <li key={t} className="ol-l1">
          {t}
        </li>
      ))}
    </ol>
  );
}

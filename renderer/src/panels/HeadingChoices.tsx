// 范文库标题: for each of a speech's three parts, the headings harvested from imported speeches that
// head a part of the same kind, with 「X」 shown as this campaign's name. Choosing one redrafts that
// heading only (documents.redraft with options.headings), shown first for 采纳 / 放弃; the rest of the
// text keeps its wording.
import { useEffect, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import type { DocModel, Role } from '../../../core/doc/model.ts';
import { runsText } from '../../../core/doc/text.ts';
import { fillHeading } from '../../../core/draft/headings.ts';
import { call } from '../api.ts';
import type { EditorCtx } from './context.ts';

type Pattern = Output<'library.patterns'>[number];

/** The library's roles for the roles a speech template gives its parts. */
const ROLE_NAME: Partial<Record<Role, string>> = { significance: '意义', achievement: '成绩', problem: '问题', task: '任务', guarantee: '保障' };
const PART_LABEL = ['', '第一部分', '第二部分', '第三部分'];
/** Offered per part: enough to choose from, few enough to read. */
const PER_PART = 8;

/**
 * A part's role: that of its heading, which the template gives the part; else that of its first
 * paragraph. (Its first paragraph may be the material's 背景 set before the part's problems: a part
 * of 问题 was offered 「意义」 headings — the s18 screen tester's defect 7.)
 */
function partRole(doc: DocModel, part: number): string | undefined {
  for (const b of doc.blocks) if (b.type === 'heading' && b.level === 1 && b.part === part && b.role) return ROLE_NAME[b.role];
  for (const b of doc.blocks) if (b.type === 'paragraph' && b.part === part && b.role) return ROLE_NAME[b.role];
  return undefined;
}

/** The campaign's name as the engine fills the slot: the short name if there is one. */
function slotName(input: EditorCtx['input']): string | undefined {
  const campaign = (input as { campaign?: { name?: unknown; shortName?: unknown } } | null)?.campaign;
  const name = typeof campaign?.shortName === 'string' && campaign.shortName ? campaign.shortName : campaign?.name;
  return typeof name === 'string' && name ? name : undefined;
}

export function HeadingChoices({ ctx }: { ctx: EditorCtx }) {
  const doc = ctx.current();
  const [patterns, setPatterns] = useState<Pattern[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const domain = doc.domain;
  useEffect(() => {
    let live = true;
    // Every level: a speech's parallel sub-headings make good part headings too; level 1 comes first.
    // Only those that fit the speech's field (another county's 创卫 heading is no 防汛 heading), and
    // only part headings of speeches and reports: a minutes' item (「关于…快速通道征地拆迁工作」)
    // heads one matter, not a part.
    call('library.patterns', { limit: 500, genres: ['speech', 'report'], ...(domain ? { domain } : {}) }).then(
      (list) => live && setPatterns(list),
      () => live && setPatterns([]),
    );
    return () => {
      live = false;
    };
  }, [domain]);
  if (doc.kind !== 'speech' || !doc.partSeeds) return null;
  const name = slotName(ctx.input);
  const shown = (pattern: string) => (name ? runsText(fillHeading(pattern, { text: name, src: 'campaign' })) : pattern);

  const choose = async (part: number, pattern: string) => {
    setBusy(`${part}:${pattern}`);
    try {
      await ctx.flush();
      const ask = { documentId: ctx.documentId, options: { headings: { [String(part)]: pattern } } };
      const res = await call('documents.redraft', { ...ask, preview: true });
      ctx.propose({
        label: pattern ? res.label : `${PART_LABEL[part]}恢复模板标题`,
        doc: res.doc,
        part,
        commit: () => call('documents.redraft', ask),
      });
    } catch (e) {
      ctx.status.error(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="heading-choices" aria-label="范文库标题">
      <h3>范文库标题</h3>
      {patterns === null && <p className="hint">正在读取范文库…</p>}
      {patterns?.length === 0 && <p className="hint">范文库中还没有适合这篇讲话的标题句式：导入同类讲话稿后，这里会列出它们的标题。</p>}
      {patterns &&
        patterns.length > 0 &&
        // Only the parts this speech has (a speech with no part 三 is offered nothing for one).
        [1, 2, 3].filter((part) => doc.blocks.some((b) => 'part' in b && b.part === part)).map((part) => (
          <PartChoices key={part} part={part} role={partRole(doc, part)} patterns={patterns} chosen={doc.headings?.[part]} busy={busy} shown={shown} choose={(pattern) => void choose(part, pattern)} />
        ))}
    </section>
  );
}

/** One part's offers (those of its role), the one chosen pressed, and 恢复模板标题 once one is chosen. */
function PartChoices(p: {
  part: number;
  role: string | undefined;
  patterns: Pattern[];
  chosen: string | undefined;
  busy: string | null;
  shown(pattern: string): string;
  choose(pattern: string): void;
}) {
  const { part, role, chosen, busy } = p;
  // A part whose kind is not known is offered nothing: a heading must fit the one it replaces.
  const offers = role === undefined ? [] : p.patterns.filter((x) => x.role === role).slice(0, PER_PART);
  return (
    <div className="heading-part" data-part={part}>
      <h4>
        {PART_LABEL[part]}
        {role ? `（${role}）` : ''}
      </h4>
      {offers.length === 0 && <p className="hint">范文库中暂无这一部分的标题。</p>}
      <ul>
        {offers.map((x) => (
          <li key={x.pattern}>
            <button
              className={chosen === x.pattern ? 'choice on' : 'choice'}
              aria-pressed={chosen === x.pattern}
              disabled={busy !== null}
              title={`出自《${x.source}》`}
              onClick={() => p.choose(x.pattern)}
            >
              {busy === `${part}:${x.pattern}` ? '…' : p.shown(x.pattern)}
            </button>
          </li>
        ))}
      </ul>
      {chosen && (
        <button disabled={busy !== null} onClick={() => p.choose('')}>
          恢复模板标题
        </button>
      )}
    </div>
  );
}

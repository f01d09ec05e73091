// The speech engine: opening · three parts (as the template frames them) · closing, brought to the
// target length with elaboration. Parts are numbered 0 (opening) to 4 (closing); each has its own seed.
import type { Block, DocModel, ParagraphBlock, Role, Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { bodyLength } from '../doc/text.ts';
import { enumerate, chooseEnumeration, Phrases, type Enumeration, type Item } from './compose.ts';
import { fillHeading, type SlotName } from './headings.ts';
import { clause, dateRuns, deadlineRuns, figuresRuns, listRuns, personLine, scopeOf, workName } from './facts.ts';
import { closingInsertPoint, elaborate, lengthReport, trim, type Anchor, type PartBudget } from './length.ts';
import { mixSeed, pick, slotRng } from './random.ts';
import { speakerRank } from './rank.ts';
import { concat, fact, fill, joinRuns, lit, type Vars } from './runs.ts';
import type { ElaborationBank, PhraseBank, Section, SpeechTemplate } from './template-schema.ts';

export interface SpeechSettings {
  seed: number;
  /** One seed per part: opening, the three parts, closing. */
  partSeeds: number[];
  /** Target body length in characters; none leaves the draft at its natural length. */
  target?: number;
  rate: number;
  /** 'di' writes long enumerations as 第一/第二 paragraphs instead of （一） headings. */
  enumeration: 'auto' | 'di';
  /** Part headings chosen by the user (1–3), checked, with 「X」 for the campaign's name. */
  headings?: Partial<Record<number, string>>;
}

const PART_NAMES = ['开场', '一', '二', '三', '结尾'];
/** Shares of the length budget for the opening and closing; the three parts share the rest. */
const OPENING_SHARE = 0.05;
const CLOSING_SHARE = 0.05;
const POOL: Record<Role, string> = {
  opening: 'opening',
  significance: 'significance',
  achievement: 'achievement',
  problem: 'problem',
  task: 'task',
  guarantee: 'guarantee',
  closing: 'closing',
  header: 'significance',
  remark: 'significance',
  decision: 'task',
  attendance: 'significance',
  other: 'significance',
};

/** What rendering a part yields besides its blocks: where elaboration may go, what may be dropped. */
interface Rendered {
  blocks: Block[];
  anchors: Anchor[];
  optional: Block[];
}

export function draftSpeech(input: SpeechInput, template: SpeechTemplate, bank: PhraseBank, elaboration: ElaborationBank, settings: SpeechSettings): DocModel {
  const { meeting, campaign } = input;
  const vars: Vars = {
    meeting: fact(meeting.name, 'meeting.name'),
    campaign: fact(campaign.name, 'campaign.name'),
    // The short name reads better when repeated: 「做好创卫工作」 rather than the full campaign title.
    work: campaign.shortName ? workName(campaign.shortName, 'campaign.shortName') : workName(campaign.name, 'campaign.name'),
    scope: scopeOf(campaign.region, 'campaign.region'),
    goal: clause(campaign.goal, 'campaign.goal'),
    occasion: clause(input.options?.closingOccasion, 'options.closingOccasion'),
    preceding: listRuns(meeting.precedingItems, 'meeting.precedingItems', '，'),
    background: listRuns(campaign.background, 'campaign.background', '；'),
  };
  const keys = [speakerRank(meeting.speaker.title), meeting.type ?? ''].filter(Boolean);
  const slotName: SlotName = campaign.shortName ? { text: campaign.shortName, src: 'campaign.shortName' } : { text: campaign.name, src: 'campaign.name' };
  // The meeting's name is mixed into each part's seed: two speeches drafted with the same seed
  // still come out in different words.
  const partSeed = (p: number) => mixSeed(settings.partSeeds[p] ?? settings.seed, `${meeting.name}#${p}`);
  const phrases = (p: number) => new Phrases(bank, partSeed(p), vars, keys);
  vars.units = campaign.units ? fact(campaign.units, 'campaign.units') : phrases(4).say('unitsFallback');

  const anchors: Anchor[][] = PART_NAMES.map(() => []);
  const optional: Block[] = [];
  const blocks: Block[] = [];
  const open = opening(phrases(0), input);
  blocks.push(open.block);
  anchors[0]!.push({ block: open.block, pool: 'opening', at: open.insertAt });

  template.parts.forEach((part, i) => {
    const p = i + 1;
    // Each slot draws from its own stream: skipping the template's draw shifts no other wording.
    const chosen = settings.headings?.[p];
    const heading = chosen ? fillHeading(chosen, slotName) : fill(pick(slotRng(partSeed(p), `heading:${part.key}`), part.headings), vars);
    blocks.push({ type: 'heading', level: 1, runs: heading, role: part.role, part: p });
    for (const section of part.sections) {
      const r = renderSection(section, input, phrases(p), vars, part.role, p, settings.enumeration);
      blocks.push(...r.blocks);
      anchors[p]!.push(...r.anchors);
      optional.push(...r.optional);
    }
  });

  const closing = closingInsertPoint(vars.occasion ? phrases(4).say('closing') : phrases(4).say('closingPlain'));
  const closingBlock: ParagraphBlock = { type: 'paragraph', runs: closing.runs, role: 'closing', part: 4 };
  anchors[4]!.push({ block: closingBlock, pool: 'closing', at: closing.at });

  const doc: DocModel = {
    kind: 'speech',
    template: template.id,
    seed: settings.seed,
    partSeeds: PART_NAMES.map((_, p) => settings.partSeeds[p] ?? settings.seed),
    ...(settings.headings && Object.keys(settings.headings).length > 0 ? { headings: { ...settings.headings } } : {}),
    title: concat(lit('在'), fact(meeting.name, 'meeting.name'), lit('上的讲话')),
    dateLine: concat(lit('（'), dateRuns(meeting.date, 'meeting.date'), lit('）')),
    speakerLine: personLine(meeting.speaker, 'meeting.speaker'),
    salutation: lit('同志们：'),
    blocks,
    closing: closingBlock.runs,
    parts: PART_NAMES,
  };

  if (settings.target) {
    const target = settings.target;
    // Long material first loses what is only phrasing, least important first.
    trim(doc, optional, target * 1.1, () => bodyLength(doc));
    const shares = template.parts.map((p) => p.share);
    const sum = shares.reduce((a, b) => a + b, 0);
    const middle = 1 - OPENING_SHARE - CLOSING_SHARE;
    const budgets: PartBudget[] = PART_NAMES.map((_, p) => ({
      part: p,
      seed: partSeed(p),
      anchors: anchors[p]!,
      target: target * (p === 0 ? OPENING_SHARE : p === 4 ? CLOSING_SHARE : (middle * shares[p - 1]!) / sum),
    }));
    elaborate(doc, budgets, elaboration, vars);
    doc.closing = closingBlock.runs;
  }
  doc.length = lengthReport(doc, settings.rate, settings.target);
  return doc;
}

/** 开场: why we meet, what was said just before, and the hand-over to three points. */
function opening(phrases: Phrases, input: SpeechInput): { block: ParagraphBlock; insertAt: number } {
  const before = concat(phrases.say('purpose'), input.meeting.precedingItems?.length ? phrases.say('preceding') : undefined);
  // Elaboration (what is expected of those present) goes just before the hand-over. Spread, not
  // concat: merging would join the runs on either side and move the insert point.
  const runs = [...before, ...phrases.say('handover')];
  return { block: { type: 'paragraph', runs, role: 'opening', part: 0 }, insertAt: before.length };
}

function renderSection(
  section: Section,
  input: SpeechInput,
  phrases: Phrases,
  vars: Vars,
  role: Role,
  part: number,
  enumeration: 'auto' | 'di',
): Rendered {
  const paragraph = (runs: Run[], r: Role = role): ParagraphBlock => ({ type: 'paragraph', runs, role: r, part });
  if ('slot' in section) {
    const slot = section.slot === 'taskIntro' && !vars.goal ? 'taskIntroNoGoal' : section.slot;
    const block = paragraph(phrases.say(slot));
    const grows = slot === 'significance';
    return { blocks: [block], anchors: grows ? [{ block, pool: POOL[role] }] : [], optional: grows || slot === 'guaranteeIntro' ? [block] : [] };
  }
  if ('guarantees' in section) {
    const items: Item[] = section.guarantees.map((g) => {
      const { lead, body } = phrases.guarantee(g);
      return { title: lead, body };
    });
    const style: Enumeration = section.enumerate === 'auto' ? chooseEnumeration(items, 'headings') : section.enumerate;
    const { blocks, items: paragraphs } = enumerate({ items, style, role: 'guarantee', part, lead: section.lead ? phrases.say(section.lead) : undefined });
    // The later measures can go when the material alone fills the slot.
    const droppable = style === 'shi' ? [] : paragraphs.slice(2).reverse();
    return { blocks, anchors: paragraphs.map((block) => ({ block, pool: 'guarantee' })), optional: droppable };
  }
  if (section.items === 'background') {
    // The situation is one paragraph in the speaker's voice, not an enumeration.
    if (!vars.background || !section.lead) return { blocks: [], anchors: [], optional: [] };
    const block = paragraph(phrases.say(section.lead));
    return { blocks: [block], anchors: [{ block, pool: 'significance' }], optional: [] };
  }
  const items = itemsOf(section.items, input, phrases);
  // No section is printed for something the material does not have (a 动员会 has no achievements).
  if (items.length === 0) return { blocks: [], anchors: [], optional: [] };
  const long = enumeration === 'di' ? 'di' : section.long;
  let style: Enumeration = section.enumerate === 'auto' ? chooseEnumeration(items, long) : section.enumerate;
  if (enumeration === 'di' && style === 'headings') style = 'di';
  const itemRole: Role = section.items === 'achievements' ? 'achievement' : section.items === 'problems' ? 'problem' : 'task';
  const { blocks, items: paragraphs } = enumerate({
    items,
    style,
    role: itemRole,
    part,
    lead: section.lead ? phrases.say(section.lead) : undefined,
    after: section.after ? phrases.say(section.after) : undefined,
  });
  // Elaboration goes with the items: into each item's paragraph, or after an inline enumeration.
  return { blocks, anchors: paragraphs.map((block) => ({ block, pool: POOL[itemRole] })), optional: [] };
}

function itemsOf(kind: 'achievements' | 'problems' | 'tasks', input: SpeechInput, phrases: Phrases): Item[] {
  const c = input.campaign;
  switch (kind) {
    case 'achievements':
      return c.achievements.map((a, i) => {
        const src = `campaign.achievements[${i}]`;
        const parts = [clause(a.detail, `${src}.detail`), figuresRuns(a.figures, `${src}.figures`)].filter((r): r is Run[] => !!r);
        return { title: fact(a.title, `${src}.title`), body: joinRuns(parts, '，') };
      });
    case 'problems':
      return c.problems.map((pr, i) => {
        const src = `campaign.problems[${i}]`;
        const examples = listRuns(pr.examples, `${src}.examples`);
        const body = concat(clause(pr.detail, `${src}.detail`), examples ? concat(lit(pr.detail ? '，如' : '如'), examples, lit('等')) : undefined);
        return { title: fact(pr.title, `${src}.title`), body };
      });
    case 'tasks':
      return c.tasks.map((t, i) => ({ title: fact(t.title, `campaign.tasks[${i}].title`), body: taskBody(t, i, phrases) }));
  }
}

/** A task's body: what to do, who leads and supports, by when, to what target. */
function taskBody(t: SpeechInput['campaign']['tasks'][number], i: number, phrases: Phrases): Run[] {
  const src = `campaign.tasks[${i}]`;
  const detail = clause(t.detail, `${src}.detail`);
  const lead = fact(t.lead, `${src}.lead`);
  const support = listRuns(t.support, `${src}.support`);
  return concat(
    detail ? concat(detail, lit('。')) : undefined,
    support ? phrases.sayNth('assignLeadSupport', i, { lead, support }) : phrases.sayNth('assignLead', i, { lead }),
    t.deadline ? phrases.sayNth('deadline', i, { deadline: deadlineRuns(t.deadline, `${src}.deadline`) }) : undefined,
    t.measure ? phrases.sayNth('measure', i, { measure: clause(t.measure, `${src}.measure`) }) : undefined,
  );
}

// The speech engine: opening · three parts (as the template frames them) · closing.
import type { Block, DocModel, Role, Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { enumerate, chooseEnumeration, Phrases, type Enumeration, type Item } from './compose.ts';
import { clause, dateRuns, figuresRuns, listRuns, personLine, scopeOf, workName } from './facts.ts';
import { concat, fact, fill, joinRuns, lit, type Vars } from './runs.ts';
import type { PhraseBank, Section, SpeechTemplate } from './template-schema.ts';
import { pick, slotRng } from './random.ts';

export function draftSpeech(input: SpeechInput, template: SpeechTemplate, bank: PhraseBank, seed: number): DocModel {
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
  const phrases = new Phrases(bank, seed, vars);
  vars.units = campaign.units ? fact(campaign.units, 'campaign.units') : phrases.say('unitsFallback');

  const blocks: Block[] = [opening(phrases, input)];
  template.parts.forEach((part, p) => {
    const heading = fill(pick(slotRng(seed, `heading:${part.key}`), part.headings), vars);
    blocks.push({ type: 'heading', level: 1, runs: heading, role: part.role, part: p + 1 });
    for (const section of part.sections) blocks.push(...renderSection(section, input, phrases, vars, part.role, p + 1));
  });

  return {
    kind: 'speech',
    template: template.id,
    seed,
    title: concat(lit('在'), fact(meeting.name, 'meeting.name'), lit('上的讲话')),
    dateLine: concat(lit('（'), dateRuns(meeting.date, 'meeting.date'), lit('）')),
    speakerLine: personLine(meeting.speaker, 'meeting.speaker'),
    salutation: lit('同志们：'),
    blocks,
    closing: vars.occasion ? phrases.say('closing') : phrases.say('closingPlain'),
    parts: ['开场', '一', '二', '三', '结尾'],
  };
}

/** 开场: why we meet, what was said just before, and the hand-over to three points. */
function opening(phrases: Phrases, input: SpeechInput): Block {
  const runs = concat(
    phrases.say('purpose', {}, input.meeting.type),
    input.meeting.precedingItems?.length ? phrases.say('preceding') : undefined,
    phrases.say('handover'),
  );
  return { type: 'paragraph', runs, role: 'opening', part: 0 };
}

function renderSection(section: Section, input: SpeechInput, phrases: Phrases, vars: Vars, role: Role, part: number): Block[] {
  if ('slot' in section) {
    const slot = section.slot === 'taskIntro' && !vars.goal ? 'taskIntroNoGoal' : section.slot;
    return [{ type: 'paragraph', runs: phrases.say(slot), role, part }];
  }
  if ('guarantees' in section) {
    const items: Item[] = section.guarantees.map((g) => {
      const { lead, body } = phrases.guarantee(g);
      return { title: lead, body };
    });
    const style: Enumeration = section.enumerate === 'auto' ? chooseEnumeration(items, 'headings') : section.enumerate;
    return enumerate({ items, style, role: 'guarantee', part, lead: section.lead ? phrases.say(section.lead) : undefined });
  }
  if (section.items === 'background') {
    // The situation is one paragraph in the speaker's voice, not an enumeration.
    return vars.background && section.lead ? [{ type: 'paragraph', runs: phrases.say(section.lead), role, part }] : [];
  }
  const items = itemsOf(section.items, input, phrases);
  const style: Enumeration = section.enumerate === 'auto' ? chooseEnumeration(items, section.long) : section.enumerate;
  const itemRole: Role = section.items === 'achievements' ? 'achievement' : section.items === 'problems' ? 'problem' : 'task';
  return enumerate({
    items,
    style,
    role: itemRole,
    part,
    lead: section.lead ? phrases.say(section.lead) : undefined,
    after: section.after ? phrases.say(section.after) : undefined,
  });
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
  const use = `:${i}`;
  return concat(
    detail ? concat(detail, lit('。')) : undefined,
    support ? phrases.say('assignLeadSupport', { lead, support }, undefined, use) : phrases.say('assignLead', { lead }, undefined, use),
    t.deadline ? phrases.say('deadline', { deadline: dateRuns(t.deadline, `${src}.deadline`) }, undefined, use) : undefined,
    t.measure ? phrases.say('measure', { measure: clause(t.measure, `${src}.measure`) }, undefined, use) : undefined,
  );
}

// Those commended at a 表彰会, as the material names and counts them: in the item that read the decision out, or in the
// figures of the achievement that is the commendation itself (preceding.ts commendingAchievement).
import type { Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { commendingAchievement, type Commendation } from './preceding.ts';
import { concat, fact, joinRuns, lit } from './runs.ts';

/** 「受表彰的6个先进集体和20名先进个人」: those commended as the material names and counts them; no more. */
export function honouredRuns(input: SpeechInput, c: Commendation): Run[] {
  const src = `meeting.precedingItems[${c.item ?? 0}]`;
  const counted = c.collectives || c.individuals ? undefined : honouredCounted(input);
  if (counted) return counted;
  if (!c.advanced) return lit('受表彰的集体和个人');
  const collectives = c.collectives ? concat(fact(c.collectives, src), lit('个先进集体')) : lit('先进集体');
  const individuals = c.individuals ? concat(fact(c.individuals, src), lit('名先进个人')) : lit('先进个人');
  return concat(lit('受表彰的'), collectives, lit('和'), individuals);
}

/** 「受表彰的8个先进集体和36名先进个人」 from the achievement that is the commendation itself (its figures), when the item read out counts none. */
function honouredCounted(input: SpeechInput): Run[] | undefined {
  const i = commendingAchievement(input);
  const figures = input.campaign.achievements[i]?.figures ?? [];
  const of = (kind: RegExp) => {
    const j = figures.findIndex((f) => kind.test(f.label));
    if (j < 0) return undefined;
    const src = `campaign.achievements[${i}].figures[${j}]`;
    const f = figures[j]!;
    return concat(fact(f.value, `${src}.value`), f.unit ? fact(f.unit, `${src}.unit`) : undefined, fact(f.label.replace(/^(受表彰的?|表彰)/, ''), `${src}.label`));
  };
  const collectives = of(/集体|单位/);
  const individuals = of(/个人/);
  if (!collectives && !individuals) return undefined;
  return concat(lit('受表彰的'), joinRuns([collectives, individuals].filter((x): x is Run[] => !!x), '和'));
}

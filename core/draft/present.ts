// Who is in the room and how the speech treats them: the shape guests.ts builds and guest-rules.ts
// refines, in a file of its own so that neither has to import the other for it.
export type Guest = 'sent' | 'trainer' | 'trainee' | 'higher' | 'deputy' | 'partner' | 'supporter' | 'host' | 'enterprise' | 'enterpriseLead' | 'culprit' | 'observer' | 'village' | 'frontline' | 'appointed' | 'regulated' | 'public' | 'supervisor' | 'honoured' | 'family' | 'exemplar' | 'wronged' | 'publicTasked';

import type { Person } from './persons.ts';

/**
 * How a guest is thanked at the opening (greeting.ts): `guide` a higher level's unit or group, come to guide;
 * `attend` an invited peer or partner, come at our invitation (no 「指导」 claimed); `observe` one sitting in (列席).
 */
export type Greeting = 'guide' | 'attend' | 'observe';

export interface Present {
  /** How the speech names them: a unit without 「负责同志」, people with their role (「居民代表」). */
  text: string;
  src: string;
  kind: Guest;
  /** A company here with a task of the campaign's (a support): thanked with the others, asked to keep supporting, not to 「多关心」. */
  tasked?: boolean;
  /** A company with a task it leads, thanked with the companies of its line that support (guests.ts lineLeads). */
  leads?: boolean;
  /** A partner the material names as behind or at fault (room-behind.ts): urged, never thanked. */
  behind?: boolean;
  /** A held company that leads nothing, spoken to with the one of its line that leads (guests.ts heldAlike): no 「牵头」 said to it. */
  beside?: boolean;
  /** A trainer who has already taught, an item before the speech says (「…讲解了…」); else one the attendees call 授课老师. */
  taught?: boolean;
  held?: boolean; // a higher unit left to its task: thanked only beside another one thanked (allHigherOrNone)
  /** The persons the line names with their posts (「谢静副处长」): said by name, never as 「…的同志」. */
  persons?: readonly Person[];
  /** Thanked at the opening, and how; then not spoken to again before the closing. */
  greet?: Greeting;
  /** An observer the line marks as sitting in (「（列席）」), said so; else one in the room not called in. */
  sitting?: boolean;
  /** An observer the line names as a party of the project the problems fault (project-parties.ts): held, never warned by example. */
  project?: boolean;
  /** A unit the meeting has just commended (commended-guests.ts): congratulated, never thanked as a guest. */
  commended?: boolean;
  /** An observer a 约谈 calls in, named short on a line without the mark (faulted-parties.ts calledInFull): said as called in, held. */
  called?: boolean;
  /** The problem that faults it (campaign.problems[k]), where one does. */
  problem?: number;
  post?: string; // the attendee's line as typed, where the name leaves out a post that says the company's role (总监理工程师)
}

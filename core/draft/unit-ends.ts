// The ends of a unit's name (a body, its stations and teams, a company): one list that every reading of a name by its end shares,
// each reading adding the ends its own question needs (attendees.ts, guests.ts, leads.ts, persons.ts). Pure.

/** The ends every reading of a unit's name shares. */
export const UNIT_ENDS = '局|办|所|站|队|院|校|中心|公司|组';

/** A name that ends as a unit: one of UNIT_ENDS or of the ends a reading adds. */
export function endsAsUnit(more: string): RegExp {
  return new RegExp(`(?:${UNIT_ENDS}|${more})$`);
}

// Lookups keyed by text that may come from the user (a meeting type, an entity name, a heading).
// A plain object answers 「constructor」「toString」「__proto__」 with what it inherits from
// Object.prototype, so such lookups go through a Map or through own(), never `record[key]`
// (the lint rule `wengao/no-user-key-index` enforces this).

/** The value stored under `key` on the record itself; undefined for inherited names. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  // eslint-disable-next-line wengao/no-user-key-index -- the one guarded lookup
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

// The speaker's rank decides some wording: a county's party secretary 「讲三点意见」, a department
// head 「汇报」 and 「谈几点具体意见」.

export type Rank = 'principal' | 'deputy' | 'department';

/**
 * 「县委书记」「区委副书记、区长」 → principal (the party secretary or the head of government);
 * 「副县长」「区委副书记」 → deputy; anything else (主任、局长) → department.
 */
export function speakerRank(title: string | undefined): Rank {
  const posts = (title ?? '').split(/[、，,\s]+/).filter(Boolean);
  const principal = posts.some((p) => /^(中共)?.{0,6}?(县|区|市|州|旗)委书记$|^.{0,6}?(县|区|市|州)长$/.test(p) && !p.includes('副'));
  if (principal) return 'principal';
  if (posts.some((p) => p.includes('副'))) return 'deputy';
  return 'department';
}

/**
 * A unit's or a field's name, from the user's material, as a literal inside a pattern: names may hold
 * any character a clerk types or pastes (「k[-R0」), and an unescaped one breaks the pattern.
 */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

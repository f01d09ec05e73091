// A text written mostly in Latin letters — a note in English beside the speeches in a folder (a
// tester's EXPECTED.md, a README) — is no Chinese 讲话, 纪要 or 报告 to learn from: it is imported as the
// user's file (she chose the folder) but as 'other', never a model for drafting. Counted, not matched:
// one pass over the characters.

/** Whether more of the paragraphs' letters are Latin than Han. */
export function mostlyLatin(paragraphs: readonly string[]): boolean {
  let han = 0;
  let latin = 0;
  for (const p of paragraphs) {
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c >= 0x4e00 && c <= 0x9fff) han++;
      else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    }
  }
  return latin > han;
}

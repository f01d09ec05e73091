// A collection's own title: 「…领导讲话选编」「…汇编（二）」「…文集（2026年第一辑）」 — the collection's, never a
// line of the first piece's title (join.ts) nor its title (split.ts).
export const COLLECTION_TITLE = /(?:[汇选]编|文集|辑录|选辑|摘编|合集|讲话集)(?:[（(][^（）()]{1,12}[）)])?$/;

// Pasted HTML without its inline styles (paste.ts says why). Pure: a string in, a string out.

/** `html` without its `<style>` elements and `style` attributes. */
export function withoutStyles(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/<[a-z][^>]*>/gi, (tag) => tag.replace(/\s+style\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, ''));
}

/** Markup with a style attribute or element somewhere. */
export const STYLED = /<style\b|\sstyle\s*=/i;

// Code that runs inside the page, kept as source text: this folder is checked without DOM types.

/** Puts the caret at the start or end of the n-th `selector` inside the editor. */
export function setCaretScript(selector: string, n: number, at: 'start' | 'end'): string {
  return `(() => {
    const root = document.querySelector('.editable');
    const el = root.querySelectorAll(${JSON.stringify(selector)})[${n}];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const texts = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t);
    const t = ${JSON.stringify(at)} === 'start' ? texts[0] : texts[texts.length - 1];
    const offset = ${JSON.stringify(at)} === 'start' ? 0 : t.length;
    root.focus();
    getSelection().setBaseAndExtent(t, offset, t, offset);
  })()`;
}

/** Marks every keydown and records the time to the first task after the next frame (after paint). */
export const KEY_TIMING_SCRIPT = `(() => {
  window.__keyTimes = [];
  let n = 0;
  document.addEventListener('keydown', () => {
    const name = 'key-' + n++;
    performance.mark(name);
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => window.__keyTimes.push(performance.measure(name + '-paint', name).duration);
      ch.port2.postMessage(null);
    });
  }, true);
})()`;

export const KEY_TIMES_SCRIPT = 'window.__keyTimes';
export const EDITOR_CHARS_SCRIPT = "document.querySelector('.editable').textContent.length";

/**
 * Puts the caret at the start or end of the n-th top-level block of the editor (an empty block
 * too) and returns that block's text.
 */
export function blockCaretScript(n: number, at: 'start' | 'end'): string {
  return `(() => {
    const root = document.querySelector('.editable');
    const el = root.children[${n}];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const texts = [];
    for (let t = walker.nextNode(); t; t = walker.nextNode()) texts.push(t);
    root.focus();
    if (!texts.length) getSelection().setBaseAndExtent(el, 0, el, 0);
    else {
      const t = ${JSON.stringify(at)} === 'start' ? texts[0] : texts[texts.length - 1];
      const offset = ${JSON.stringify(at)} === 'start' ? 0 : t.length;
      getSelection().setBaseAndExtent(t, offset, t, offset);
    }
    return el.textContent;
  })()`;
}

/** The text of every top-level block of the editor, in order. */
export const BLOCK_TEXTS_SCRIPT = "[...document.querySelector('.editable').children].map((el) => el.textContent)";

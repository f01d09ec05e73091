// Typing Chinese as an input method does it, through Chromium's DevTools protocol: a key press the
// IME takes (keyCode 229, as Chromium sends before a composition), each word composed letter by
// letter, then committed. Playwright's keyboard.type inserts such text with no key and no composition.
import type { CDPSession, Page } from 'playwright-core';

export async function typeWithIme(page: Page, cdp: CDPSession, words: readonly string[]): Promise<void> {
  for (const word of words) {
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Process', code: 'KeyJ', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    for (let k = 1; k <= word.length; k++) {
      await cdp.send('Input.imeSetComposition', { text: word.slice(0, k), selectionStart: k, selectionEnd: k });
      await page.waitForTimeout(20);
    }
    await cdp.send('Input.insertText', { text: word });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Process', code: 'KeyJ', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
    await page.waitForTimeout(40);
  }
}

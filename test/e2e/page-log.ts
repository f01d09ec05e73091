// What a page did, for the message of a failing e2e test: its console messages, uncaught errors,
// failed requests, answers with status ≥ 400, the requests still waiting, and what it shows now.
// A failure seen only on a loaded CI machine must say why the next time it happens (a page that
// "never showed the list" was, once, a page showing the 「界面尚未构建」 placeholder).
import type { Page, Request } from 'playwright-core';

/** Lines kept: the newest ones, enough for a few screens' worth of requests. */
const KEEP = 400;

export class PageLog {
  private readonly lines: string[] = [];
  private readonly pending = new Map<Request, { page: string; at: number }>();
  private readonly pages: { name: string; page: Page }[] = [];
  private readonly started = Date.now();

  private add(line: string): void {
    this.lines.push(`${((Date.now() - this.started) / 1000).toFixed(1).padStart(7)} s  ${line}`);
    if (this.lines.length > KEEP) this.lines.splice(0, this.lines.length - KEEP);
  }

  /** Records everything `page` does from now on, under `name` (e.g. "tab 2", "stranger"). */
  watch(page: Page, name = `tab ${this.pages.length + 1}`): void {
    this.pages.push({ name, page });
    page.on('console', (m) => this.add(`[${name}] console.${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => this.add(`[${name}] pageerror: ${e.message}`));
    page.on('request', (r) => this.pending.set(r, { page: name, at: Date.now() }));
    page.on('requestfinished', (r) => this.pending.delete(r));
    page.on('requestfailed', (r) => {
      this.pending.delete(r);
      this.add(`[${name}] request failed: ${r.method()} ${r.url()} — ${r.failure()?.errorText ?? '?'}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) this.add(`[${name}] ${r.status()} ${r.request().method()} ${r.url()}`);
    });
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame()) this.add(`[${name}] navigated: ${f.url()}`);
    });
    page.on('crash', () => this.add(`[${name}] page crashed`));
    page.on('close', () => this.add(`[${name}] closed`));
  }

  /** The record, the requests still waiting and, for each open page, the start of its text. */
  async report(): Promise<string> {
    const now = Date.now();
    const waiting = [...this.pending].map(([r, p]) => `[${p.page}] waiting ${((now - p.at) / 1000).toFixed(1)} s: ${r.method()} ${r.url()}`);
    const shown: string[] = [];
    for (const { name, page } of this.pages) {
      if (page.isClosed()) continue;
      const text = await Promise.race([
        page.evaluate('document.body ? document.body.innerText : "(no body)"').then(String, (e: unknown) => `(unreadable: ${String(e)})`),
        new Promise<string>((ok) => setTimeout(() => ok('(the page did not answer in 3 s)'), 3000)),
      ]);
      shown.push(`[${name}] ${page.url()} shows: ${JSON.stringify(text.slice(0, 300))}`);
    }
    return ['— page log —', ...this.lines, '— requests still waiting —', ...(waiting.length ? waiting : ['(none)']), '— on screen —', ...shown].join('\n');
  }
}

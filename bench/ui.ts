// UI figures, in Debian's Chromium against browser mode:
// - start to interactive: server start + page load until the 文稿 screen has its list (median of 5,
//   each on a fresh data folder and port, in a browser that already runs — as the user's does);
// - keystroke to paint while typing 100 characters into a 30,000-character document: from keydown
//   (performance.mark) to the first task after the next animation frame, i.e. after the frame
//   that shows the character (median and p95).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { docFromText } from '../core/doc/from-text.ts';
import { toPlainText } from '../core/doc/text.ts';
import { startServer } from '../main/server/server.ts';
import { appUrl, build, CHROMIUM, CHROMIUM_ARGS, STATIC_DIR } from '../test/e2e/harness.ts';
import { SHARED } from '../test/helpers/examples.ts';
import { EDITOR_CHARS_SCRIPT, KEY_TIMES_SCRIPT, KEY_TIMING_SCRIPT, setCaretScript } from '../test/e2e/page-scripts.ts';
import { median, ms, percentile, row } from './measure.ts';

const TARGET_START_MS = 1000;
const TARGET_KEY_MS = 16;
const KEYS = 100;
const STARTS = 5;

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

async function api(url: string, token: string, method: string, input: unknown): Promise<unknown> {
  const res = await fetch(`${url.replace(/\/$/, '')}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ input }),
  });
  const body = (await res.json()) as { output?: unknown; error?: string };
  if (!res.ok) throw new Error(`${method}: ${body.error ?? res.status}`);
  return body.output;
}

export async function benchUi(): Promise<boolean> {
  await build();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const dirs: string[] = [];
  try {
    // Start to interactive. The browser's own first page (its processes starting, its first Chinese
    // text) is not the app's: the user's browser runs already. Run 1 still has the server cold.
    const warm = await browser.newPage();
    await warm.goto(`data:text/html;charset=utf-8,${encodeURIComponent('<p lang="zh-CN">文稿台</p>')}`);
    await warm.close();
    const loadBefore = load();
    const starts: number[] = [];
    const serverTimes: number[] = [];
    for (let i = 0; i < STARTS; i++) {
      const dataDir = mkdtempSync(join(tmpdir(), 'wengao-bench-ui-'));
      dirs.push(dataDir);
      const page = await browser.newPage();
      const t0 = performance.now();
      const server = await startServer({ dataDir, port: 0, staticDir: STATIC_DIR, log: () => {} });
      serverTimes.push(performance.now() - t0);
      await page.goto(appUrl(server));
      await page.locator('.documents[data-ready="yes"]').waitFor();
      starts.push(performance.now() - t0);
      await page.close();
      await server.close();
    }

    // Keystroke to paint in a 30,000-character document.
    const dataDir = mkdtempSync(join(tmpdir(), 'wengao-bench-ui-'));
    dirs.push(dataDir);
    const server = await startServer({ dataDir, port: 0, staticDir: STATIC_DIR, log: () => {} });
    const material = JSON.parse(readFileSync(join(SHARED, 'examples', 'speech-sanitation-promotion.json'), 'utf8')) as unknown;
    const created = (await api(server.url, server.token, 'documents.create', { input: material })) as { documentId: number };
    const text = readFileSync(join(SHARED, 'fixtures', 'bench', 'speech-10k.txt'), 'utf8');
    const lines = text.split('\n');
    const body = lines.slice(1).join('\n');
    let big = docFromText(lines[0] + '\n' + body, 'speech');
    for (let copies = 2; toPlainText(big).replace(/\s/g, '').length < 30_000; copies++) {
      big = docFromText(lines[0] + '\n' + Array.from({ length: copies }, () => body).join('\n'), 'speech');
    }
    const chars = toPlainText(big).replace(/\s/g, '').length;
    await api(server.url, server.token, 'versions.save', { documentId: created.documentId, doc: big, kind: 'saved', label: '30000 字' });
    const page = await browser.newPage({ viewport: { width: 1500, height: 950 } });
    await page.goto(appUrl(server));
    await page.getByRole('button', { name: '打开' }).click();
    await page.locator('.editable p').nth(40).waitFor();
    await page.evaluate(KEY_TIMING_SCRIPT);
    const paragraphs = await page.locator('.editable p').count();
    await page.evaluate(setCaretScript('p', Math.floor(paragraphs / 2), 'end'));
    await page.waitForTimeout(100);
    const typed = 'abcdefghij'.repeat(KEYS / 10);
    await page.keyboard.type(typed, { delay: 60 });
    await page.waitForTimeout(300);
    const times = (await page.evaluate(KEY_TIMES_SCRIPT)) as number[];
    const editorChars = (await page.evaluate(EDITOR_CHARS_SCRIPT)) as number;
    await page.close();
    await server.close();

    const start = median(starts);
    const keyMedian = median(times);
    const keyP95 = percentile(times, 95);
    const okStart = start <= TARGET_START_MS;
    const okKey = keyMedian <= TARGET_KEY_MS && times.length === KEYS;
    const widths = [52, 12, 12];
    console.log('\n## UI — browser mode in Chromium');
    console.log(row(['figure', 'median', 'p95 / runs'], widths));
    console.log(row(['start to interactive (server + page + 文稿 list)', ms(start), `${starts.length} runs`], widths));
    console.log(`  runs: ${starts.map((t) => t.toFixed(0)).join(', ')} ms; load average before ${loadBefore}, after ${load()}`);
    console.log(row(['  of which server start', ms(median(serverTimes)), ''], widths));
    console.log(row([`keystroke to paint, ${KEYS} keys in ${chars} chars (editor ${editorChars})`, ms(keyMedian), ms(keyP95)], widths));
    console.log(`target: start ≤ ${TARGET_START_MS} ms — ${okStart ? 'met' : 'NOT MET'}; keystroke median ≤ ${TARGET_KEY_MS} ms — ${okKey ? 'met' : 'NOT MET'}`);
    return okStart && okKey;
  } finally {
    await browser.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const ok = await benchUi();
  process.exitCode = ok ? 0 : 1;
}

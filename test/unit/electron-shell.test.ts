// The Electron shell without Electron: `electron` is mocked; the window options, the CSP, the
// hardening, the IPC wiring, the preload and the menu are checked as plain objects and functions.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { App, IpcMain, MenuItemConstructorOptions, Session, WebContents } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { ApiError, contract } from '../../core/api.ts';
import type { WengaoBridge } from '../../core/bridge.ts';

const electron = vi.hoisted(() => ({
  exposeInMainWorld: vi.fn(),
  invoke: vi.fn(),
  on: vi.fn(),
  removeListener: vi.fn(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: electron.exposeInMainWorld },
  ipcRenderer: { invoke: electron.invoke, on: electron.on, removeListener: electron.removeListener },
}));

const { windowOptions } = await import('../../main/electron/window.ts');
const { CSP, appFiles, harden, isAllowedRequest } = await import('../../main/electron/security.ts');
const { registerIpc, toBridgeError } = await import('../../main/electron/ipc.ts');
const { METHODS } = await import('../../main/electron/preload-methods.ts');
const { buildMenuTemplate } = await import('../../main/electron/menu.ts');
const { openFile, saveFile, registerDialogs } = await import('../../main/electron/dialogs.ts');

const ROOT = '/opt/wengao/resources/app.asar';
const files = appFiles(ROOT);
const PAGE = pathToFileURL(join(ROOT, 'out', 'renderer', 'index.html')).href;

type Listener = (...args: unknown[]) => void;

/** A session that records what security.ts installs on it. */
function fakeSession() {
  const installed: {
    headers?: Listener;
    request?: Listener;
    permission?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    check?: (...args: unknown[]) => boolean;
  } = {};
  const session = {
    webRequest: {
      onHeadersReceived: (listener: Listener) => (installed.headers = listener),
      onBeforeRequest: (...args: unknown[]) => (installed.request = args.at(-1) as Listener),
    },
    setPermissionRequestHandler: (handler: typeof installed.permission) => (installed.permission = handler),
    setPermissionCheckHandler: (handler: typeof installed.check) => (installed.check = handler),
  };
  return { session: session as unknown as Session, installed };
}

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: ((details: unknown) => { action: string }) | undefined;
  const contents = {
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
      return contents;
    },
  };
  return { contents: contents as unknown as WebContents, listeners, open: () => openHandler?.({ url: 'https://example.com' }) };
}

function hardened() {
  const { session, installed } = fakeSession();
  let created: Listener | undefined;
  const app = { on: (event: string, listener: Listener) => event === 'web-contents-created' && (created = listener) };
  harden(app as unknown as App, session, files);
  const contents = fakeContents();
  created?.({}, contents.contents);
  return { installed, contents };
}

function navigate(listener: Listener | undefined, url: string): boolean {
  const event = { url, preventDefault: vi.fn() };
  listener?.(event, url);
  return event.preventDefault.mock.calls.length > 0;
}

function request(listener: Listener | undefined, url: string): { cancel?: boolean } {
  let answer: { cancel?: boolean } = {};
  listener?.({ url }, (response: { cancel?: boolean }) => (answer = response));
  return answer;
}

describe('BrowserWindow options', () => {
  const options = windowOptions('/app/out/main/electron/preload.js');

  it('isolates and sandboxes the renderer and gives it no Node', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/main/electron/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
    });
  });

  it('has the title, a sensible size and waits for ready-to-show', () => {
    expect(options).toMatchObject({ title: '文稿台', width: 1280, height: 860, minWidth: 960, minHeight: 640, show: false });
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i);
  });
});

describe('security', () => {
  it('has the strict CSP', () => {
    expect(CSP).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
  });

  it('puts the CSP on every response, replacing any other', () => {
    const { installed } = hardened();
    for (const responseHeaders of [undefined, { 'content-type': ['text/html'] }, { 'content-security-policy': ['default-src *'] }]) {
      let answer: { responseHeaders?: Record<string, string[]> } = {};
      installed.headers?.({ url: PAGE, responseHeaders }, (response: typeof answer) => (answer = response));
      const csp = Object.entries(answer.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() === 'content-security-policy');
      expect(csp).toEqual([['Content-Security-Policy', [CSP]]]);
      if (responseHeaders?.['content-type']) expect(answer.responseHeaders?.['content-type']).toEqual(['text/html']);
    }
  });

  it('denies window.open, webviews and navigation away from the app page', () => {
    const { contents } = hardened();
    expect(contents.open()).toEqual({ action: 'deny' });
    expect(navigate(contents.listeners.get('will-navigate'), 'https://example.com/')).toBe(true);
    expect(navigate(contents.listeners.get('will-navigate'), 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents.listeners.get('will-navigate'), `${PAGE}#/documents`)).toBe(false);
    expect(navigate(contents.listeners.get('will-redirect'), 'http://10.0.0.1/')).toBe(true);
    expect(navigate(contents.listeners.get('will-attach-webview'), PAGE)).toBe(true);
  });

  it('denies every permission request and check', () => {
    const { installed } = hardened();
    const callback = vi.fn();
    installed.permission?.({}, 'media', callback);
    installed.permission?.({}, 'notifications', callback);
    expect(callback.mock.calls).toEqual([[false], [false]]);
    expect(installed.check?.({}, 'clipboard-read', PAGE, {})).toBe(false);
  });

  it('cancels every request that is not one of the app files', () => {
    const { installed } = hardened();
    for (const url of ['http://example.com/', 'https://example.com/x.js', 'http://10.0.0.1/', 'ws://10.0.0.1:80/', 'http://127.0.0.1:8080/', 'file:///etc/passwd', `file://${ROOT}/../secret.txt`, 'ftp://10.0.0.1/']) {
      expect(request(installed.request, url), url).toEqual({ cancel: true });
    }
    for (const url of [PAGE, pathToFileURL(join(ROOT, 'out', 'renderer', 'assets', 'index.js')).href, 'devtools://devtools/bundled/inspector.html']) {
      expect(request(installed.request, url), url).toEqual({ cancel: false });
    }
    expect(isAllowedRequest('file://evil.example/share/x', files)).toBe(false);
  });
});

describe('IPC', () => {
  function registered(dispatch = vi.fn(async (_h: unknown, method: string) => ({ method }))) {
    const channels = new Map<string, Listener>();
    const ipcMain = { handle: vi.fn((channel: string, listener: Listener) => channels.set(channel, listener)) };
    registerIpc(ipcMain as unknown as Pick<IpcMain, 'handle'>, { handlers: true }, dispatch, (url) => url.split('#')[0] === PAGE);
    return { ipcMain, channels, dispatch };
  }
  const from = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } });

  it('registers exactly one handler per contract method, named wengao:<method>', () => {
    const { ipcMain, channels } = registered();
    expect(ipcMain.handle).toHaveBeenCalledTimes(Object.keys(contract).length);
    expect([...channels.keys()].sort()).toEqual(Object.keys(contract).map((m) => `wengao:${m}`).sort());
  });

  it('passes a call from the app page to dispatch', async () => {
    const { channels, dispatch } = registered();
    await expect(channels.get('wengao:documents.list')?.(from(`${PAGE}#/`), { query: '会议' })).resolves.toEqual({
      ok: true,
      output: { method: 'documents.list' },
    });
    expect(dispatch).toHaveBeenCalledWith({ handlers: true }, 'documents.list', { query: '会议' });
  });

  it('refuses a sender from another URL or a destroyed frame', async () => {
    const { channels, dispatch } = registered();
    for (const url of ['https://example.com/', 'file:///tmp/evil.html', undefined]) {
      const reply = (await channels.get('wengao:templates.list')?.(from(url), {})) as unknown as { ok: boolean; error: string };
      expect(reply.ok).toBe(false);
      expect(reply.error).toMatch(/已拒绝/);
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('answers an ApiError with its message and details, anything else as 内部错误', async () => {
    const { channels } = registered(
      vi.fn(async (_h: unknown, method: string) => {
        if (method === 'input.validate') throw new ApiError('请求参数有误', ['text：应为文本']);
        throw new Error('SQLITE_CORRUPT at /home/user/secret');
      }),
    );
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await channels.get('wengao:input.validate')?.(from(PAGE), {})).toEqual({ ok: false, error: '请求参数有误', details: ['text：应为文本'] });
    expect(await channels.get('wengao:templates.list')?.(from(PAGE), {})).toEqual({ ok: false, error: '内部错误' });
    expect(log).toHaveBeenCalledOnce();
    log.mockRestore();
    expect(toBridgeError(new ApiError('文稿不存在'))).toEqual({ error: '文稿不存在' });
  });
});

describe('preload', async () => {
  await import('../../main/electron/preload.ts');
  const bridge = electron.exposeInMainWorld.mock.calls[0]?.[1] as WengaoBridge & Required<Pick<WengaoBridge, 'onMenu'>>;

  it('lists exactly the contract methods', () => {
    expect([...METHODS]).toEqual(Object.keys(contract));
  });

  it('exposes one global, wengao, and never ipcRenderer', () => {
    expect(electron.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(electron.exposeInMainWorld.mock.calls[0]?.[0]).toBe('wengao');
    expect(bridge.platform).toBe('electron');
    expect(Object.values(bridge)).not.toContain(electron.invoke);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onMenu', 'openFile', 'platform', 'saveFile']);
  });

  it('invokes a contract method on its channel and unwraps the answer', async () => {
    electron.invoke.mockResolvedValueOnce({ ok: true, output: [] });
    await expect(bridge.invoke('templates.list', {})).resolves.toEqual([]);
    expect(electron.invoke).toHaveBeenLastCalledWith('wengao:templates.list', {});
    electron.invoke.mockResolvedValueOnce({ ok: false, error: '请求参数有误', details: ['x'] });
    await expect(bridge.invoke('documents.list', {})).rejects.toEqual({ error: '请求参数有误', message: '请求参数有误', details: ['x'] });
  });

  it('rejects a method not in the list without touching IPC', async () => {
    electron.invoke.mockClear();
    for (const name of ['shell.openExternal', 'wengao:menu', '__proto__', 'constructor']) {
      await expect(bridge.invoke(name as 'templates.list', {})).rejects.toMatchObject({ error: expect.stringMatching(/未知的方法/), message: expect.stringMatching(/未知的方法/) });
    }
    expect(electron.invoke).not.toHaveBeenCalled();
  });

  it('relays only known menu actions, without the IPC event', () => {
    const listener = vi.fn();
    const off = bridge.onMenu(listener);
    const relay = electron.on.mock.calls.at(-1)?.[1] as Listener;
    expect(electron.on.mock.calls.at(-1)?.[0]).toBe('wengao:menu');
    relay({ sender: 'secret' }, 'save');
    relay({ sender: 'secret' }, 'rm -rf');
    expect(listener.mock.calls).toEqual([['save']]);
    off();
    expect(electron.removeListener).toHaveBeenCalledWith('wengao:menu', relay);
  });
});

describe('menu', () => {
  const send = vi.fn();
  const about = vi.fn();
  const template = buildMenuTemplate({ send, about });
  const items = template.flatMap((menu) => (menu.submenu as MenuItemConstructorOptions[]).map((item) => ({ ...item, menu: menu.label })));
  const byLabel = (label: string) => items.find((item) => item.label === label);

  it('has the Chinese menus', () => {
    expect(template.map((menu) => menu.label)).toEqual(['文件', '编辑', '查找', '帮助']);
    for (const label of ['新建', '打开…', '保存版本', '导出 Word', '导出台账 CSV', '退出', '撤销', '重做', '剪切', '复制', '粘贴', '全选', '在文稿中查找', '查找和替换', '搜索范文库', '关于文稿台']) {
      expect(byLabel(label), label).toBeDefined();
    }
  });

  it('has the shortcuts, each sending its action to the page', () => {
    const shortcuts: [string, string, string][] = [
      ['新建', 'CmdOrCtrl+N', 'new'],
      ['保存版本', 'CmdOrCtrl+S', 'save'],
      ['导出 Word', 'CmdOrCtrl+Shift+E', 'export-docx'],
      ['在文稿中查找', 'CmdOrCtrl+F', 'find'],
      ['查找和替换', 'CmdOrCtrl+H', 'replace'],
      ['搜索范文库', 'CmdOrCtrl+Shift+F', 'search'],
    ];
    for (const [label, accelerator, action] of shortcuts) {
      const item = byLabel(label);
      expect(item?.accelerator).toBe(accelerator);
      (item?.click as () => void)();
      expect(send).toHaveBeenLastCalledWith(action);
    }
    (byLabel('导出台账 CSV')?.click as () => void)();
    expect(send).toHaveBeenLastCalledWith('export-csv');
    (byLabel('关于文稿台')?.click as () => void)();
    expect(about).toHaveBeenCalledOnce();
  });

  it('uses roles for editing and quitting', () => {
    expect(['撤销', '重做', '剪切', '复制', '粘贴', '全选', '退出'].map((label) => byLabel(label)?.role)).toEqual([
      'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit',
    ]);
  });
});

/** An `electron` module for the bundled main.js under plain Node: records what main does and calls its IPC. */
const STUB = `
const handlers = new Map();
const events = [];
const page = (f) => 'file://' + f;
export const app = {
  getAppPath: () => process.cwd(),
  getPath: () => { throw new Error('WENGAO_DATA_DIR should win'); },
  getVersion: () => '0.0.0',
  requestSingleInstanceLock: () => true,
  on: (name) => events.push(name),
  quit: () => events.push('quit'),
  whenReady: () => Promise.resolve(),
};
export const session = { defaultSession: {
  webRequest: { onHeadersReceived: () => events.push('csp'), onBeforeRequest: () => events.push('block') },
  setPermissionRequestHandler: () => events.push('permissions'),
  setPermissionCheckHandler: () => {},
} };
export const ipcMain = { handle: (channel, fn) => handlers.set(channel, fn) };
export const dialog = { showErrorBox: (title, message) => { console.log(JSON.stringify({ failed: message })); process.exit(1); } };
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu: (m) => events.push('menu:' + m.map((x) => x.label).join(',')) };
export class BrowserWindow {
  constructor(options) { this.options = options; }
  once() {}
  on() {}
  async loadFile(file) {
    await new Promise((r) => setTimeout(r, 10));
    const ok = await handlers.get('wengao:templates.list')({ senderFrame: { url: page(file) } }, {});
    const foreign = await handlers.get('wengao:templates.list')({ senderFrame: { url: 'https://example.com/' } }, {});
    const invalid = await handlers.get('wengao:documents.list')({ senderFrame: { url: page(file) } }, { nope: 1 });
    console.log(JSON.stringify({ events, channels: [...handlers.keys()], preload: this.options.webPreferences.preload, file, ok, foreign, invalid }));
  }
  static getFocusedWindow() { return null; }
  static fromWebContents() { return null; }
}
`;

describe('dialogs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wengao-dialogs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function fakeDialog(path: string | undefined) {
    return {
      showOpenDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: path === undefined, filePaths: path === undefined ? [] : [path] })),
      showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: path === undefined, filePath: path ?? '' })),
    };
  }
  type Dialogs = Parameters<typeof openFile>[0];

  it('opens material as JSON, the library as text, Word, WPS, RTF, ODT, PDF, a saved web page or an e-mail (.eml), a document as .txt, .docx or .md, with Chinese titles, as bytes', async () => {
    writeFileSync(join(dir, '材料.json'), '{"kind":"speech"}');
    const dialog = fakeDialog(join(dir, '材料.json'));
    expect(await openFile(dialog as unknown as Dialogs, undefined, 'material')).toEqual({
      name: '材料.json',
      base64: Buffer.from('{"kind":"speech"}').toString('base64'),
    });
    expect(dialog.showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ title: '打开材料文件', filters: [{ extensions: ['json'] }] });
    await openFile(dialog as unknown as Dialogs, undefined, 'library');
    expect(dialog.showOpenDialog.mock.calls[1]?.[0]).toMatchObject({
      title: '导入范文',
      filters: [{ extensions: ['txt', 'md', 'docx', 'doc', 'wps', 'rtf', 'odt', 'pdf', 'html', 'htm', 'mhtml', 'mht', 'eml'] }],
    });
    await openFile(dialog as unknown as Dialogs, undefined, 'document');
    expect(dialog.showOpenDialog.mock.calls[2]?.[0]).toMatchObject({ title: '导入文稿', filters: [{ extensions: ['txt', 'docx', 'md'] }] });
    expect(await openFile(fakeDialog(undefined) as unknown as Dialogs, undefined, 'material')).toBeNull();
    for (const kind of ['/etc/passwd', '__proto__', 'toString', 42]) await expect(openFile(dialog as unknown as Dialogs, undefined, kind)).rejects.toThrow(/未知/);
  });

  it('saves .docx and .csv only, where the user chose', async () => {
    const target = join(dir, '导出.docx');
    const dialog = fakeDialog(target);
    expect(await saveFile(dialog as unknown as Dialogs, undefined, '../../讲话.docx', Buffer.from('PK').toString('base64'))).toEqual({ path: target });
    expect(readFileSync(target, 'utf8')).toBe('PK');
    expect(dialog.showSaveDialog.mock.calls[0]?.[0]).toMatchObject({ title: '导出 Word 文档', defaultPath: '讲话.docx' });
    await saveFile(dialog as unknown as Dialogs, undefined, '台账.csv', new TextEncoder().encode('序号,任务'));
    expect(readFileSync(target, 'utf8')).toBe('序号,任务');
    expect(dialog.showSaveDialog.mock.calls[1]?.[0]).toMatchObject({ title: '导出台账 CSV', filters: [{ extensions: ['csv'] }] });
    await expect(saveFile(dialog as unknown as Dialogs, undefined, 'evil.sh', '')).rejects.toThrow(/docx/);
    expect(await saveFile(fakeDialog(undefined) as unknown as Dialogs, undefined, 'a.csv', '')).toBeNull();
  });

  it('refuses a dialog call from another page', async () => {
    const channels = new Map<string, Listener>();
    const ipcMain = { handle: (channel: string, listener: Listener) => channels.set(channel, listener) };
    const dialog = fakeDialog(undefined);
    registerDialogs(ipcMain as unknown as Pick<IpcMain, 'handle'>, dialog as unknown as Dialogs, () => undefined, (url) => url === PAGE);
    expect([...channels.keys()]).toEqual(['wengao-dialog:open', 'wengao-dialog:save']);
    await expect(Promise.resolve(channels.get('wengao-dialog:open')?.({ senderFrame: { url: 'https://example.com/' } }, 'material'))).rejects.toThrow(/已拒绝/);
    await expect(Promise.resolve(channels.get('wengao-dialog:open')?.({ senderFrame: { url: PAGE }, sender: {} }, 'material'))).resolves.toBeNull();
    expect(dialog.showOpenDialog).toHaveBeenCalledOnce();
  });
});

describe('build-electron', () => {
  // Inside the repository, so the bundle finds better-sqlite3 in node_modules.
  mkdirSync('.vitest-tmp', { recursive: true });
  const out = mkdtempSync(join(process.cwd(), '.vitest-tmp', 'electron-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('bundles main.js (ESM) and preload.js (CommonJS) with electron and better-sqlite3 external', () => {
    execFileSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', out], { stdio: 'pipe' });
    expect(existsSync(join(out, 'main.js'))).toBe(true);
    expect(existsSync(join(out, 'preload.js'))).toBe(true);
    const main = readFileSync(join(out, 'main.js'), 'utf8');
    expect(main).toMatch(/from "electron"/);
    expect(main).toMatch(/from "better-sqlite3"/);
    expect(main).not.toMatch(/from "\.\.?\//);
    const preload = readFileSync(join(out, 'preload.js'), 'utf8');
    const requires = [...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(new Set(requires)).toEqual(new Set(['electron']));
    expect(preload).toMatch(/exposeInMainWorld\)?\("wengao"/);
    expect(preload).not.toMatch(/\bzod\b/);
  });

  it('starts the bundled main.js against a stub electron: store, handlers, IPC, menu, window', () => {
    writeFileSync(join(out, 'electron-stub.mjs'), STUB);
    const stub = pathToFileURL(join(out, 'electron-stub.mjs')).href;
    const hooks = `export async function resolve(s, c, next) { return s === 'electron' ? { url: ${JSON.stringify(stub)}, shortCircuit: true } : next(s, c); }`;
    writeFileSync(join(out, 'hooks.mjs'), hooks);
    writeFileSync(join(out, 'register.mjs'), `import { register } from 'node:module'; register(${JSON.stringify(pathToFileURL(join(out, 'hooks.mjs')).href)});`);
    const data = join(out, 'data');
    const stdout = execFileSync(process.execPath, ['--import', pathToFileURL(join(out, 'register.mjs')).href, join(out, 'main.js')], {
      env: { ...process.env, WENGAO_DATA_DIR: data },
      encoding: 'utf8',
      timeout: 30_000,
    });
    const run = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(run.events).toEqual(expect.arrayContaining(['web-contents-created', 'will-quit', 'csp', 'block', 'permissions', 'menu:文件,编辑,查找,帮助']));
    expect(run.channels).toHaveLength(Object.keys(contract).length + 2);
    expect(run.preload).toBe(join(out, 'preload.js'));
    expect(run.file).toBe(join(process.cwd(), 'out', 'renderer', 'index.html'));
    expect(run.ok.ok).toBe(true);
    expect(run.ok.output.map((t: { id: string }) => t.id)).toContain('minutes');
    expect(run.foreign).toEqual({ ok: false, error: expect.stringMatching(/已拒绝/) });
    expect(run.invalid).toMatchObject({ ok: false, error: '请求参数有误' });
    expect(existsSync(join(data, 'wengao.db'))).toBe(true);
  });
});

describe('electron-builder.yml', () => {
  const config = parse(readFileSync('electron-builder.yml', 'utf8'));

  it('packages Windows NSIS x64 and Linux deb and AppImage for x64 and arm64', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target).toEqual([
      { target: 'deb', arch: ['x64', 'arm64'] },
      { target: 'AppImage', arch: ['x64', 'arm64'] },
    ]);
    expect(config.linux).toMatchObject({ category: 'Office', synopsis: expect.stringMatching(/讲话稿/), maintainer: expect.any(String) });
  });

  it('unpacks native modules, rebuilds them for Electron, and starts the bundled main', () => {
    expect(config.asarUnpack).toEqual(['**/*.node']);
    expect(config.npmRebuild).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'templates/**', 'corpus/**', 'package.json']));
    expect(config.extraMetadata.main).toBe('out/main/electron/main.js');
  });
});

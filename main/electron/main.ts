// The Electron entry: one instance, a hardened session, the store and the contract's handlers on IPC,
// the menu, and one sandboxed window showing out/renderer/index.html.
//
// Built, not run from source: `node scripts/build-electron.mjs` bundles this file with esbuild into
// out/main/electron/main.js (ESM, like the package) and preload.ts into out/main/electron/preload.js
// (CommonJS: a sandboxed preload is a plain script), leaving `electron` and `better-sqlite3` external.
// The renderer is built separately into out/renderer/ (scripts/build-renderer.mjs). Then
// `npx electron .` starts the app (package.json "main" is out/main/electron/main.js); `npm start`
// does all three when an Electron runtime is there; electron-builder.yml packages it.
import { join } from 'node:path';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, session } from 'electron';
import { createHandlers } from '../api/handlers.ts';
import { dispatch } from '../api/dispatch.ts';
import { libraryOnDemand } from '../api/library-on-demand.ts';
import { loadDraftLibrary } from '../services/library-files.ts';
import { chooseDatabase } from './data.ts';
import { Store } from '../services/store/store.ts';
import { registerDialogs } from './dialogs.ts';
import { registerIpc } from './ipc.ts';
import { buildMenuTemplate } from './menu.ts';
import { MENU_CHANNEL } from './preload-methods.ts';
import { appFiles, harden, isAppPage } from './security.ts';
import { windowOptions } from './window.ts';

const here = dirname(fileURLToPath(import.meta.url)); // out/main/electron
// The app folder (or app.asar): templates/, corpus/ and out/ lie under it.
const files = appFiles(app.getAppPath());
const isTrusted = (url: string): boolean => isAppPage(url, files);

let store: Store | undefined;
let mainWindow: BrowserWindow | undefined;

/** The drafting library, read on first use, or in the background once the window shows (as in browser mode). */
const library = libraryOnDemand(() => loadDraftLibrary(files.root), (message, err) => console.error(message, err ?? ''));

function warmUpLibrary(): void {
  setTimeout(() => {
    try {
      library();
    } catch {
      // Logged by libraryOnDemand; refused to the call that needs it.
    }
  }, 0);
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(windowOptions(join(here, 'preload.js')));
  win.once('ready-to-show', () => {
    win.show();
    warmUpLibrary();
  });
  win.on('closed', () => {
    mainWindow = undefined;
  });
  void win.loadFile(files.page);
  return win;
}

function start(): void {
  harden(app, session.defaultSession, files);
  const place = chooseDatabase(process.argv);
  store = new Store(place.path);
  // What an import of an earlier run left unfinished (the app stopped in the middle) is deleted, off this thread.
  const opened = store;
  void import('../services/library/import-thread.ts').then((m) => m.sweepUnfinishedImports(opened));
  if (place.notice) void dialog.showMessageBox({ type: 'info', title: '文稿台', message: place.notice });
  const handlers = createHandlers({ store, library, proofRoot: files.root });
  registerIpc(ipcMain, handlers, dispatch, isTrusted);
  registerDialogs(ipcMain, dialog, (contents) => BrowserWindow.fromWebContents(contents) ?? undefined, isTrusted);
  const template = buildMenuTemplate({
    send: (action) => (BrowserWindow.getFocusedWindow() ?? mainWindow)?.webContents.send(MENU_CHANNEL, action),
    about: () =>
      void dialog.showMessageBox({
        type: 'info',
        title: '关于文稿台',
        message: `文稿台 ${app.getVersion()}`,
        detail: '离线起草讲话稿和会议纪要。所有文稿只保存在本机，不连接任何网络。',
      }),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    store?.close();
    store = undefined;
  });
  app
    .whenReady()
    .then(start)
    .catch((err: unknown) => {
      dialog.showErrorBox('文稿台无法启动', err instanceof Error ? err.message : String(err));
      app.quit();
    });
}

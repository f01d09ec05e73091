// The one window's options: the renderer gets no Node, an isolated world and the OS sandbox
// (VS Code's defaultBrowserWindowOptions; Actual's webPreferences).
import type { BrowserWindowConstructorOptions } from 'electron';

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    title: '文稿台',
    backgroundColor: '#f5f3ee',
    // Shown on 'ready-to-show', so the user never sees a white flash.
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      enableWebSQL: false,
      autoplayPolicy: 'user-gesture-required',
    },
  };
}

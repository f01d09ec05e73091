// The application menu, in Chinese. App commands go to the focused window as a `wengao:menu`
// message carrying a MenuAction; editing commands are Electron roles.
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../core/bridge.ts';

export interface MenuCallbacks {
  /** Sends the action to the focused window. */
  send(action: MenuAction): void;
  /** Shows the about box (in main: a native message box). */
  about(): void;
}

export function buildMenuTemplate({ send, about }: MenuCallbacks): MenuItemConstructorOptions[] {
  const action = (label: string, name: MenuAction, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(name),
  });
  return [
    {
      label: '文件',
      submenu: [
        action('新建', 'new', 'CmdOrCtrl+N'),
        action('打开…', 'open', 'CmdOrCtrl+O'),
        action('保存版本', 'save', 'CmdOrCtrl+S'),
        { type: 'separator' },
        action('导出 Word', 'export-docx', 'CmdOrCtrl+Shift+E'),
        action('导出台账 CSV', 'export-csv'),
        { type: 'separator' },
        { label: '退出', role: 'quit' },
      ],
    },
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    {
      label: '查找',
      submenu: [action('在文稿中查找', 'find', 'CmdOrCtrl+F'), action('查找和替换', 'replace', 'CmdOrCtrl+H'), { type: 'separator' }, action('搜索范文库', 'search', 'CmdOrCtrl+Shift+F')],
    },
    { label: '帮助', submenu: [{ label: '关于文稿台', click: () => about() }] },
  ];
}

// Placeholder for the React + Lexical UI (a later issue). It only shows the app's name, in the
// DOM configuration, so that the renderer's type and lint boundaries are checked from the start.
const root = document.getElementById('root');
if (root) root.textContent = '文稿台：桌面界面尚在开发中，请先使用命令行 wengao。';

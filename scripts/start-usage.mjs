// What `npm start -- --help` prints (and the browser mode's own start, main/server/main.ts, on --help
// or an option it does not know): in Chinese, as `wengao --help` is. Plain text, no code loaded.

export const START_USAGE = `用法：npm start [-- 选项]

打开文稿台桌面程序；没有桌面运行时或图形显示时，改用浏览器模式，并打印带访问令牌的地址。

选项（写在 -- 之后，例如 npm start -- --browser --port 5291）：
  --browser          以浏览器模式启动（只在本机 127.0.0.1 上提供服务）
  --port 端口        浏览器模式使用的端口（0 到 65535；不写则随机选一个空闲端口）
  --data-dir 文件夹  数据文件夹：文稿、版本和范文库都存在这里（也可用环境变量 WENGAO_DATA_DIR 指定）
  --help, -h         显示本说明

命令行工具（起草、导出、范文库、校对等）：npm run wengao -- --help
`;


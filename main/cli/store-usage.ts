// Usage text of the version-history commands, kept apart so that printing help loads no database code.
export const STORE_USAGE = `  wengao list [--json]
  wengao history <文稿编号> [--json]
  wengao save <文稿编号> <文件.txt|文件.json> [--label 说明]
  wengao diff <文稿编号> <版本1> <版本2> [--json]
  wengao restore <文稿编号> <版本>
  wengao backup <备份文件>
  wengao restore-backup <备份文件>
  （以上命令都可加 --data-dir 文件夹；也可设置环境变量 WENGAO_DATA_DIR）`;


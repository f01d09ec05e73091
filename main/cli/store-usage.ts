// Usage text of the document-library commands, kept apart so that printing help loads no database code.
export const STORE_USAGE = `  wengao list [--json]
  wengao history <文稿编号> [--json]
  wengao save <文稿编号> <文件.txt|文件.json> [--label 说明]
  wengao diff <文稿编号> <版本1> <版本2> [--json]
  wengao restore <文稿编号> <版本>
  wengao export <文稿编号> [版本] -o <输出.docx|.txt|.json|.csv>   导出某一版本（默认最新版本）
  wengao import-doc <文件.txt|.md|.docx>      把在别处写好的讲话稿或纪要存为新文稿（可校对、导出）
  wengao backup <备份文件>
  wengao restore-backup <备份文件>
  （以上命令都可加 --data-dir 文件夹；也可设置环境变量 WENGAO_DATA_DIR）`;

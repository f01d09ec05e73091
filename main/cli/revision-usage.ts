// Usage text of the Word round-trip commands, kept apart so that printing help loads no code.
export const REVISION_USAGE = `  wengao export-diff <文稿编号> <版本1> <版本2> -o <修订稿.docx> [--author 姓名]
      版本2 的全文，自版本1 以来的每处修改都是 Word 的修订（署名为您的姓名，可在 Word/WPS 中接受或拒绝）
  wengao user-name [姓名]                      查看或设置修订稿署名（只需设置一次）
  wengao import-revision <文稿编号> <修改稿.docx> [--base 版本] [--json]
      列出领导在 Word/WPS 中的修订（作者、内容）和批注，不作改动；再加下列之一存为新版本：
      --accept-all | --reject-all | --accept 1,3（其余拒绝）| --reject 2（其余接受）
  wengao comments <文稿编号> [--all] [--resolve 批注编号] [--reopen 批注编号] [--json]
      导入的批注（默认只列未解决的）
  （以上命令都可加 --data-dir 文件夹）`;

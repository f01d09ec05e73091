// Usage text of the 领导名录 commands, kept apart so that printing help loads no database code.
export const ROSTER_USAGE = `  wengao roster list [--json]                          领导名录（姓名、职务、排序）
  wengao roster import <文件.xlsx|.csv|.txt>            用表格替换整个名录；表头可有“姓名、职务、排序”，出错时指出行号
  wengao roster add <姓名> <职务> [--rank 位次]          加一位领导（不给位次时排在最后）
  wengao roster remove <姓名>
      校对时（wengao proof）按名录检查领导姓名的错字漏字、职务和排序
  （以上命令都可加 --data-dir 文件夹）`;

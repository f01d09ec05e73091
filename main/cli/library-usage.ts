// Usage text of the 范文库 commands, kept apart so that printing help loads no library code
// (library-formats is the list of accepted kinds alone).
import { LIBRARY_KINDS } from '../../core/library-formats.ts';

export const LIBRARY_USAGE = `  wengao import <文件或文件夹…> [--json]      导入文稿到范文库（文件夹含子文件夹）
      可导入 ${LIBRARY_KINDS}（.rtf、.odt 需装有 LibreOffice）
  wengao search <词语…> [--role 任务] [--doc 文档编号] [--year 2025] [--limit 20] [--json]
      部分：开场、意义、成绩、问题、任务、保障、结尾、其他；1–2 个字也可查
  wengao library [--json]                       范文库中的文档及其提纲
  wengao library report [来源编号] [--json]      导入时清理删去的内容，逐条编号
  wengao library restore <来源编号> <序号…>       撤销这几处删除（可多次，累加），该来源重新分析
  wengao library lines <来源编号> [--json]        拆分有误：列出可作为一篇开头的各行（行号、现属第几篇）
  wengao library split <来源编号> <行号>           从这一行起拆成新的一篇
  wengao library merge <来源编号> <文档编号>        把这篇并入上一篇
  wengao library rename <文档编号> <新标题> [--undo]   更正标题（--undo 改回分析得到的标题）
  wengao library genre <文档编号> <体裁> [--undo]     更正体裁：讲话、纪要、记录（会议记录）、报告、其他
  wengao library remove <文档编号…>              移到回收站（不再被搜索、不再用于起草，可恢复）
  wengao library bin [--json]                   回收站中的文档及移入时间
  wengao library recover <文档编号…>             从回收站恢复，原样如初
  wengao library purge <文档编号…> --yes         从回收站彻底删除（不可恢复）
  wengao patterns [--role 任务] [--level 1] [--limit 50] [--json]
      范文库标题句式（X 代表工作名称），可用 wengao draft --heading 2=句式 选用
  wengao outline <文件>                          只分析不导入：以 JSON 输出文件中的文档及提纲
  （import、search、library、patterns 可加 --data-dir 文件夹）`;

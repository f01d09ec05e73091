// Usage text of the proofreading command, kept apart so that printing help loads no proofreading code.
export const PROOF_USAGE = `  wengao proof <文件.txt|.md|.docx> [--json] [--min 错误|疑似|提示] [--data-dir 文件夹]
      校对：错别字、重复字词、占位符、编号、标点、数字日期、规范提法；每条一行“行:列  严重度  类别  说明  → 建议”
      同时使用用户词库（wengao lexicon）中启用的条目
      退出码：0 没有“错误”级问题，1 有“错误”级问题，2 文件有问题（找不到、无法读取）`;

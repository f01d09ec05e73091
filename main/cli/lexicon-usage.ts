// Usage text of the user-lexicon commands, kept apart so that printing help loads no database code.
export const LEXICON_USAGE = `  wengao lexicon list [--json]                         用户词库的全部条目
  wengao lexicon add <错误写法> <正确写法> [--level 错误|疑似|提示] [--reason 说明]
  wengao lexicon allow <词语> [--reason 说明]           总是忽略：校对不再标出这个词
  wengao lexicon disable <条目编号> | enable <条目编号> | remove <条目编号>
  wengao lexicon import <文件.tsv|.json>               全部导入或全部不导入；出错时指出行号
  wengao lexicon export [文件.tsv]                     不给文件名时输出到屏幕
      词库文件：每行一条，制表符分隔：类型（纠错/忽略）、错误写法、正确写法、级别、说明、启用（是/否）
  （以上命令都可加 --data-dir 文件夹）`;

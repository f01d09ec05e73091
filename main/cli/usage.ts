// The usage text of every command, kept apart so that printing help loads no command's code.
import { LEXICON_USAGE } from './lexicon-usage.ts';
import { LIBRARY_USAGE } from './library-usage.ts';
import { PROOF_USAGE } from './proof-usage.ts';
import { REVISION_USAGE } from './revision-usage.ts';
import { ROSTER_USAGE } from './roster-usage.ts';
import { STORE_USAGE } from './store-usage.ts';

export const COMMANDS_USAGE = `用法：
  wengao draft <输入.json> [--template 模板] [--seed 数字] [--minutes 分钟] [--rate 每分钟字数]
               [--enumeration auto|di] [--reseed 部分:种子 …] -o <输出.docx|.txt|.json|.csv>
      部分：0 开场，1–3 三个部分，4 结尾；--reseed 2:7 只把第二部分换一种说法
               [--heading 部分=标题 …]  用范文库标题句式（wengao patterns）替换 1–3 部分的标题，X 换成工作名称
               [--save] [--data-dir 文件夹]
  wengao check <输入.json>
  wengao templates
${STORE_USAGE}
${REVISION_USAGE}
${LIBRARY_USAGE}
${LEXICON_USAGE}
${ROSTER_USAGE}
${PROOF_USAGE}
  wengao daemon status|stop|start              常驻进程：让之后的命令启动更快（空闲 15 分钟后退出）
      WENGAO_NO_DAEMON=1 或任一命令加 --no-daemon：不使用常驻进程`;

// Repetition by meaning: a speech that says 「压实责任」 in part two and 「落实属地责任」 in part three,
// or 「关键在落实」 before the tasks and 「一分部署，九分落实」 after them, says one thing twice in other
// words, and editors strike the second. Near-synonymous key phrases are grouped; each group is said
// once per draft. The engine consults a ledger when it draws wording (units, measures, phrase slots);
// the test helpers check every draft against the same groups.
//
// What the check leaves out, and why: the opening announces what the meeting will do (「明确任务、
// 压实责任」) and the part headings announce what each part argues, so they may name an idea the body
// then develops; a task's assignment (「…牵头，…密切配合」) is the material's who-does-what, said once
// per task by design; the material's own facts are the user's words.

/** Groups of near-synonymous key phrases: one idea each. */
export const KEY_IDEAS: readonly { idea: string; re: RegExp }[] = [
  { idea: '压实责任', re: /(压实|压紧|落实|夯实|扛起)(工作|属地|主体|包保|管护|各方|监管)?责任|责任(落实|体系|清单|书)|一级抓一级|层层抓落实|传导压力|守土有责|守土尽责|守土负责|党政同责|一岗双责|第一责任人|负总责/ },
  { idea: '形成合力', re: /形成(工作)?合力|凝聚(工作)?合力|协同配合|相互支持|齐抓共管|推诿扯皮|各自为战|主动对接/ },
  { idea: '各司其职', re: /各司其职|各负其责|各尽其责|各尽其职|按照职责/ },
  { idea: '倒排工期', re: /倒排工期|挂图作战|倒排时间|销号推进|清单管理/ },
  { idea: '宣传发动', re: /宣传发动|广泛宣传|营造.{0,4}氛围|家喻户晓|宣传引导/ },
  { idea: '关键在落实', re: /关键在(于)?(抓)?落实|九分落实|重在落实|剩下的就是抓落实|关键在于行动|贵在坚持/ },
  { idea: '及时研究解决', re: /及时研究(、及时)?解决|第一时间研究解决|及时协调解决|及时研究、及时解决/ },
  { idea: '时间紧迫', re: /时间不等人|任务不等人|只争朝夕|时间紧、任务重/ },
  { idea: '民生工程', re: /民生工程|民心工程|民生实事/ },
  { idea: '不留死角', re: /不留死角|不留盲区|横到边、纵到底|横向到边、纵向到底/ },
  { idea: '亲自抓', re: /亲自(研究|部署|过问|督促|协调|督战)|靠前指挥/ },
  { idea: '落到具体的人', re: /具体的人和具体的事|具体单位、具体人|落实?到具体(单位|人员|责任人|点位)|落实?到每一(个|名|位|处|座)|落实到人|明确到个人/ },
  { idea: '责任重于泰山', re: /责任重于泰山|责任重大|责任在肩/ },
  { idea: '定期调度', re: /定期(调度|通报|督查)|跟踪问效/ },
  { idea: '一个不漏', re: /一个不漏|一人不漏|一户不漏|不漏一户|不漏一人|一个不落|应享尽享|应保尽保|应参尽参/ },
  { idea: '居民自治', re: /自治组织|自管小组|自管会|业主委员会|业委会|居民自治/ },
  // 「环境好不好，大家一眼就能看出来」 in part one and 「环境好不好，群众感受最直接」 after the problems (s16 hunt s15-3, struck).
  { idea: '环境好不好', re: /环境好不好|感受最直接/ },
  // 「稍有松懈就可能发生事故」 then 「思想上的弦一刻也不能松」: three warnings not to relax in a row (s17 mid s16-1 [10][11], struck).
  { idea: '不能松懈', re: /稍有松懈|弦一刻也不能松|思想一松懈|思想上的松懈|丝毫松懈|松懈不得|放松不得|丝毫松劲/ },
];

/** The key ideas a text is built on. */
export function ideasOf(text: string): string[] {
  return KEY_IDEAS.filter((k) => k.re.test(text)).map((k) => k.idea);
}

/**
 * What a part heading promises: its key ideas, and whether it ends on carrying the work through
 * (「…落地见效」「…落到实处」) — the promise of part three, which part two must not make as well.
 */
const CARRY_THROUGH = /落地|落到实处|落实到位|执行到位|见效|实效|落实$|狠抓落实|抓落实/;

export function headingIdeasOf(text: string): string[] {
  return [...ideasOf(text), ...(CARRY_THROUGH.test(text) ? ['落实见效'] : [])];
}

/** The key ideas a draft has said so far; wording that would say one again is not drawn. */
export class IdeaLedger {
  private readonly said = new Set<string>();

  free(text: string): boolean {
    return ideasOf(text).every((i) => !this.said.has(i));
  }

  note(text: string): void {
    for (const i of ideasOf(text)) this.said.add(i);
  }

  /** A ledger that knows what this one has said and notes apart from it (the room's paragraph after parts one to three). */
  fork(): IdeaLedger {
    const other = new IdeaLedger();
    for (const i of this.said) other.said.add(i);
    return other;
  }
}

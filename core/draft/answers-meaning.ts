// What a problem says and the kind of task that answers it when the two share no word (measures.ts
// `answering`): pairs of a problem's wording and a task's act, read by meaning.
/**
 * What a problem says and the kind of task that answers it, when the two share no word: 「干部干、群众
 * 看」「党员群众参与少」 is answered by 全民清洁日, 「房前屋后…清理不彻底」 by a round of 集中清洁,
 * 「设施缺失或损坏」 by 配齐灭火器. A reader marked the answer item 「这次部署的任务还没有覆盖到」 wrong
 * where the task did exactly that (s10-3): words alone missed it.
 */
/**
 * A pair marked `true` is answered by an act on a thing (training whom, patrolling what, renewing what): the task must name the
 * problem's thing (a word of its title or detail) to answer it by meaning. 「监测员履职能力不足」 is not answered by a drill of the
 * 抢险队伍 (s79-1 [61], W), nor 「河道非法采砂仍有反弹」 by a patrol of 山塘 (s81-3 [32], W).
 */
export const ANSWERED_BY_MEANING: readonly (readonly [RegExp, RegExp, boolean?])[] = [
  [/参与[少低不]|群众看|旁观|袖手|积极性不高|发动不够|动员不够/, /全民|发动|动员|参与|共建|共治/],
  [/清理不|清扫不|保洁不|脏乱差|卫生死角|乱堆乱放|无人清理/, /清洁|清理|清扫|保洁|大扫除/],
  // 「对PAD采集程序操作不熟练」「设备不熟」 is what training is for (s30-5 [54]); so is 「群众施救能力弱」 (s32-7 [51]).
  [/意识([淡不差弱]|有待)|知晓率|不了解|不清楚|不知道|不熟悉|不熟练|设备不熟|操作不熟|不会操作|识别难|辨别难/, /宣传|宣讲|告知|培训|教育|明白纸|演练/],
  // A skill, not a means: 「家庭承受能力有差距」 is no skill.
  [/(施救|救援|救护|急救|自救|逃生|业务|操作|专业|识骗|识别|劝阻|履职|技术|处置)(能力|技能|本领)[^，。；]{0,2}(弱|差|不足|不强|不够|欠缺|偏弱|有待)|技能[^，。；]{0,2}(弱|差|不足|不强|不够|欠缺)/, /培训|演练|轮训|实训|训练|教学/, true],
  [/顾虑|不理解|不支持|抵触|观念[^，。；]{0,2}(较重|重|旧|落后)/, /政策|讲清|讲透|解释|宣讲|思想工作/],
  // Work counted done and not followed up (「“过关”思想」「不回访、不跟踪」「案结事未了」) is answered by going back to
  // it: a 区委书记 said 「会后我们研究确定牵头单位」 beside the 「回头看」 task (s41-8 [65], W).
  [/不回访|不跟踪|案结事未了|[交拆关结]了之|“过关”|过关思想|交账了事|松口气/, /回头看|回访|跟踪|复查|复核|巩固|防止反弹/, true],
  // Children lost to school or to care (流失, 辍学, 脱管) are answered by bringing them back and following them:
  // 「初中阶段流失风险依然存在」 was left 「也要抓紧研究解决」 beside 「一人一案」劝返 (s41-6 [53], E).
  [/流失|辍学|失学|脱管|失访/, /劝返|控辍|追踪|随访|查漏补|家访|上门|摸排|结对|帮扶/, true],
  // A public that holds the work needless or unfair (「部分群众认为“山泉水不该交钱”」) is answered by explaining it.
  [/认为[^，。；]{0,14}(不该|不应该|不用|不必|没必要|不需要|不合理|天经地义)/, /讲清|讲透|讲政策|解释|宣传|宣讲|思想工作|代表会议|座谈/],
  // 「部分群众使用习惯没有改变」 is what 「引导群众用好管好户厕」 is for (s15-6 [39], answered twice).
  [/习惯[^，。；]{0,4}(没有|未|难|不)|(没有|未)[^，。；]{0,2}养成/, /引导|宣传|教育|培训|指导/],
  [/设施[^，。；]{0,4}(缺|损|坏|老化|不足|不全)|(缺|损坏|老化)[^，。；]{0,4}设施|器材[^，。；]{0,4}(缺|损|坏)/, /配齐|配备|更换|维修|修复|安装|增设|补齐/, true],
  // How people see a change (「群众观念转变慢」「不配合」) is what going to them and explaining is for: a
  // 殡葬改革 speech said of it 「会后专门研究」 beside a village-by-village 宣传动员 task (s13).
  [/观念[^，。；]{0,4}(转变|转不|慢|难|陈旧|保守|固化)|(思想|观念)[^，。；]{0,2}(没有|未)[^，。；]{0,2}(转|扭)|不配合|不愿意?配合|不认同|不接受|有抵触|抵触情绪/, /宣传|动员|宣讲|讲解|讲清|讲透|教育|引导|思想工作|入户|上门|走访/],
  // A hazard is answered by finding and removing it; worn-out plant by renewing it.
  [/隐患/, /排查|整治|整改|治理|检查|清零|销号/, true],
  [/老化|锈蚀|腐蚀|年久失修|超期服役|带病运行/, /更新|改造|更换|维修|修复|替换|淘汰/, true],
  // Records that do not match what is there (「台账不清」「底数不清」) are answered by counting afresh.
  [/(台账|底数|底子|底册|档案|名册|信息)[^，。；]{0,4}(不清|不明|不全|不准|不实|混乱|缺失|对不上)|(不清|不明)[^，。；]{0,2}底数/, /摸底|摸排|建档|建账|台账|登记|造册|普查|核查|核实|清查|盘点/, true],
  // Too few hands (「网格员人手不足」) is met by adding people, of whatever kind.
  [/(人手|力量|人员|队伍)[^，。；]{0,4}(不足|不够|短缺|紧张|薄弱|顾不过来)|顾不过来|忙不过来/, /招募|招聘|招录|选聘|聘请|充实|增派|增配|配齐|配强|抽调|组建|志愿者|队伍|购买服务/, true],
  // What came back after it was cleared (「反弹」「回潮」) is kept down by watching it.
  [/反弹|回潮|死灰复燃|又(出现|有人|冒出)/, /长效|常态|巡查|巡逻|回头看|日常|定期|动态/, true],
  // Forces spread unevenly (「施工力量分布不均」「设备调配不过来」) are met by moving them (s37-2 [52], W: 「要尽快
  // 明确由哪个单位牵头」 beside 「三禾公司抽调设备支援南片」).
  [/分布不均|忙闲不均|调配不过来|调度不过来/, /抽调|调配|支援|增派|调剂|统筹调度/, true],
  // One kind of help for every household (「帮扶措施单一」) is answered by plans per household.
  [/(措施|方式|手段|渠道|形式)[^，。；]{0,2}单一/, /一户一策|一人一策|一村一策|一企一策|多种|多渠道|至少落实|拓宽|丰富/],
  // A risk of illness (「因病致贫风险较大」) is what medical cover is for.
  [/因病|大病|慢性病|重病/, /医保|医疗|大病|慢病|救治|救助/],
  // Land, power and water held back (「要素制约比较突出」「水电未接通」「用地指标紧张」) are met by the task that
  // supplies them: a 招商 speech said 「会后研究确定牵头单位」 beside 破解用地瓶颈 and 保障项目用电用水 (s36-6 [67], W).
  [/要素[^，。；]{0,2}(制约|瓶颈|紧张|短缺|不足|难)|(用地|用电|用水|用气|用能|水电|电力|供地)[^，。；]{0,4}(紧张|不足|短缺|瓶颈|制约|难|未接通|未通|不通|跟不上)/, /用地|供地|土地|组卷|用电|供电|电力|变电|用水|供水|通水|通电|水电|用气|供气|用能|要素保障/],
  // Building where it may not be (「借设施农业之名搞非农建设」「违法占地建房」) is stopped by pulling it down and
  // enforcing: a 约谈 said 「会后专门研究」 beside 责令自行拆除 by the 执法队 (s39-2 [57], W).
  [/违法(建设|建房|占地|用地|搭建)|违建|违章(建筑|搭建)|非农(建设|化)|非粮化|乱占|私搭|乱搭|乱建|抢建|之名|名义[^，。；]{0,12}实际/, /拆除|复耕|复垦|执法|查处|责令|强制|整改|恢复/, true],
  // Departments not working together (「部门协同不够紧密」「信息共享不及时」) are joined by the mechanism a task sets up: a
  // 县长 handed 「部门协同」 to one bureau to 「明确责任、跟踪推进」 beside 「建立…联动机制」 led by another (s45-6 [58], W).
  [/(协同|协作|联动|配合|衔接)[^，。；]{0,4}(不够|不紧|不畅|不足|不力|不到位|脱节|差)|信息[^，。；]{0,2}(共享|互通)[^，。；]{0,2}(不及时|不畅|不够)|各自为战|各管一段/, /联动机制|联合执法|联席|会商|协作机制|协同机制|信息共享|信息互通|联勤|联合/],
  // Parties that shirk the work they were given (「挂名不出力」「一推了之」「推诿扯皮」) are held to it by oversight and accountability:
  // a 县委书记 handed 「挂名不出力」 to the 信访局 the units pushed their cases onto, beside the 督查问责 task the material gives the
  // 县委督查室 for exactly that (s53-1 [67], W).
  // The same work set up apart by several bodies (「综治、城管、民政…等部门各划网格」「多头管理」「重复填报」) is answered by the task
  // that merges it: a 区长 handed 「网格多头设置」 to three bureaus, one not of the task, beside 「整合部门网格」 (s60-7 [38], W).
  [/多头|各划|各设|各建|各搞一套|重复(填报|录入|采集|上报|检查|建设)|条块分割|政出多门/, /整合|合并|并入|归并|统一|一张网|全科|一套/],
  [/推诿|扯皮|一推了之|推了之|挂名不出力|出工不出力|挂名不|敷衍|不作为|慢作为|踢皮球|应付了事|上推下卸/, /问责|追责|督查|督办|责任追究|追究责任/],
];

/** Whether the task does what the problem lacks; `named`: whether it names the problem's thing (for the pairs bound to one). */
export function answersByMeaning(problem: string, task: string, named = true): boolean {
  return ANSWERED_BY_MEANING.some(([says, answer, bound]) => (named || !bound) && says.test(problem) && answer.test(task));
}


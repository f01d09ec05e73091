def edit(p, old, new, count=1):
    s=open(p).read()
    assert s.count(old)==count, (p, old[:60], s.count(old))
    s=s.replace(old,new); open(p,'w').write(s)
p='corpus/speech.yaml'
edit(p, """    - 会议定下的各项要求，要靠{guests}在一线一项一项落到地上。
""", """    - "{guests}守在一线，希望大家把自己的本职工作做好，发现问题第一时间上报。"
""")
edit(p, """    - 对{guests}来说，今天讲的每一项要求都要落实在岗位上，希望大家尽职尽责。
""", """    - 希望{guests}守好自己的岗位，该巡的巡到、该报的报到，发现情况及时报告。
""")
edit(p, """      - 也希望{guests}从自身做起，履行好主体责任，把会上的要求落到自己身上。
""", """      - 也希望{guests}切实履行主体责任，把会上提出的各项要求落实到位。
""")
p='core/draft/guests.ts'
edit(p, """      const { leads, supports } = tasksOf(name, input);
      const tasked = leads.length + supports.length > 0;""", """      const { leads, supports } = tasksOf(name, input);
      const tasked = leads.length + supports.length > 0;
      // A company the level owns (「县城投公司」「区交投集团」) with a task has been given its part there: not held again in the room
      // beside outside contractors, nor thanked (s42-1 [55], W: the county's 城投/交投 lumped with two builders).
      if (tasked && LEVEL_OWNED.test(name) && unitLevel(name) === speaker.level) continue;""")
edit(p, """/** A company's own name, whatever place it starts with""", """/** A company a level owns, named by the level alone (「县城投公司」), not a bank's or an insurer's branch. */
const LEVEL_OWNED = /^[县区市](?![^、，]*(银行|保险|信用社|支行))[^、，]{2,10}(公司|集团)$/;
/** A company's own name, whatever place it starts with""")
# s42-8 [28]: a party shown as a model before the speech is not the bad example
p='core/draft/cases.ts'
edit(p, "export function problemBody(p: Problem, src: string, next: () => string = connectives()): Run[] {",
"""export function problemBody(p: Problem, src: string, next: () => string = connectives(), praised: readonly string[] = []): Run[] {""")
edit(p, """    .filter(({ e }) => e && !named.includes(e) && !(stem(e).length >= 2 && named.includes(stem(e))));""",
"""    .filter(({ e }) => e && !named.includes(e) && !(stem(e).length >= 2 && named.includes(stem(e))))
    // A party that has just spoken as a model (典型发言) is not then the bad example (s42-8 [28], W): the other examples are used.
    .filter(({ e }) => !praised.some((n) => e.includes(n)));""")
edit(p, """/**
 * A problem's detail and the examples it does not already name.""", """/**
 * The parties an item before the speech presents as models (「双河镇、洪塘乡陈家畈村作了典型发言」), each also by its last
 * place (「陈家畈村」).
 */
export function modelsOf(items: readonly string[]): string[] {
  return items.filter((t) => MODEL.test(t)).flatMap((t) => t.replace(MODEL_TAIL, '').split(/[、，,和及]/)).map((n) => n.trim().replace(/^(刚才|会上)/, '')).filter((n) => n.length >= 2)
    .flatMap((n) => { const last = /[^镇乡县区市]{2,6}(村|社区)$/.exec(n)?.[0]; return last && last !== n ? [n, last] : [n]; });
}
const MODEL = /典型发言|经验交流|交流发言|经验介绍|介绍了[^，。；]*经验/;
const MODEL_TAIL = /(分别)?(作了|作|进行了|做了)?(典型发言|经验交流发言|经验交流|交流发言|经验介绍)[^，。；]*$|介绍了[^，。；]*经验[^，。；]*$/;

/**
 * A problem's detail and the examples it does not already name.""")
p='core/draft/speech-parts.ts'
edit(p, """  const next = connectives();
  const items: Item[] = list.map((p, i) => ({ title: problemTitle(p, `campaign.problems[${i}].title`), body: problemBody(p, `campaign.problems[${i}]`, next), ...(topics[i] ? { topic: topics[i] } : {}) }));""",
"""  const next = connectives();
  const models = modelsOf(c.input.meeting.precedingItems ?? []);
  const items: Item[] = list.map((p, i) => ({ title: problemTitle(p, `campaign.problems[${i}].title`), body: problemBody(p, `campaign.problems[${i}]`, next, models), ...(topics[i] ? { topic: topics[i] } : {}) }));""")
edit(p, "import { connectives, problemBody } from './cases.ts';", "import { connectives, modelsOf, problemBody } from './cases.ts';")
# s42-1 [53]: 「在建政府投资项目建设单位」 is the kind the problems fault (「9个建设单位未按月足额拨付」)
p='core/draft/room.ts'
edit(p, """    if (/单位$/.test(bare) && !PARTY.test(bare) && !/委员会$/.test(bare)) return partyWords(bare, stem).some((w) => saidOf(w, faults, bare) || checked(w, bare));""",
"""    if (/单位$/.test(bare) && !PARTY.test(bare) && !/委员会$/.test(bare)) return faults.includes(bare.slice(-4)) || partyWords(bare, stem).some((w) => saidOf(w, faults, bare) || checked(w, bare));""")
# s42-6: 「…工程有限公司澴梁连接线项目部」 is the company
p='core/draft/attendees.ts'
edit(p, """    .map((p) => withoutCount(p).replace(/（[^）]*）$/, '')""", """    // 「…路桥工程有限公司澴梁连接线项目部经理」: the company's site office is the company (s42-6, W: its peer thanked, it held).
    .map((p) => withoutCount(p).replace(/(?<=(?:公司|集团))[^、，]{1,12}项目部(?=$|经理|负责人|项目经理)/, '').replace(/（[^）]*）$/, '')""")

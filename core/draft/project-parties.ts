// Parties of the very project a problem faults, as the attendee lines name them (「青溪城东安置房二期项目建设单位县城投公司、监理单位
// 潆阳正衡工程监理有限公司项目负责人」): held to their part in the speaker's voice, never bystanders warned by another's example nor asked
// for support (r-s75 s75-2 [43], W: 「对照查一查自身有没有同样的问题」 said to the 建设单位 and 监理 of the project at fault).
import type { SpeechInput } from '../input/schema.ts';

/** A project a line names before a party's role in it: 「…二期项目建设单位」「…改扩建项目监理单位」. */
const PROJECT_ROLE = /([^、，,：:（(；;\s]{2,24}?(?:项目|工程))(?:的)?(?:建设单位|监理单位|施工单位|总包单位|分包单位|参建单位|业主单位|项目业主)/;

/** What the problems say, title, detail and examples. */
function problemsText(input: SpeechInput): string {
  return input.campaign.problems.map((p) => [p.title, p.detail ?? '', ...(p.examples ?? [])].join('；')).join('；');
}

/** Whether an attendee line names its parties by their role in a project the problems name (by the project's name or its last part). */
export function faultedProjectLine(entry: string, input: SpeechInput): boolean {
  const project = PROJECT_ROLE.exec(entry)?.[1];
  if (!project) return false;
  const said = problemsText(input);
  // 「青溪城东安置房二期项目」 is the problems' 「城东安置房二期项目」: the line may open with the place.
  for (let k = 0; project.length - k >= 6; k++) if (said.includes(project.slice(k))) return true;
  return false;
}

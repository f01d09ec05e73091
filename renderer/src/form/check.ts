// Checking the material before drafting: the contract's input.validate gives each problem with its
// field's path; here it gets the field's name in the user's words (「第1项任务的完成时限」, from
// core/input/labels.ts) and the form field it belongs to, so that it can be highlighted and shown.
import { fieldLabel, parseFieldPath } from '../../../core/input/labels.ts';
import { call } from '../api.ts';
import { materialKind } from './fields.tsx';
import { clean, setIn } from './material.ts';
import type { Json } from './material.ts';

export interface Problem {
  /** The form field (its name: the path joined with dots); '' for the material as a whole. */
  field: string;
  /** 「第1项任务的完成时限：不是有效日期：…」 */
  text: string;
}

/** The material's problems, in the order of the form; none when it can be drafted. */
export async function checkMaterial(material: Json): Promise<Problem[]> {
  const kind = materialKind(material);
  const issues = await fieldIssues(clean(material) ?? {});
  // A 会议记录's form calls a speaker's points 「发言内容」 (a 纪要's, 「要点」): the message says what the form says.
  const record = (material as { template?: unknown } | null)?.template === 'record';
  const label = (steps: (string | number)[]) => (record ? fieldLabel(kind, steps).replace(/要点$/, '发言内容') : fieldLabel(kind, steps));
  return issues.map(({ path, message }) => {
    const steps = path ? parseFieldPath(path) : [];
    return { field: steps.join('.'), text: steps.length ? `${label(steps)}：${formMessage(message)}` : message };
  });
}

type Issue = { path: string; message: string };

const validate = async (material: Json): Promise<Issue[]> => (await call('input.validate', { text: JSON.stringify(material) })).issues;

/** A group or a list left out as a whole (clean() drops what is empty): its own fields are asked for instead. */
const OPENED = new Map<string, Json>([
  ['缺少必填项（应为对象）', {}],
  ['缺少必填项（应为列表）', [{}]],
]);
const inside = (path: string, group: string) => path.startsWith(`${group}.`) || path.startsWith(`${group}[`);

/**
 * The check's problems, each naming a field the form shows. A group the user left empty (会议) is
 * refused as a whole — 「会议：请填写」 names a box, not a field — so it is checked again opened, and
 * its required fields are named (「会议名称：请填写」「会议日期：请填写」); a list (议程) is opened with
 * one empty item, as the form shows it, unless that item is refused for anything but being empty
 * (a list of texts): then the list's own problem stands.
 */
async function fieldIssues(material: Json): Promise<Issue[]> {
  let issues = await validate(material);
  const tried = new Set<string>();
  for (let round = 0; round < 4; round++) {
    const group = issues.find((i) => i.path && OPENED.has(i.message) && !tried.has(i.path));
    if (!group) return issues;
    tried.add(group.path);
    const opened = setIn(material, parseFieldPath(group.path), OPENED.get(group.message)!);
    const again = await validate(opened);
    if (again.some((i) => inside(i.path, group.path) && !i.message.startsWith('缺少必填项'))) continue;
    material = opened;
    issues = again;
  }
  return issues;
}

/** 「YYYY-MM-DD 格式的日期，例如 2026-12-31」 in the input's refusals. */
const DATE_FORMAT_WORDS = / ?YYYY-MM-DD 格式的日期(，例如 \d{4}-\d{2}-\d{2})?/g;

/**
 * A refusal as the form's user needs it: an empty field is left out of the material (clean()), so
 * 「缺少必填项（应为文本）」, which tells a JSON file's author what to write, means 「请填写」 here;
 * the label is followed by one colon only; and a date is asked for as she writes one.
 */
function formMessage(message: string): string {
  // One colon after the field's label: 「会议日期：不是有效日期，2026年2月没有30日」. 「YYYY-MM-DD」 tells a file's
  // author the format; the form's user is shown a date as she would type it (the field takes both).
  return message.startsWith('缺少必填项') ? '请填写' : message.replace(/^(不是有效日期)：/, '$1，').replace(DATE_FORMAT_WORDS, '日期，如 2026-06-30 或 2026年6月30日');
}

/** Problems in the order their fields appear on the form (the check orders missing ones last). */
export function inFormOrder(root: ParentNode, problems: readonly Problem[]): Problem[] {
  const at = (p: Problem) => problemElement(root, p.field);
  return [...problems].sort((a, b) => {
    const ea = at(a);
    const eb = at(b);
    if (!ea || !eb) return ea ? -1 : eb ? 1 : 0;
    return ea === eb ? 0 : ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}

/**
 * The element that shows a problem: the field itself, its list, or — for a group left out as a
 * whole (讲话人) — its first field.
 */
export function problemElement(root: ParentNode, field: string): HTMLElement | null {
  if (!field) return null;
  const q = (sel: string) => root.querySelector<HTMLElement>(sel);
  const css = CSS.escape(field);
  return q(`[name="${css}"]`) ?? q(`[data-field="${css}"]`) ?? q(`[name^="${css}."]`);
}

/** Problems by the name of the field that shows them (see problemElement). */
export function problemsByField(root: ParentNode, problems: readonly Problem[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of problems) {
    const el = problemElement(root, p.field);
    const name = el?.getAttribute('name') ?? el?.dataset.field ?? p.field;
    if (!out.has(name)) out.set(name, p.text.slice(p.text.indexOf('：') + 1));
  }
  return out;
}

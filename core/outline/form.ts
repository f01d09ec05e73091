// An OA system's routing form printed before each piece it exports: the 发文稿纸 (发文处理单, 签报单,
// 呈批件) — a table of 签发/会签/核稿/拟稿/发文字号/密级/缓急/标题/主送/抄送/印制/份数/附件 cells under
// the form's name, with the system's 「流水号：… 打印时间：…」 line after it. It is the office's
// paperwork about the document, not the document: removed and reported (restorable), and, removed,
// it separates the piece before from the piece after as a line drawn across does (join.ts).
import { REASON, type Line } from './lines.ts';
import { CELL_SEPARATOR } from './marks.ts';

/** The form's name: 「云岭县人民政府办公室发文稿纸」「发文处理单」「签报单」. */
const FORM_TITLE = /^[\u4e00-\u9fa5（）()]{0,30}(?:发文稿纸|发文稿|发文处理单|发文处理笺|发文单|发文审批单|发文审签单|签报单|签报|呈批件|文件审批单|公文处理单)$/;
const FORM_NAME_END = '纸稿单笺报件';
/** The labels of the form's cells (spaces inside a label, 「签\u3000发」, are taken out first). */
const FORM_LABEL = /^(?:签发|签发人|会签|核稿|核稿人|审核|审核人|审稿|拟稿|拟稿人|拟稿单位|承办单位|主办单位|发文字号|文号|密级|缓急|紧急程度|标题|文件标题|主送|主送机关|抄送|抄送机关|印制|印发|份数|印数|附件|校对|打字|公开属性|公开方式|主题词|签批|领导批示|核发|编号|发文日期|成文日期)$/;
/** What only a routing form asks for (a 公文's own 版记 has 抄送 and 印发 too). */
const FORM_ONLY = /^(?:签发|签发人|会签|核稿|核稿人|拟稿|拟稿人|拟稿单位|缓急|紧急程度|份数|印数|校对|打字|公开属性|核发)$/;
/** The OA system's line after the form: 「流水号：OA-2024-03417\u3000打印时间：2024-04-10 09:10」. */
const FORM_TAIL = /^(?:流水号|打印时间|打印人|打印日期|生成时间|办理流水号)[：:]/;
/** A form needs this many of its rows. */
const FORM_MIN_ROWS = 3;

/** A label at the start of a line: a cell (「签发 | …」) or, under the form's name, 「签发：…」. */
function label(text: string, table: boolean): string | undefined {
  const head = table ? text.split(CELL_SEPARATOR)[0]! : /^[^：:\s\u3000]{1,8}(?=[：:\s\u3000]|$)/.exec(text)?.[0];
  if (head === undefined) return undefined;
  const name = head.replace(/[\s\u3000]/g, '');
  return FORM_LABEL.test(name) ? name : undefined;
}

/** Marks every routing form in the text (its name, its rows, the system's line after it). */
export function markForms(lines: readonly Line[]): void {
  const live = (i: number) => !lines[i]!.removed && !lines[i]!.kept && lines[i]!.text !== '';
  for (let i = 0; i < lines.length; i++) {
    if (!live(i)) continue;
    const t = lines[i]!.text;
    // (The form's name ends with one of these: most lines are not tried against it.)
    const titled = FORM_NAME_END.includes(t[t.length - 1]!) && FORM_TITLE.test(t);
    if (!titled && !t.includes(CELL_SEPARATOR)) continue;
    // The form's rows: table rows led by its labels (or, under its name, 「label：」 lines), blank lines between allowed.
    const rows: number[] = [];
    const labels = new Set<string>();
    let j = titled ? i + 1 : i;
    for (; j < lines.length; j++) {
      if (lines[j]!.removed || lines[j]!.text === '') continue;
      if (lines[j]!.kept) break;
      const t = lines[j]!.text;
      const name = label(t, t.includes(CELL_SEPARATOR)) ?? (titled ? label(t, false) : undefined);
      if (!name) break;
      rows.push(j);
      labels.add(name);
      // A row's other cells may hold labels too: 「核稿 | 黄晓梅 | 拟稿 | 邓志强」.
      for (const cell of t.split(CELL_SEPARATOR).slice(1)) {
        const other = cell.replace(/[\s\u3000]/g, '');
        if (FORM_LABEL.test(other)) labels.add(other);
      }
    }
    if (rows.length < FORM_MIN_ROWS || labels.size < FORM_MIN_ROWS || ![...labels].some((l) => FORM_ONLY.test(l))) continue;
    if (titled) lines[i]!.removed = REASON.form;
    // The form's name on the line above its first row.
    else {
      for (let k = i - 1; k >= 0; k--) {
        if (lines[k]!.removed || lines[k]!.text === '') continue;
        if (!lines[k]!.kept && FORM_TITLE.test(lines[k]!.text)) lines[k]!.removed = REASON.form;
        break;
      }
    }
    for (const r of rows) lines[r]!.removed = REASON.form;
    // The system's lines after it.
    for (; j < lines.length; j++) {
      if (lines[j]!.removed || lines[j]!.text === '') continue;
      if (lines[j]!.kept || !FORM_TAIL.test(lines[j]!.text)) break;
      lines[j]!.removed = REASON.form;
    }
    i = j - 1;
  }
}

// 篇幅: characters and reading minutes per part against the target, recomputed from the text.
import type { DocModel, LengthInfo } from '../../../core/doc/model.ts';
import { numberBlocks } from '../../../core/doc/numbering.ts';
import { blockText, runsText } from '../../../core/doc/text.ts';
import { elaborationShare, omittedNotices, shortNotice } from '../../../core/draft/length-text.ts';

export function partLengths(doc: DocModel): { name: string; chars: number }[] {
  const names = doc.parts?.length ? doc.parts : ['全文'];
  const chars = names.map(() => 0);
  const { marks } = numberBlocks(doc.blocks);
  const count = (t: string) => t.replace(/\s/g, '').length;
  chars[0]! += count(runsText(doc.salutation));
  doc.blocks.forEach((b, i) => {
    if (b.type === 'table') return;
    const part = Math.min('part' in b && b.part !== undefined ? b.part : 0, names.length - 1);
    chars[part]! += count(blockText(b, marks[i] ?? ''));
  });
  chars[names.length - 1]! += count(runsText(doc.closing));
  return names.map((name, i) => ({ name, chars: chars[i]! }));
}

export function LengthPanel({ doc, targetMinutes, generated }: { doc: DocModel; targetMinutes: number | undefined; generated: LengthInfo | undefined }) {
  const rate = generated?.rate ?? 240;
  const parts = partLengths(doc);
  const total = parts.reduce((n, p) => n + p.chars, 0);
  const target = generated?.target ?? (targetMinutes ? targetMinutes * rate : undefined);
  const min = (n: number) => (n / rate).toFixed(1);
  // The share of argument is the generated draft's (the editor does not tell argument from fact).
  const argued = (name: string) => {
    const p = generated?.parts.find((x) => x.name === name);
    return p ? elaborationShare(p.chars, p.elaboration) : '';
  };
  const notice = generated ? shortNotice(generated) : undefined;
  // A part the engine left out is said to be left out, with why and what would bring it back (not 「0」);
  // once the user writes text into it, it counts like any other.
  const omitted = (generated ? omittedNotices(generated) : []).filter((o) => !parts.find((p) => p.name === o.name)?.chars);
  return (
    <div className="panel-length">
      <table className="lengths">
        <thead>
          <tr>
            <th>部分</th>
            <th>字数</th>
            <th>约用时（分钟）</th>
            {generated?.elaboration !== undefined && <th title="生成时论述（不含材料事实）所占比例">论述占比</th>}
          </tr>
        </thead>
        <tbody>
          {parts.map((p) =>
            omitted.some((o) => o.name === p.name) ? (
              <tr key={p.name} className="omitted">
                <td>{p.name}</td>
                <td>未写</td>
                <td>—</td>
                {generated?.elaboration !== undefined && <td />}
              </tr>
            ) : (
              <tr key={p.name}>
                <td>{p.name}</td>
                <td>{p.chars}</td>
                <td>{min(p.chars)}</td>
                {generated?.elaboration !== undefined && <td>{argued(p.name).replace('论述 ', '')}</td>}
              </tr>
            ),
          )}
          <tr className="total">
            <td>合计</td>
            <td>{total}</td>
            <td>{min(total)}</td>
            {generated?.elaboration !== undefined && <td>{elaborationShare(generated.total, generated.elaboration).replace('论述 ', '')}</td>}
          </tr>
        </tbody>
      </table>
      {generated?.elaboration !== undefined && <ElaborationNote />}
      {target ? (
        <p className={Math.abs(total - target) > target * 0.15 ? 'hint warn' : 'hint'}>
          目标约 {target} 字（{(target / rate).toFixed(0)} 分钟，每分钟 {rate} 字），{total > target ? `超出 ${total - target} 字` : `还差 ${target - total} 字`}。
        </p>
      ) : (
        <p className="hint">按每分钟 {rate} 字估算。</p>
      )}
      {omitted.map((o) => (
        <div key={o.name} className="length-omitted" role="note">
          <p>{o.summary}</p>
          <p>{o.restore}</p>
        </div>
      ))}
      {generated?.questions?.length ? <LeadQuestions questions={generated.questions} /> : null}
      {notice && (
        <div className="length-short warn-box" role="note">
          <p>{notice.summary}</p>
          <ul>
            {notice.advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** A task's lead that looks typed wrong by the material's own words (core/draft/lead-check.ts): asked, the draft unchanged. */
function LeadQuestions({ questions }: { questions: readonly string[] }) {
  return (
    <div className="length-questions warn-box" role="note">
      <p>请核对材料（稿子按材料原样写出，未作改动）：</p>
      <ul>
        {questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </div>
  );
}

/** What the 论述占比 column measures, under the table (a header's tooltip is found by nobody). */
function ElaborationNote() {
  return (
    <p className="length-note" data-note="elaboration">
      论述占比：生成时，讲道理、提要求等不含材料事实的文字占这一部分的比例（按生成的稿子算，不随修改变化）。比例高，说明材料少、议论多；补充成绩、问题和任务的具体内容可以降低它。
    </p>
  );
}

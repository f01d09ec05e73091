// Before 导出 Word: the 【待补充】 gaps the document still holds — how many, and where the first few are
// in the words of the page — with 仍然导出 (the file is written all the same), 逐处查看 (the find bar on
// 「【待补充」, at the first one) when gaps are in the text, and 去材料中填写 (its field focused) when a gap
// is one the material fills. Never a silent export of an unfinished draft, never a refusal.
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { gapNotice } from '../../../core/doc/gaps.ts';
import type { DocModel } from '../../../core/doc/model.ts';

export type GapNotice = NonNullable<ReturnType<typeof gapNotice>>;

/** The material's field a gap asks for (the form's field name), where the material holds it. */
const MATERIAL_FIELDS = new Map([
  ['讲话人姓名', 'meeting.speaker.name'],
  ['会议地点', 'meeting.venue'],
  ['记录人', 'meeting.recorder.name'],
  ['主持人', 'meeting.host.name'],
  ['出席人', 'meeting.attendees'],
  ['印发单位', 'meeting.organizer'],
  ['印发机关', 'options.printedBy'],
]);

/**
 * A 台账's gaps are a task's or a decision's: 去材料中填写 goes to the first such field left empty
 * (「*.deadline」: the first empty field whose name ends so).
 */
const LEDGER_FIELDS = new Map([
  ['完成时限', '*.deadline'],
  ['牵头单位', '*.lead'],
]);

export function GapsDialog(p: { notice: GapNotice; ledger?: boolean; onExport(): void; onShow(): void; onMaterial(field: string): void; onCancel(): void }) {
  const { notice, ledger } = p;
  const go = useRef<HTMLButtonElement>(null);
  useEffect(() => go.current?.focus(), []);
  // A 台账 is made from the material when it is exported: none of its gaps is in the editor's text.
  const outside = ledger ? 0 : notice.count - notice.inBody;
  // The first gap the material fills (the speaker's name, a record's 地点 or 记录人): 去材料中填写 goes to its field.
  const field = notice.whats.map((w) => (ledger ? LEDGER_FIELDS : MATERIAL_FIELDS).get(w)).find((f) => f !== undefined);
  return (
    <div className="modal-back" role="presentation">
      <div className="modal gaps-dialog" role="dialog" aria-modal="true" aria-label="导出前：还有待补充的内容" onKeyDown={(e) => e.key === 'Escape' && p.onCancel()}>
        <h2>
          {ledger ? '台账中' : ''}还有 {notice.count} 处【待补充】没有填写
        </h2>
        <p className="hint">{notice.lines.length < notice.count ? `前 ${notice.lines.length} 处在：` : '在：'}</p>
        <ul className="gap-list">
          {notice.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {outside > 0 && <p className="hint">{notice.inBody ? `其中 ${outside} 处` : '这些地方'}在标题下的讲话人、日期等文头行或版记中：可以点击文中黄色的【待补充】直接填写，也可以在“材料”中填写。</p>}
        {ledger ? (
          <p className="hint">台账在导出时由材料生成：在“材料”中填写这些内容后再导出台账，文件中就不再有【待补充】。</p>
        ) : (
          field && outside === 0 && <p className="hint">这些内容来自材料：可以在正文中逐处填写，也可以在“材料”中填写后重新生成。</p>
        )}
        <p className="hint">可以先导出（文件中这些地方仍是【待补充】），也可以补全后再导出。</p>
        <div className="row end">
          <button onClick={p.onCancel}>取消</button>
          {field && <button onClick={() => p.onMaterial(field)}>去材料中填写</button>}
          {!ledger && notice.inBody > 0 && <button onClick={p.onShow}>逐处查看</button>}
          <button ref={go} className="primary" onClick={p.onExport}>
            仍然导出
          </button>
        </div>
      </div>
    </div>
  );
}

/** A document about to leave the app, and what writes it: the editor's text, or a 台账 made from the material. */
interface Asked {
  notice: GapNotice;
  ledger: boolean;
  write(): Promise<void>;
}

/**
 * An export asked for: told first of the 【待补充】 gaps the exported document holds, if any; written at
 * once if none. `find` opens the find bar on a query; `material` shows the 材料 panel. `askExport`: the
 * editor's text as Word; `askLedger`: a 台账 drafted from the material. The dialog to render, when shown.
 */
export function useExportAsk(
  current: () => DocModel,
  exportDocx: () => Promise<void>,
  find: (query: string) => void,
  material: (field: string) => void,
): { askExport(): Promise<void>; askLedger(doc: DocModel, write: () => Promise<void>): Promise<void>; dialog: ReactNode } {
  const [asked, setAsked] = useState<Asked | null>(null);
  const ask = useCallback(async (doc: DocModel, write: () => Promise<void>, ledger: boolean) => {
    const notice = gapNotice(doc);
    if (notice) setAsked({ notice, ledger, write });
    else await write();
  }, []);
  const askExport = useCallback(() => ask(current(), exportDocx, false), [ask, current, exportDocx]);
  const askLedger = useCallback((doc: DocModel, write: () => Promise<void>) => ask(doc, write, true), [ask]);
  const then = (next: () => void) => () => {
    setAsked(null);
    next();
  };
  const dialog = asked && (
    <GapsDialog
      notice={asked.notice}
      ledger={asked.ledger}
      onCancel={then(() => {})}
      onExport={then(() => void asked.write())}
      onShow={then(() => find('【待补充'))}
      onMaterial={(field) => then(() => material(field))()}
    />
  );
  return { askExport, askLedger, dialog };
}

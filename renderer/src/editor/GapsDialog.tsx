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

export function GapsDialog(p: { notice: GapNotice; onExport(): void; onShow(): void; onMaterial(field: string): void; onCancel(): void }) {
  const { notice } = p;
  const go = useRef<HTMLButtonElement>(null);
  useEffect(() => go.current?.focus(), []);
  const outside = notice.count - notice.inBody;
  // The first gap the material fills (the speaker's name, a record's 地点 or 记录人): 去材料中填写 goes to its field.
  const field = notice.whats.map((w) => MATERIAL_FIELDS.get(w)).find((f) => f !== undefined);
  return (
    <div className="modal-back" role="presentation">
      <div className="modal gaps-dialog" role="dialog" aria-modal="true" aria-label="导出前：还有待补充的内容" onKeyDown={(e) => e.key === 'Escape' && p.onCancel()}>
        <h2>还有 {notice.count} 处【待补充】没有填写</h2>
        <p className="hint">{notice.lines.length < notice.count ? `前 ${notice.lines.length} 处在：` : '在：'}</p>
        <ul className="gap-list">
          {notice.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {outside > 0 && <p className="hint">{notice.inBody ? `其中 ${outside} 处` : '这些地方'}在标题下的讲话人、日期等文头行或版记中：可以点击文中黄色的【待补充】直接填写，也可以在“材料”中填写。</p>}
        {field && outside === 0 && <p className="hint">这些内容来自材料：可以在正文中逐处填写，也可以在“材料”中填写后重新生成。</p>}
        <p className="hint">可以先导出（文件中这些地方仍是【待补充】），也可以补全后再导出。</p>
        <div className="row end">
          <button onClick={p.onCancel}>取消</button>
          {field && <button onClick={() => p.onMaterial(field)}>去材料中填写</button>}
          {notice.inBody > 0 && <button onClick={p.onShow}>逐处查看</button>}
          <button ref={go} className="primary" onClick={p.onExport}>
            仍然导出
          </button>
        </div>
      </div>
    </div>
  );
}

/**
 * 导出 Word asked for: told first of the 【待补充】 gaps left, if any; exported at once if none. `find`
 * opens the find bar on a query; `material` shows the 材料 panel. The dialog to render, when shown.
 */
export function useExportAsk(current: () => DocModel, exportDocx: () => Promise<void>, find: (query: string) => void, material: (field: string) => void): { askExport(): Promise<void>; dialog: ReactNode } {
  const [notice, setNotice] = useState<GapNotice | null>(null);
  const askExport = useCallback(async () => {
    const found = gapNotice(current());
    if (found) setNotice(found);
    else await exportDocx();
  }, [current, exportDocx]);
  const then = (next: () => void) => () => {
    setNotice(null);
    next();
  };
  const dialog = notice && (
    <GapsDialog
      notice={notice}
      onCancel={then(() => {})}
      onExport={then(() => void exportDocx())}
      onShow={then(() => find('【待补充'))}
      onMaterial={(field) => then(() => material(field))()}
    />
  );
  return { askExport, dialog };
}

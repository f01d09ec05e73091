// 编辑: the draft in Lexical with its head, outline, toolbar, find bar, status bar and side panels.
// Replacements (another wording, frame, heading, a restored version) go through the preview dialog.
import { $getSelection, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DocModel, HeadingLevel } from '../../../core/doc/model.ts';
import type { MaterialKind } from '../../../core/input/labels.ts';
import { call } from '../api.ts';
import type { Status } from '../status.ts';
import { DOCX_TYPE, saveBytes } from '../download.ts';
import { clean, type Json } from '../form/material.ts';
import { $setBlockLevel } from '../editor/convert.ts';
import { CommentsMargin } from '../editor/CommentsMargin.tsx';
import { copyAll } from '../editor/copy.ts';
import { DocEditor } from '../editor/DocEditor.tsx';
import { DocFoot } from '../editor/DocFoot.tsx';
import { DocHead } from '../editor/DocHead.tsx';
import { FactTips } from '../editor/FactTip.tsx';
import { FindBar } from '../editor/FindBar.tsx';
import { useExportAsk } from '../editor/GapsDialog.tsx';
import { Outline } from '../editor/Outline.tsx';
import { PageMarks } from '../editor/PageMarks.tsx';
import { StatusBar } from '../editor/StatusBar.tsx';
import { Toolbar } from '../editor/Toolbar.tsx';
import { useDocSession, type DocSession } from '../editor/useDocSession.ts';
import { useUndoStatus } from '../editor/undo-status.ts';
import type { EditorCtx, Proposal } from '../panels/context.ts';
import { ReplaceDialog } from '../panels/ReplaceDialog.tsx';
import { carriesFiles, dropRevision } from '../panels/revision-drop.ts';
import { SidePanels } from '../panels/SidePanels.tsx';
import { fileBase64 } from '../files.tsx';

/** The find bar: with 替换 or not, opened anew at each key, on `query` when it is given (逐处查看 the gaps). */
type Find = { replace: boolean; key: number; query?: string } | null;

export function EditorScreen({ id, status }: { id: number; status: Status }) {
  const s = useDocSession(id, status);
  const [label, setLabel] = useState('');
  const [pageView, setPageView] = useState(true);
  const [panel, setPanel] = useState('材料');
  const [searchFocus, setSearchFocus] = useState(0);
  const [find, setFind] = useState<Find>(null);
  const { current, editor } = s;

  /** A .docx dropped on the document is an edited copy coming back: 导入修改稿 in the versions panel. */
  const onDrop = useCallback(
    (e: React.DragEvent) => {
      const file = [...e.dataTransfer.files].find((f) => /\.docx$/i.test(f.name));
      if (!file) return;
      e.preventDefault();
      dropRevision({ name: file.name, base64: () => fileBase64(file) });
      setPanel('版本');
    },
    [],
  );

  const save = useCallback(async () => {
    if (await s.saveNamed(label.trim() || undefined)) setLabel('');
  }, [s, label]);

  const exportDocx = useExportDocx(current, status);
  const { askExport, askLedger, dialog: gapsDialog } = useExportAsk(current, exportDocx, (query) => setFind((f) => ({ replace: false, key: (f?.key ?? 0) + 1, query })), (field) => showField(setPanel, field));
  const exportLedger = useExportLedger(s.input, status, askLedger);

  const openFind = useCallback((replace: boolean) => setFind((f) => ({ replace: replace || (f?.replace ?? false), key: (f?.key ?? 0) + 1 })), []);
  const openLibrary = useCallback(() => {
    setPanel('范文库');
    setSearchFocus((n) => n + 1);
  }, []);

  useShortcuts({ save, exportDocx: askExport, exportLedger, openFind, openLibrary });

  const setLevel = (level: HeadingLevel | 0) => {
    editor()?.update(() => $setBlockLevel($getSelection()?.getNodes()[0] ?? null, level));
  };

  const { proposal, setProposal, replacing, accept, proposalBase } = useProposal(s, status);

  const ctx: EditorCtx = useMemo(
    () => ({ documentId: id, status, current, flush: s.flush, propose: setProposal, editor, input: s.input, setInput: s.setInput, versionTick: s.versionTick }),
    [id, status, current, s.flush, editor, s.input, s.setInput, s.versionTick],
  );

  if (!s.opened || !s.load || !s.snapshot) return <p className="empty">正在打开…</p>;
  const doc = s.snapshot;
  const materialKind: MaterialKind = (s.input as { kind?: string } | null)?.kind === 'minutes' || doc.kind === 'minutes' || doc.kind === 'record' ? 'minutes' : 'speech';
  const material = s.input as { options?: { durationMinutes?: number } } | null;
  return (
    <section className="editor-screen">
      <Toolbar
        label={label}
        onLabel={setLabel}
        onSave={() => void save()}
        onExportDocx={() => void askExport()}
        onExportLedger={(f) => void exportLedger(f)}
        onLevel={setLevel}
        onFind={() => openFind(true)}
        onCopyAll={() => void copyEverything(editor(), status)}
        pageView={pageView}
        onPageView={setPageView}
      />
      <div className="editor-body">
        <Outline doc={doc} />
        <PaperColumn s={s} doc={doc} id={id} status={status} materialKind={materialKind} pageView={pageView} find={find} onCloseFind={() => setFind(null)} onDrop={onDrop} />
        <SidePanels ctx={ctx} panel={panel} onPanel={setPanel} doc={doc} targetMinutes={material?.options?.durationMinutes} generated={doc.length} searchFocus={searchFocus} />
      </div>
      {gapsDialog}
      {proposal && proposalBase && (
        <ReplaceDialog proposal={proposal} documentId={id} current={proposalBase} busy={replacing} onAccept={() => void accept()} onCancel={() => setProposal(null)} />
      )}
    </section>
  );
}

/** The 材料 panel, with the form's field `name` focused and in view once it is drawn. */
function showField(setPanel: (name: string) => void, name: string): void {
  setPanel('材料');
  const focus = (tries: number) => {
    const el = name.startsWith('*')
      ? [...document.querySelectorAll<HTMLInputElement>(`.panel [name$="${CSS.escape(name.slice(1))}"]`)].find((e) => !e.value.trim())
      : document.querySelector<HTMLElement>(`.panel [name="${CSS.escape(name)}"]`);
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
    } else if (tries > 0) setTimeout(() => focus(tries - 1), 50);
  };
  focus(20);
}

/** 复制全文: the title and numbered headings with the text, for WPS, Word or a chat window. */
async function copyEverything(ed: LexicalEditor | null, status: Status): Promise<void> {
  if (!ed) return;
  try {
    await copyAll(ed);
    status.info('已复制全文（含标题和序号），可粘贴到 WPS、Word 或聊天窗口');
  } catch {
    status.error(new Error('无法写入剪贴板：请在正文中按 Ctrl+A 全选后按 Ctrl+C 复制'));
  }
}

/** 导出 the document as .docx, with the characters its fonts cannot show said. */
function useExportDocx(current: () => DocModel, status: Status) {
  return useCallback(async () => {
    try {
      const out = await call('export.docx', { doc: current() });
      // A character the chosen fonts cannot show is said with the export, never left for the printout.
      if (await saveBytes(out.name, out, DOCX_TYPE)) status.info([`已导出：${out.name}`, ...out.warnings].join('。'));
    } catch (e) {
      status.error(e);
    }
  }, [current, status]);
}

/** 导出台账 as .csv or .docx: drafted from the material, its 【待补充】 gaps said before it is written (`ask`). */
function useExportLedger(input: Json | null, status: Status, ask: (doc: DocModel, write: () => Promise<void>) => Promise<void>) {
  return useCallback(
    async (format: 'csv' | 'docx') => {
      try {
        if (!input) throw new Error('此文稿没有材料，无法生成台账');
        const { doc } = await call('draft.generate', { input: clean(input) ?? {}, options: { template: 'ledger' } });
        await ask(doc, async () => {
          try {
            const out = format === 'csv' ? await call('export.csv', { doc }) : await call('export.docx', { doc });
            if (await saveBytes(out.name, out, format === 'csv' ? 'text/csv;charset=utf-8' : DOCX_TYPE)) status.info(`已导出台账：${out.name}`);
          } catch (e) {
            status.error(e);
          }
        });
      } catch (e) {
        status.error(e);
      }
    },
    [input, status, ask],
  );
}

/** The command a key press asks for: Ctrl+S, Ctrl+Shift+E, Ctrl+F, Ctrl+Shift+F, Ctrl+H. */
function shortcutName(e: KeyboardEvent): string | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey) return null;
  const k = e.key.toLowerCase();
  return k === 's' && !e.shiftKey ? 'save' : k === 'e' && e.shiftKey ? 'export-docx' : k === 'f' ? (e.shiftKey ? 'search' : 'find') : k === 'h' && !e.shiftKey ? 'replace' : null;
}

/** The editor's commands from the keyboard and from the desktop app's menu (wengao:menu). */
function useShortcuts(c: { save(): Promise<void>; exportDocx(): Promise<void>; exportLedger(format: 'csv'): Promise<void>; openFind(replace: boolean): void; openLibrary(): void }) {
  const { save, exportDocx, exportLedger, openFind, openLibrary } = c;
  useEffect(() => {
    const commands: Record<string, () => void> = {
      save: () => void save(),
      'export-docx': () => void exportDocx(),
      'export-csv': () => void exportLedger('csv'),
      find: () => openFind(false),
      replace: () => openFind(true),
      search: openLibrary,
    };
    const onKey = (e: KeyboardEvent) => {
      const name = shortcutName(e);
      if (!name) return;
      e.preventDefault();
      commands[name]!();
    };
    const onMenu = (e: Event) => commands[(e as CustomEvent<string>).detail]?.();
    window.addEventListener('keydown', onKey);
    window.addEventListener('wengao:menu', onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('wengao:menu', onMenu);
    };
  }, [save, exportDocx, exportLedger, openFind, openLibrary]);
}

/** A replacement shown for 采纳 / 放弃, with the text it would replace as it was when it was proposed. */
function useProposal(s: DocSession, status: Status) {
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [replacing, setReplacing] = useState(false);
  const { current } = s;

  /**
   * 采纳: the current text is kept as a version, then the new one is stored and shown (Ctrl+Z undoes
   * it). The text before is stored as any edit is (an autosave, or the version that holds it already):
   * a version's kind and label are fixed when it is saved, never renamed after the fact; the version
   * list says which version a replacement replaced, and the store keeps that version (an autosave
   * followed by a replacement is never pruned).
   */
  const follow = useUndoStatus(s.editor, current, status, s.labelNext);
  const accept = async () => {
    if (!proposal) return;
    setReplacing(true);
    try {
      const kept = await s.store('autosave');
      const before = current();
      const stored = await proposal.commit();
      follow(proposal.label, before);
      s.adopt(stored);
      setProposal(null);
      // A version that held the text already is named as it is, never as if it had just been written over.
      const where = kept.created ? `已保存为第 ${kept.version} 版` : `就是第 ${kept.version} 版（仍在版本列表中）`;
      status.info(`已采纳：${proposal.label}。替换前的原文${where}，按 Ctrl+Z 可撤销。`);
    } catch (e) {
      status.error(e);
    } finally {
      setReplacing(false);
    }
  };
  const proposalBase = useMemo(() => (proposal ? current() : null), [proposal, current]);
  return { proposal, setProposal, replacing, accept, proposalBase };
}

/** The page: the find bar, the paper (head, editor, foot, page ends, fact tips), the 批注 beside it, the status bar. */
function PaperColumn(p: {
  s: DocSession;
  doc: DocModel;
  id: number;
  status: Status;
  materialKind: MaterialKind;
  pageView: boolean;
  find: Find;
  onCloseFind(): void;
  onDrop(e: React.DragEvent): void;
}) {
  const { s, doc, id, status, materialKind, pageView, find } = p;
  const paperRef = useRef<HTMLElement>(null);
  const [commented, setCommented] = useState(false);
  const [pages, setPages] = useState<number | undefined>(undefined);
  return (
    <div className="paper-column" onDragOver={(e) => carriesFiles([...e.dataTransfer.types]) && e.preventDefault()} onDrop={p.onDrop}>
      {find && <FindBar key={find.query ? `on-${find.key}` : 'bar'} editor={s.editor()} replace={find.replace} focusKey={find.key} query={find.query} onClose={p.onCloseFind} onReplaced={(n) => status.info(n ? `已替换 ${n} 处` : '没有可替换的内容')} />}
      <div className={`${pageView ? 'paper-wrap page-view' : 'paper-wrap'}${commented ? ' with-comments' : ''}`}>
        <FactTips kind={materialKind}>
          <article ref={paperRef} className={`paper kind-${doc.kind}`}>
            {pageView && <PageMarks paper={paperRef} editor={s.editor} onPages={setPages} />}
            <DocHead doc={doc} onTitle={s.setTitle} onFillGap={s.fillHeadGap} />
            <DocEditor load={s.load!} onReady={s.onReady} onEdit={s.onEdit} />
            <DocFoot doc={doc} />
          </article>
        </FactTips>
        <CommentsMargin documentId={id} paper={paperRef} doc={doc} versionTick={s.versionTick} status={status} onShown={setCommented} />
      </div>
      <StatusBar doc={doc} saveState={s.saveState} pages={pageView ? pages : undefined} />
    </div>
  );
}

// 编辑: the draft in Lexical with its head, outline, toolbar and side panels. Opening shows the
// newest version (autosaves included), which is how a crash is recovered.
import type { LexicalEditor } from 'lexical';
import { $getSelection } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import type { DocModel, HeadingLevel } from '../../../core/doc/model.ts';
import { call } from '../api.ts';
import type { Status } from '../App.tsx';
import { DOCX_TYPE, saveBytes } from '../download.ts';
import { clean } from '../form/material.ts';
import type { Json } from '../form/material.ts';
import { $rootToDoc, $setBlockLevel } from '../editor/convert.ts';
import { DocEditor } from '../editor/DocEditor.tsx';
import { DocHead } from '../editor/DocHead.tsx';
import { Outline } from '../editor/Outline.tsx';
import { PageMarks } from '../editor/PageMarks.tsx';
import { Toolbar } from '../editor/Toolbar.tsx';
import { SidePanels } from '../panels/SidePanels.tsx';
import type { EditorCtx } from '../panels/context.ts';

const AUTOSAVE_MS = 3000;

type Opened = Output<'documents.open'>;

export function EditorScreen({ id, status }: { id: number; status: Status }) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [loaded, setLoaded] = useState<{ doc: DocModel; key: number } | null>(null);
  const [snapshot, setSnapshot] = useState<DocModel | null>(null);
  const [input, setInput] = useState<Json | null>(null);
  const [label, setLabel] = useState('');
  const [pageView, setPageView] = useState(true);
  const paperRef = useRef<HTMLElement>(null);
  const [saveState, setSaveState] = useState('');
  const [versionTick, setVersionTick] = useState(0);
  const [panel, setPanel] = useState('材料');
  const [searchFocus, setSearchFocus] = useState(0);
  const editorRef = useRef<LexicalEditor | null>(null);
  const baseRef = useRef<DocModel | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const snapTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const current = useCallback((): DocModel => {
    const editor = editorRef.current;
    const base = baseRef.current!;
    return editor ? editor.getEditorState().read(() => $rootToDoc(base)) : base;
  }, []);

  const load = useCallback((doc: DocModel) => {
    baseRef.current = doc;
    dirty.current = false;
    setLoaded((l) => ({ doc, key: (l?.key ?? 0) + 1 }));
    setSnapshot(doc);
    setVersionTick((t) => t + 1);
  }, []);

  useEffect(() => {
    call('documents.open', { documentId: id })
      .then((o) => {
        setOpened(o);
        setInput((o.input as Json) ?? null);
        load(o.doc);
      })
      .catch((e: unknown) => status.error(e));
  }, [id, load, status]);

  const save = useCallback(
    async (kind: 'saved' | 'autosave', text?: string) => {
      if (!baseRef.current) return;
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const doc = current();
      dirty.current = false;
      setSaveState('正在保存…');
      try {
        const res = await call('versions.save', { documentId: id, doc: doc, kind, ...(text ? { label: text } : {}) });
        baseRef.current = doc;
        setSaveState(kind === 'autosave' ? `已自动保存（第 ${res.version} 版）` : `已保存第 ${res.version} 版`);
        if (kind === 'saved') {
          status.info(res.created ? `已保存版本：第 ${res.version} 版` : '内容没有变化，未新建版本');
          setLabel('');
        }
        setVersionTick((t) => t + 1);
      } catch (e) {
        dirty.current = true;
        setSaveState('保存失败');
        status.error(e);
      }
    },
    [current, id, status],
  );

  const flush = useCallback(async () => {
    if (dirty.current) await save('autosave');
  }, [save]);

  const onEdit = useCallback(() => {
    dirty.current = true;
    setSaveState('未保存');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save('autosave'), AUTOSAVE_MS);
    if (snapTimer.current) clearTimeout(snapTimer.current);
    snapTimer.current = setTimeout(() => setSnapshot(current()), 150);
  }, [current, save]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (snapTimer.current) clearTimeout(snapTimer.current);
    },
    [],
  );

  const exportDocx = useCallback(async () => {
    try {
      const out = await call('export.docx', { doc: current() });
      if (await saveBytes(out.name, out, DOCX_TYPE)) status.info(`已导出：${out.name}`);
    } catch (e) {
      status.error(e);
    }
  }, [current, status]);

  const exportLedger = async (format: 'csv' | 'docx') => {
    try {
      if (!input) throw new Error('此文稿没有材料，无法生成台账');
      const { doc } = await call('draft.generate', { input: clean(input) ?? {}, options: { template: 'ledger' } });
      if (format === 'csv') {
        const out = await call('export.csv', { doc });
        if (await saveBytes(out.name, out, 'text/csv;charset=utf-8')) status.info(`已导出台账：${out.name}`);
      } else {
        const out = await call('export.docx', { doc });
        if (await saveBytes(out.name, out, DOCX_TYPE)) status.info(`已导出台账：${out.name}`);
      }
    } catch (e) {
      status.error(e);
    }
  };

  const exportLedgerRef = useRef(exportLedger);
  exportLedgerRef.current = exportLedger;

  const setLevel = (level: HeadingLevel | 0) => {
    editorRef.current?.update(() => {
      const sel = $getSelection();
      const node = sel?.getNodes()[0] ?? null;
      $setBlockLevel(node, level);
    });
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === 's' && !e.shiftKey) {
        e.preventDefault();
        void save('saved', label.trim() || undefined);
      } else if (k === 'e' && e.shiftKey) {
        e.preventDefault();
        void exportDocx();
      } else if (k === 'f' && !e.shiftKey) {
        e.preventDefault();
        setPanel('范文库');
        setSearchFocus((n) => n + 1);
      }
    };
    const onMenu = (e: Event) => {
      const action = (e as CustomEvent<string>).detail;
      if (action === 'save') void save('saved', label.trim() || undefined);
      else if (action === 'export-docx') void exportDocx();
      else if (action === 'export-csv') void exportLedgerRef.current('csv');
      else if (action === 'search') {
        setPanel('范文库');
        setSearchFocus((n) => n + 1);
      }
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('wengao:menu', onMenu);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('wengao:menu', onMenu);
    };
  }, [save, exportDocx, label]);

  /** A corrected title: plain text from now on (a typed title has no source field to trace). */
  const onTitle = useCallback(
    (text: string) => {
      if (!baseRef.current) return;
      baseRef.current = { ...baseRef.current, title: [{ text }] };
      onEdit();
    },
    [onEdit],
  );

  const onReady = useCallback((editor: LexicalEditor) => {
    editorRef.current = editor;
  }, []);

  const ctx: EditorCtx = useMemo(
    () => ({ documentId: id, status, current, flush, load, editor: () => editorRef.current, input, setInput, versionTick }),
    [id, status, current, flush, load, input, versionTick],
  );

  if (!opened || !loaded || !snapshot) return <p className="empty">正在打开…</p>;
  const material = input as { options?: { durationMinutes?: number } } | null;
  return (
    <section className="editor-screen">
      <Toolbar
        label={label}
        onLabel={setLabel}
        onSave={() => void save('saved', label.trim() || undefined)}
        onExportDocx={() => void exportDocx()}
        onExportLedger={(f) => void exportLedger(f)}
        onLevel={setLevel}
        pageView={pageView}
        onPageView={setPageView}
        saveState={saveState}
      />
      <div className="editor-body">
        <Outline doc={snapshot} />
        <div className={pageView ? 'paper-wrap page-view' : 'paper-wrap'}>
          <article ref={paperRef} className={`paper kind-${snapshot.kind}`}>
            {pageView && <PageMarks paper={paperRef} />}
            <DocHead doc={snapshot} onTitle={onTitle} />
            <DocEditor doc={loaded.doc} loadKey={loaded.key} onReady={onReady} onEdit={onEdit} />
          </article>
        </div>
        <SidePanels ctx={ctx} panel={panel} onPanel={setPanel} doc={snapshot} targetMinutes={material?.options?.durationMinutes} generated={loaded.doc.length} searchFocus={searchFocus} />
      </div>
    </section>
  );
}

// One open document: what the editor shows, saving (autosave 3 s after the last edit; 保存版本 with
// a label; at once when the user leaves the document, leave-guard.ts), and the replacements the user
// accepted. Opening shows the newest version, autosaves included, which is how a crash is recovered;
// a rescue copy left by a page that went away before its save arrived is stored first (rescue.ts). The head (title …) lives in the editor state
// (convert.ts), so the document is always read from the editor.
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Output } from '../../../core/api.ts';
import type { DocModel } from '../../../core/doc/model.ts';
import { call, callAsPageLeaves } from '../api.ts';
import type { Status } from '../status.ts';
import type { Json } from '../form/material.ts';
import { $getHead, $readDoc, $setHead, headOf, type DocHeadFields } from './convert.ts';
import { fillGap } from '../../../core/doc/fill-gap.ts';
import type { Load } from './DocEditor.tsx';
import type { Stored } from '../panels/context.ts';
import { registerPending } from './leave-guard.ts';
import { dropRescue, takeRescue } from './rescue.ts';

const AUTOSAVE_MS = 3000;
type Opened = Output<'documents.open'>;

/** The head lines a gap may stand in, filled in place. */
export type HeadLine = 'speakerLine' | 'dateLine' | 'subtitle';

export interface Saved {
  version: number;
  created: boolean;
}

export function useDocSession(id: number, status: Status) {
  const [opened, setOpened] = useState<Opened | null>(null);
  const [load, setLoad] = useState<Load | null>(null);
  const [snapshot, setSnapshot] = useState<DocModel | null>(null);
  const [input, setInput] = useState<Json | null>(null);
  const [versionTick, setVersionTick] = useState(0);
  const bump = useCallback(() => setVersionTick((t) => t + 1), []);
  const { fallback, current, setTitle, fillHeadGap, onReady, editor } = useEditorDoc();
  const { saveState, dirty, store, saveNamed, flush, onEdit, base, inFlight, storedAs, labelNext } = useSaving(id, status, current, bump, setSnapshot);

  const show = useCallback(
    (doc: DocModel, undoable: boolean) => {
      fallback.current = doc;
      dirty.current = false;
      setLoad((l) => ({ doc, key: (l?.key ?? 0) + 1, undoable }));
      setSnapshot(doc);
      bump();
    },
    [fallback, dirty, bump],
  );

  /** A replacement the server stored as a version (采纳): shown (Ctrl+Z undoes it), and the status bar names its version. */
  const adopt = useCallback(
    (stored: Stored) => {
      show(stored.doc, true);
      storedAs(stored.version);
    },
    [show, storedAs],
  );

  useEffect(() => {
    openWithRescue(id, status)
      .then((o) => {
        base.current = o.version;
        setOpened(o);
        setInput((o.input as Json) ?? null);
        show(o.doc, false);
      })
      .catch((e: unknown) => status.error(e));
  }, [id, show, status, base]);

  // Every way out of the document saves its pending edits first (leave-guard.ts).
  useEffect(
    () =>
      registerPending({
        documentId: id,
        base: () => base.current,
        unsaved: () => dirty.current || inFlight.current > 0,
        current,
        flush,
        send: (doc) => callAsPageLeaves('versions.save', { documentId: id, doc, kind: 'autosave' }),
        failed: (e) => status.error(new Error(`修改未能保存，请稍后再试，文字仍在编辑区中（${e instanceof Error ? e.message : String(e)}）`)),
      }),
    [id, base, dirty, inFlight, current, flush, status],
  );

  return useMemo(
    () => ({ opened, load, snapshot, input, setInput, saveState, versionTick, current, show, adopt, store, saveNamed, flush, onEdit, setTitle, fillHeadGap, onReady, editor, labelNext }),
    [opened, load, snapshot, input, saveState, versionTick, current, show, adopt, store, saveNamed, flush, onEdit, setTitle, fillHeadGap, onReady, editor, labelNext],
  );
}

export type DocSession = ReturnType<typeof useDocSession>;

/** Opens the document; a rescue copy its last page left (a save that may not have arrived) is stored first. */
async function openWithRescue(id: number, status: Status): Promise<Opened> {
  const opened = await call('documents.open', { documentId: id });
  const rescued = takeRescue(id, opened.version);
  if (!rescued) return opened;
  const res = await call('versions.save', { documentId: id, doc: rescued, kind: 'autosave' });
  if (!res.created) return opened;
  status.info(`已找回上次离开前未保存的修改（第 ${res.version} 版）`);
  return { ...opened, doc: rescued, version: res.version };
}

/** The editor and the document in it: read from it (before it is ready, the document last shown), its title set in it. */
function useEditorDoc() {
  const editorRef = useRef<LexicalEditor | null>(null);
  const fallback = useRef<DocModel | null>(null);

  /** The document as it is in the editor now. */
  const current = useCallback((): DocModel => {
    const editor = editorRef.current;
    const base = fallback.current!;
    return editor ? editor.getEditorState().read(() => $readDoc(headOf(base)).doc) : base;
  }, []);

  /** A corrected title: plain text from now on (a typed title has no source field to trace). */
  const setTitle = useCallback((text: string) => {
    editorRef.current?.update(() => {
      const head = $getHead();
      if (head) $setHead({ ...head, title: [{ text }] });
    });
  }, []);

  /** A 【待补充：…】 gap of a head line (the speaker line) filled with what she typed there. */
  const fillHeadGap = useCallback((field: HeadLine, gap: string, value: string) => {
    editorRef.current?.update(() => {
      const head = $getHead();
      const runs = head?.[field];
      if (!head || !runs) return;
      const next: DocHeadFields = { ...head };
      next[field] = fillGap(runs, gap, value);
      $setHead(next);
    });
  }, []);

  const onReady = useCallback((editor: LexicalEditor) => {
    editorRef.current = editor;
  }, []);

  const editor = useCallback(() => editorRef.current, []);
  return { fallback, current, setTitle, fillHeadGap, onReady, editor };
}

/** Saving: an autosave 3 s after the last edit, a named version on 保存版本, and what the status line says of it. */
function useSaving(id: number, status: Status, current: () => DocModel, onSaved: () => void, onSnapshot: (doc: DocModel) => void) {
  const [saveState, setSaveState] = useState('');
  const dirty = useRef(false);
  /** The version the editor's text was last opened or saved as; saves under way. */
  const base = useRef(0);
  const inFlight = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const snapTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** What the next autosave is labelled (「撤销『换一种说法：全文』」: the text an undo made), once. */
  const nextLabel = useRef<string | undefined>(undefined);

  /** Stores the editor's text as a version; throws (after saying so) when it cannot. */
  const store = useCallback(
    async (kind: 'saved' | 'autosave', named?: string): Promise<Saved> => {
      if (timer.current) clearTimeout(timer.current);
      timer.current = null;
      const doc = current();
      dirty.current = false;
      setSaveState('正在保存…');
      inFlight.current++;
      const label = named ?? (kind === 'autosave' ? nextLabel.current : undefined);
      try {
        const res = await call('versions.save', { documentId: id, doc: doc, kind, ...(label ? { label } : {}) });
        if (label === nextLabel.current) nextLabel.current = undefined;
        base.current = res.version;
        if (!dirty.current) dropRescue(id);
        setSaveState(kind === 'autosave' ? `已自动保存（第 ${res.version} 版）` : `已保存第 ${res.version} 版`);
        onSaved();
        return res;
      } catch (e) {
        dirty.current = true;
        setSaveState('保存失败');
        throw e;
      } finally {
        inFlight.current--;
      }
    },
    [current, id, onSaved],
  );

  /** 保存版本: always leaves a named version (an autosave of the same text becomes it). */
  const saveNamed = useCallback(
    async (label: string | undefined): Promise<boolean> => {
      try {
        const res = await store('saved', label);
        status.info(`已保存版本：第 ${res.version} 版${label ? `「${label}」` : ''}`);
        return true;
      } catch (e) {
        status.error(e);
        return false;
      }
    },
    [status, store],
  );

  /** A version the server stored from elsewhere (a replacement accepted) now holds the editor's text. */
  const storedAs = useCallback((version: number) => {
    base.current = version;
    setSaveState(`已保存第 ${version} 版`);
  }, []);

  const autosave = useCallback(() => store('autosave').catch((e: unknown) => status.error(e)), [status, store]);

  const flush = useCallback(async () => {
    if (dirty.current) await store('autosave');
  }, [store]);

  const onEdit = useCallback(() => {
    dirty.current = true;
    setSaveState('未保存');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void autosave(), AUTOSAVE_MS);
    if (snapTimer.current) clearTimeout(snapTimer.current);
    snapTimer.current = setTimeout(() => onSnapshot(current()), 150);
  }, [autosave, current, onSnapshot]);

  useSaveOnClose(store, dirty, timer, snapTimer);
  const labelNext = useCallback((label: string) => void (nextLabel.current = label), []);
  return { saveState, dirty, store, saveNamed, flush, onEdit, base, inFlight, storedAs, labelNext };
}

type Timer = RefObject<ReturnType<typeof setTimeout> | null>;

/** Closed with edits pending (a way out that did not wait for them): they are saved now. */
function useSaveOnClose(store: (kind: 'autosave') => Promise<Saved>, dirty: RefObject<boolean>, timer: Timer, snapTimer: Timer) {
  const latest = useRef(store);
  latest.current = store;
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      if (snapTimer.current) clearTimeout(snapTimer.current);
      if (dirty.current) void latest.current('autosave').catch(() => undefined);
    },
    [dirty, timer, snapTimer],
  );
}

// 校对's checking: the editor's text (and the head lines above it) proofread on the machine, 600 ms
// after typing stops or at once on 「校对」; only the latest answer is shown. The underlines are
// repainted on every edit, so a stale one vanishes at once.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { DocModel } from '../../../core/doc/model.ts';
import { materialFacts, materialNames } from '../../../core/proof/material-names.ts';
import { call, errorText } from '../api.ts';
import { $proofParagraphs, type ProofParagraphs } from '../editor/proof-spans.ts';
import type { EditorCtx } from './context.ts';
import { clearHighlights, headLines, loadIgnored, paintFindings, saveIgnored, type Checked } from './proof-findings.ts';

/** How long after the last keystroke the text is proofread again. */
export const PROOF_DELAY_MS = 600;

/** The body's paragraphs and the head lines proofread; the material's names (speaker, attendees, units …) and `ignore` are never flagged, its other facts never guessed at. */
async function proofread(paras: ProofParagraphs, doc: DocModel, ignore: string[]): Promise<{ body: Checked; head: Checked }> {
  const lines = headLines(doc);
  const context = { names: materialNames(doc), facts: materialFacts(doc), ignore };
  const [body, top] = await Promise.all([
    call('proof.check', { paragraphs: paras.texts, headings: paras.headings, ...context }),
    call('proof.check', { paragraphs: lines, headings: lines.map(() => true), ...context }),
  ]);
  return { body: { texts: paras.texts, findings: body.findings }, head: { texts: lines, findings: top.findings } };
}

/** This document's 忽略 choices: read from storage when a check first needs them, written at each new one. */
export interface DocIgnored {
  words(): string[];
  add(word: string): void;
}

function useDocIgnored(ctxRef: RefObject<EditorCtx>): DocIgnored {
  const words = useRef<string[]>([]);
  const loadedFor = useRef<number | null>(null);
  return useMemo(
    () => ({
      words() {
        if (loadedFor.current !== ctxRef.current.documentId) {
          loadedFor.current = ctxRef.current.documentId;
          words.current = loadIgnored(ctxRef.current.documentId);
        }
        return words.current;
      },
      add(word) {
        if (!word || words.current.includes(word)) return;
        words.current = [...words.current, word];
        saveIgnored(ctxRef.current.documentId, words.current);
      },
    }),
    [ctxRef],
  );
}

export function useProofCheck(ctx: EditorCtx, title: string | undefined) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [head, setHead] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [auto, setAuto] = useState(true);
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());

  const checkedRef = useRef<Checked | null>(null);
  const ignoredRef = useRef(ignored);
  ignoredRef.current = ignored;
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const docIgnored = useDocIgnored(ctxRef);

  const paint = useCallback(() => paintFindings(ctxRef.current.editor(), checkedRef.current, ignoredRef.current), []);

  const show = useCallback(
    (c: Checked | null) => {
      checkedRef.current = c;
      setChecked(c);
      paint();
    },
    [paint],
  );

  const check = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const ed = ctxRef.current.editor();
    if (!ed) return;
    const paras = ed.getEditorState().read($proofParagraphs);
    const n = ++seq.current;
    setBusy(true);
    try {
      const found = await proofread(paras, ctxRef.current.current(), docIgnored.words());
      if (n !== seq.current) return;
      setProblem(null);
      setHead(found.head);
      show(found.body);
    } catch (e) {
      // Shown in the panel, not the status line: a background check must not interrupt the writer.
      if (n === seq.current) setProblem(errorText(e));
    } finally {
      if (n === seq.current) setBusy(false);
    }
  }, [show, docIgnored]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void check(), PROOF_DELAY_MS);
  }, [check]);

  useFollowEditor(ctx, auto, title, { paint, schedule, check });

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      seq.current++;
      clearHighlights();
    },
    [],
  );

  useEffect(() => paint(), [ignored, paint]);

  return { checked, head, busy, problem, auto, setAuto, ignored, setIgnored, checkedRef, docIgnored, show, check };
}

/**
 * Follow the editor: repaint at once on every change (stale underlines vanish), check again after a
 * pause; check a new document (or a new load) at once, and a title corrected outside the editor too.
 */
function useFollowEditor(ctx: EditorCtx, auto: boolean, title: string | undefined, run: { paint(): void; schedule(): void; check(): Promise<void> }) {
  const [, setEditorReady] = useState(0);
  const autoRef = useRef(auto);
  autoRef.current = auto;
  const { paint, schedule, check } = run;

  useEffect(() => {
    const ed = ctx.editor();
    if (!ed) {
      const t = setTimeout(() => setEditorReady((x) => x + 1), 100);
      return () => clearTimeout(t);
    }
    const off = ed.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      paint();
      if (autoRef.current) schedule();
    });
    if (autoRef.current) void check();
    return () => {
      off();
    };
    // A new editor (another document) or a new load: versionTick.
  }, [ctx.documentId, ctx.versionTick, paint, schedule, check]);

  // The title is edited outside the editor: a corrected title is checked again at once.
  const firstTitle = useRef(true);
  useEffect(() => {
    if (firstTitle.current) {
      firstTitle.current = false;
      return;
    }
    if (autoRef.current) void check();
  }, [title, check]);
}

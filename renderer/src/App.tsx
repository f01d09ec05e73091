// The screens and the status line: 文稿, 新建, 范文库 and 词库 from the top bar, the editor from a
// document. Ctrl+N opens 新建 from anywhere, Ctrl+Shift+F the 范文库 (in the editor: its panel).
// When browser mode refuses the page (a tab opened without the address printed at start), the
// page says how to open the app instead of showing an empty list.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { bridge, DENIED_EVENT, errorText } from './api.ts';
import type { Status } from './status.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import { Denied } from './screens/Denied.tsx';
import { Documents } from './screens/Documents.tsx';
import { saveBeforeLeaving } from './editor/leave-guard.ts';

// Only the 文稿 list is in the first script (React and the list: ~225 KB). The other screens are
// chunks: the editor (Lexical and the panels), and 新建, 范文库 and 词库, which check material with
// the input schema and so bring zod (~450 KB) along. Parsing them all before the list was shown
// cost start-to-interactive most of its time on a busy machine. They are fetched as soon as the
// list is on screen, so choosing one does not wait.
const loadEditor = () => import('./screens/EditorScreen.tsx');
const loadNewDraft = () => import('./screens/NewDraft.tsx');
const loadLibrary = () => import('./panels/LibraryPanel.tsx');
const loadLexicon = () => import('./panels/LexiconTab.tsx');
const EditorScreen = lazy(() => loadEditor().then((m) => ({ default: m.EditorScreen })));
const NewDraft = lazy(() => loadNewDraft().then((m) => ({ default: m.NewDraft })));
const LibraryPanel = lazy(() => loadLibrary().then((m) => ({ default: m.LibraryPanel })));
const LexiconTab = lazy(() => loadLexicon().then((m) => ({ default: m.LexiconTab })));

let preloaded = false;

/** Fetches the other screens once the browser has a moment after the list is first drawn. */
function preloadScreens(): void {
  if (preloaded) return;
  preloaded = true;
  const later = (fn: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(fn, { timeout: 1000 }) : setTimeout(fn, 50));
  later(() => {
    for (const load of [loadNewDraft, loadEditor, loadLibrary, loadLexicon]) void load().catch(() => undefined);
  });
}

type Screen = { name: 'docs' } | { name: 'new' } | { name: 'edit'; id: number } | { name: 'library' } | { name: 'lexicon' };
const TABS: [Screen['name'], string][] = [
  ['docs', '文稿'],
  ['new', '新建'],
  ['library', '范文库'],
  ['lexicon', '词库'],
];

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'docs' });
  const { message, setMessage, status } = useStatusLine();
  const denied = useDenied();
  const [libraryFocus, setLibraryFocus] = useState(0);
  const [visit, setVisit] = useState(0);
  // Leaving the editor waits for its pending edits to be saved; when they cannot be, it stays (and says so).
  const go = (next: Screen) => {
    void saveBeforeLeaving().then((saved) => {
      if (!saved) return;
      setMessage(null);
      setScreen(next);
      setVisit((n) => n + 1);
    });
  };
  const goQuietly = useCallback((next: Screen) => void saveBeforeLeaving().then((saved) => saved && setScreen(next)), []);
  useAppShortcuts(screen.name === 'edit', goQuietly, () => setLibraryFocus((n) => n + 1));

  if (denied !== null) return <Denied />;
  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">文稿台</span>
        <nav>
          {TABS.map(([name, label]) => (
            <button key={name} className={screen.name === name ? 'tab on' : 'tab'} onClick={() => go({ name } as Screen)}>
              {label}
            </button>
          ))}
        </nav>
        {message && (
          <div className={message.error ? 'status error' : 'status'} role={message.error ? 'alert' : 'status'} onClick={() => setMessage(null)} title={message.text}>
            {message.text}
          </div>
        )}
      </header>
      <main className="screen">
        {/* Choosing a screen from the top bar (the same one too) leaves a failed one behind. */}
        <ErrorBoundary screen resetKey={`${screen.name}-${screen.name === 'edit' ? screen.id : ''}-${visit}`}>
          {/* One boundary per screen: a screen still loading never keeps the previous one (hidden) in the page. */}
          <Suspense key={screen.name} fallback={<p className="empty">正在打开…</p>}>
            {screen.name === 'docs' && <Documents status={status} onNew={() => go({ name: 'new' })} onOpen={(id) => go({ name: 'edit', id })} onShown={preloadScreens} />}
            {screen.name === 'new' && <NewDraft status={status} onCreated={(id) => setScreen({ name: 'edit', id })} />}
            {screen.name === 'library' && (
              <section className="page">
                <h2>范文库</h2>
                <LibraryPanel status={status} focusKey={libraryFocus} />
              </section>
            )}
            {screen.name === 'lexicon' && (
              <section className="page">
                <h2>用户词库</h2>
                <p className="hint">校对时使用的本单位词库：「纠错」把错误写法标出并建议正确写法，「忽略」的词语不再提示。</p>
                <LexiconTab status={status} reloadKey={0} onChanged={() => {}} />
              </section>
            )}
            {screen.name === 'edit' && <EditorScreen key={screen.id} id={screen.id} status={status} />}
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}

/** The status line: an information line fades after a while; an error stays until clicked or the screen changes. */
function useStatusLine() {
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(() => {
    if (!message || message.error) return;
    const t = setTimeout(() => setMessage(null), 8000);
    return () => clearTimeout(t);
  }, [message]);
  const status = useMemo<Status>(
    () => ({ info: (text) => setMessage({ text, error: false }), error: (e) => setMessage({ text: errorText(e), error: true }) }),
    [],
  );
  return { message, setMessage, status };
}

/** Set when browser mode refuses the page (no session): the page then says how to open the app. */
function useDenied(): string | null {
  const [denied, setDenied] = useState<string | null>(null);
  useEffect(() => {
    const onDenied = (e: Event) => setDenied((e as CustomEvent<string>).detail);
    window.addEventListener(DENIED_EVENT, onDenied);
    return () => {
      window.removeEventListener(DENIED_EVENT, onDenied);
    };
  }, []);
  return denied;
}

/**
 * Ctrl+N and the menu's 新建/打开 open 新建; Ctrl+Shift+F and the menu's 搜索 open the 范文库 (in the
 * editor, its own panel does); the menu's other commands go on to the editor (wengao:menu).
 */
function useAppShortcuts(inEditor: boolean, setScreen: (screen: Screen) => void, focusLibrary: () => void) {
  const focus = useRef(focusLibrary);
  focus.current = focusLibrary;
  useEffect(() => {
    const openLibrary = () => {
      setScreen({ name: 'library' });
      focus.current();
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (!e.shiftKey && k === 'n') {
        e.preventDefault();
        setScreen({ name: 'new' });
      } else if (e.shiftKey && k === 'f' && !inEditor) {
        e.preventDefault();
        openLibrary();
      }
    };
    window.addEventListener('keydown', onKey);
    const off = bridge()?.onMenu?.((action) => {
      if (action === 'new' || action === 'open') setScreen({ name: 'new' });
      else if (action === 'search' && !inEditor) openLibrary();
      else window.dispatchEvent(new CustomEvent('wengao:menu', { detail: action }));
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      if (typeof off === 'function') off();
    };
  }, [inEditor, setScreen]);
}

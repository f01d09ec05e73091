// The three screens and the status line. Ctrl+N opens 新建 from anywhere.
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { bridge, errorText } from './api.ts';
import { Documents } from './screens/Documents.tsx';
import { NewDraft } from './screens/NewDraft.tsx';

// The editor (Lexical and the panels) is its own chunk: the 文稿 list is interactive without it,
// and it is fetched while the user looks at the list, so opening a document does not wait.
const loadEditor = () => import('./screens/EditorScreen.tsx');
const EditorScreen = lazy(() => loadEditor().then((m) => ({ default: m.EditorScreen })));

type Screen = { name: 'docs' } | { name: 'new' } | { name: 'edit'; id: number };

export interface Status {
  info(text: string): void;
  error(e: unknown): void;
}

export function App() {
  const [screen, setScreen] = useState<Screen>({ name: 'docs' });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  // An information line fades after a while; an error stays until clicked or the screen changes.
  useEffect(() => {
    if (!message || message.error) return;
    const t = setTimeout(() => setMessage(null), 8000);
    return () => clearTimeout(t);
  }, [message]);
  const go = (next: Screen) => {
    setMessage(null);
    setScreen(next);
  };
  const status = useMemo<Status>(
    () => ({ info: (text) => setMessage({ text, error: false }), error: (e) => setMessage({ text: errorText(e), error: true }) }),
    [],
  );

  useEffect(() => {
    const t = setTimeout(() => void loadEditor(), 300);
    return () => clearTimeout(t);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        setScreen({ name: 'new' });
      }
    };
    window.addEventListener('keydown', onKey);
    const off = bridge()?.onMenu?.((action) => {
      if (action === 'new' || action === 'open') setScreen({ name: 'new' });
      else window.dispatchEvent(new CustomEvent('wengao:menu', { detail: action }));
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      if (typeof off === 'function') off();
    };
  }, []);

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">文稿台</span>
        <nav>
          <button className={screen.name === 'docs' ? 'tab on' : 'tab'} onClick={() => go({ name: 'docs' })}>
            文稿
          </button>
          <button className={screen.name === 'new' ? 'tab on' : 'tab'} onClick={() => go({ name: 'new' })}>
            新建
          </button>
        </nav>
        {message && (
          <div className={message.error ? 'status error' : 'status'} role={message.error ? 'alert' : 'status'} onClick={() => setMessage(null)}>
            {message.text}
          </div>
        )}
      </header>
      <main className="screen">
        {screen.name === 'docs' && <Documents status={status} onNew={() => go({ name: 'new' })} onOpen={(id) => go({ name: 'edit', id })} />}
        {screen.name === 'new' && <NewDraft status={status} onCreated={(id) => setScreen({ name: 'edit', id })} />}
        {screen.name === 'edit' && (
          <Suspense fallback={<p className="empty">正在打开…</p>}>
            <EditorScreen key={screen.id} id={screen.id} status={status} />
          </Suspense>
        )}
      </main>
    </div>
  );
}

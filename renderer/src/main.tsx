import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { callEarly, readToken, startSession } from './api.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import './styles.css';

readToken();
void startSession();
// The 文稿 list is the first screen: its call goes out before React has drawn anything.
callEarly('documents.list', { includeDeleted: false });
const root = document.getElementById('root');
if (root) createRoot(root).render(
    <ErrorBoundary>
      <App />
    </ErrorBoundary>,
  );

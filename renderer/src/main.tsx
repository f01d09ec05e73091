import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { readToken, startSession } from './api.ts';
import { ErrorBoundary } from './ErrorBoundary.tsx';
import './styles.css';

readToken();
void startSession();
const root = document.getElementById('root');
if (root) createRoot(root).render(
    <ErrorBoundary>
      <App />
    </ErrorBoundary>,
  );

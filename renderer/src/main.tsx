import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { readToken } from './api.ts';
import './styles.css';

readToken();
const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);

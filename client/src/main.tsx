// First, before any schema is built: the page's Content-Security-Policy forbids eval.
import '@washup/shared/schemasWithoutEval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/index.css';
import './people/people.css';
import './voting/voting.css';
import './board/board.css';
import './setup/setup.css';
import './session/session.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// The service worker keeps the app on the device for reloads without a network; not in `pnpm dev`,
// where Vite serves modules that change with every edit. Registered once the page has loaded, so
// the worker's downloads (every view's code) do not compete with a first visit's own on slow wifi.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  const register = () => navigator.serviceWorker.register('/sw.js').catch((error: unknown) => console.warn('offline support unavailable', error));
  window.addEventListener('load', register, { once: true });
}

import type { BoardConnection } from './BoardConnection';

declare global {
  interface Window {
    /** Set only when localStorage `washup:debug` is `1`: the open board's connection, for the console and end-to-end tests. */
    washupDebug?: { connection: BoardConnection };
  }
}

function debugEnabled(): boolean {
  try {
    return window.localStorage.getItem('washup:debug') === '1';
  } catch {
    return false;
  }
}

/** Puts the connection on `window.washupDebug` when debugging is switched on; returns the undo. */
export function exposeForDebugging(connection: BoardConnection): () => void {
  if (!debugEnabled()) return () => undefined;
  window.washupDebug = { connection };
  return () => {
    if (window.washupDebug?.connection === connection) delete window.washupDebug;
  };
}

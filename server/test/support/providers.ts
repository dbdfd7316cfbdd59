import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** The stock y-websocket provider in Node, exactly as a third-party client would use it. */
export function connectProvider(wsUrl: string, docName: string, token: string, doc = new Y.Doc()): WebsocketProvider {
  const provider = new WebsocketProvider(wsUrl, docName, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return provider;
}

export function waitFor(condition: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const check = () => {
      if (condition()) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(check, 10);
    };
    check();
  });
}

export function whenSynced(provider: WebsocketProvider, timeoutMs = 5000): Promise<void> {
  return waitFor(() => provider.synced, timeoutMs, 'provider sync');
}

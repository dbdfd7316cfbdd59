import type { Page } from '@playwright/test';

/**
 * Everything a page receives over its WebSockets from now on, every frame of every socket, as raw
 * bytes: Yjs writes strings as UTF-8, so text that reached the device is found in them as is.
 */
export function recordReceivedFrames(page: Page): Buffer[] {
  const frames: Buffer[] = [];
  page.on('websocket', (socket) => {
    socket.on('framereceived', ({ payload }) => frames.push(typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload));
  });
  return frames;
}

/** Whether any of these frames holds `text`. */
export function framesHold(frames: readonly Buffer[], text: string): boolean {
  const needle = Buffer.from(text, 'utf8');
  return frames.some((frame) => frame.includes(needle));
}

/**
 * Every value in every IndexedDB database of the page's origin, as one string: byte arrays (the
 * Yjs updates y-indexeddb keeps) decoded as UTF-8, other values as JSON. What a device has cached.
 */
export function indexedDbContents(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const opening = indexedDB.open(info.name);
      const db = await request(opening);
      for (const storeName of Array.from(db.objectStoreNames)) {
        const values = await request(db.transaction(storeName, 'readonly').objectStore(storeName).getAll());
        for (const value of values) {
          parts.push(value instanceof Uint8Array ? new TextDecoder('utf-8', { fatal: false }).decode(value) : JSON.stringify(value));
        }
      }
      db.close();
      parts.push(`[database ${info.name}]`);
    }
    return parts.join('\n');
  });
}

import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../client/dist');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

/**
 * Stands in for the relay while it is down: the built app still loads (as from a browser cache),
 * but the API answers 503 and sync sockets are dropped. Listens on the relay's own port, so the
 * page keeps its origin and with it this device's IndexedDB and localStorage.
 */
export async function startAppOnlyServer(port: number): Promise<{ close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (pathname.startsWith('/api/') || pathname.startsWith('/sync/') || pathname === '/healthz') {
      response.writeHead(503, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'unavailable', message: 'the relay is down' } }));
      return;
    }
    const file = path.join(dist, path.normalize(decodeURIComponent(pathname)));
    const found = file.startsWith(dist + path.sep) && existsSync(file) && statSync(file).isFile();
    const served = found ? file : path.join(dist, 'index.html');
    response.writeHead(200, { 'content-type': types[path.extname(served)] ?? 'application/octet-stream' });
    response.end(readFileSync(served));
  });
  server.on('upgrade', (_request, socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import WebSocket from 'ws';

export interface UpgradeRefusal {
  status: number;
  body: string;
}

/**
 * Tries a sync socket and reports the HTTP answer that refused it before the upgrade, or null when
 * the socket opened (it is closed again at once).
 */
export function upgradeRefusal(url: string, token: string): Promise<UpgradeRefusal | null> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${url}?token=${encodeURIComponent(token)}`);
    socket.once('open', () => {
      socket.close();
      resolve(null);
    });
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    socket.once('error', reject);
  });
}

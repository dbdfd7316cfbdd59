import type { FastifyInstance } from 'fastify';
import type { CanvasConfig } from '@washup/shared/canvas';

/**
 * `GET /api/canvas/config`: the tldraw licence key from `TLDRAW_LICENSE_KEY` (null without one).
 * A licence key is public by design (tldraw checks it in the browser against the page's domain),
 * so it needs no token; the canvas asks for it when it opens.
 */
export async function canvasConfigRoute(app: FastifyInstance, options: { licenseKey: string | undefined }): Promise<void> {
  const config: CanvasConfig = { licenseKey: options.licenseKey ?? null };
  app.get('/api/canvas/config', async () => config);
}

import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * What the app may load, stated source by source. Everything comes from the relay itself: the
 * scripts, the service worker (`/sw.js`), the API, and the sync sockets (CSP 3 lets 'self' match
 * ws:/wss: on the same host and port), and the pictures of a board's canvas, which the relay
 * stores and serves under `/api/boards/:id/assets/` ('self' in img-src). Two allowances are deliberate, for the tldraw canvas: images
 * from data: and blob: URLs (pasted pictures and shape previews are made in the page) and inline
 * styles (tldraw, like the drag-and-drop library, positions shapes with style attributes and
 * injects its theme). Inline scripts stay forbidden, which is what matters against injected markup.
 */
const contentSecurityPolicy = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  // Nobody frames the board: it would let another site overlay it and harvest clicks.
  'frame-ancestors': ["'none'"],
};

/**
 * Security headers on every response. Referrer-Policy is no-referrer because tokens travel in URLs
 * (`?token=` on sync sockets, `#invite=` in links) and must not leak to other sites. No
 * upgrade-insecure-requests and no HSTS: the relay is often served over plain HTTP on a school's
 * own network, and whether HTTPS is in front of it is the TLS terminator's to declare.
 */
export async function installSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
    strictTransportSecurity: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
}

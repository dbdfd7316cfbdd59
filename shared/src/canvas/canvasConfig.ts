import { z } from 'zod';

/** tldraw's licence keys start with this, then the signed licence. */
export const tldrawLicenseKeySchema = z
  .string()
  .max(4096, 'TLDRAW_LICENSE_KEY is longer than any tldraw licence key')
  .regex(/^tldraw-[A-Za-z0-9+/=._-]+$/, 'TLDRAW_LICENSE_KEY must be a tldraw licence key ("tldraw-…")');

/** `GET /api/canvas/config`: what the canvas needs from the relay's configuration. */
export const canvasConfigSchema = z.object({ licenseKey: tldrawLicenseKeySchema.nullable() });
export type CanvasConfig = z.infer<typeof canvasConfigSchema>;

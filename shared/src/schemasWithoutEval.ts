import { z } from 'zod';

/**
 * Imported first by the browser app, before any schema is built. zod compiles fast parsers with
 * `new Function` when it can, and probes for that ability once; the app's Content-Security-Policy
 * forbids eval, so the probe would be logged as a violation on every page load. Without it zod
 * parses the same way, only without the generated fast path, which the client's small inputs do
 * not need. The relay keeps the compiled parsers.
 */
z.config({ jitless: true });

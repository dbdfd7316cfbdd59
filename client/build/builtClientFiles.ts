import type { Plugin } from 'vite';
import { precompress } from './precompress.ts';
import { writeServiceWorkerFiles } from './serviceWorkerFiles.ts';

/**
 * After Vite has written the client: the service worker learns this build's files, then every
 * text file gets its brotli and gzip copies (the worker's own included, so it goes last).
 */
export function builtClientFiles(): Plugin {
  return {
    name: 'washup:built-client-files',
    apply: 'build',
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(options, bundle) {
        if (!options.dir) throw new Error('the client build needs an output folder (build.outDir)');
        await writeServiceWorkerFiles(options.dir, Object.keys(bundle));
        await precompress(options.dir);
      },
    },
  };
}

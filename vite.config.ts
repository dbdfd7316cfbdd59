import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { builtClientFiles } from './client/build/builtClientFiles.ts';

const relay = process.env.WASHUP_RELAY ?? 'http://127.0.0.1:8080';

/**
 * The client's build; in `pnpm dev` it proxies the API and sync sockets to the relay. Source maps
 * are written for whoever debugs on the server but named by no bundle ('hidden'), and the relay
 * never serves them.
 */
export default defineConfig({
  root: 'client',
  plugins: [react(), builtClientFiles()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: 'hidden',
    chunkSizeWarningLimit: 4096,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // zod and the switch that keeps it from probing for eval (forbidden by the page's policy)
          // share one chunk, so the switch runs before any other chunk builds or parses a schema.
          groups: [{ name: 'schemas', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]schemasWithoutEval\.ts$/ }],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': relay,
      '/sync': { target: relay.replace(/^http/, 'ws'), ws: true },
    },
  },
});

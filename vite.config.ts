import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const relay = process.env.WASHUP_RELAY ?? 'http://127.0.0.1:8080';

/** The client's build; in `pnpm dev` it proxies the API and sync sockets to the relay. */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 4096 },
  server: {
    port: 5173,
    proxy: {
      '/api': relay,
      '/sync': { target: relay.replace(/^http/, 'ws'), ws: true },
    },
  },
});

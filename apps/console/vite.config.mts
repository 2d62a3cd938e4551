import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The console is static files the gateway serves (CONSOLE_DIR). `npm start`, `npm run console:build` and the
 * browser tests build it into dist/console (libs/platform/local-infra/src/console-build.ts); pages load as separate chunks, so the first load stays small.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/console-config.json': 'http://127.0.0.1:4000' } },
});

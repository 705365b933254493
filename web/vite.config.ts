// Vite build and dev server for the dashboard: web/ is the root, the bundle goes to web/dist (served by the
// Fastify server), and the dev server forwards /api to a running `burnout serve`.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const webRoot = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: webRoot,
  base: './',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1024,
  },
  server: {
    // The app imports shared types and constants from ../src.
    fs: { allow: ['..'] },
    proxy: { '/api': process.env.BURNOUT_API ?? 'http://127.0.0.1:8080' },
  },
});

// Vite build and dev server for the dashboard: web/ is the root, the bundle goes to web/dist (served by the
// Fastify server), and the dev server forwards /api to a running `burnout serve`.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.BURNOUT_API ?? 'http://127.0.0.1:8080';

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
    // The API accepts only its own Host and Origin: the proxy presents the API's host, and turns the dev page's own
    // origin (and only it) into the API's, so that cross-origin writes stay refused through the proxy too.
    proxy: {
      '/api': {
        target: api,
        changeOrigin: true,
        configure: (proxy) => proxy.on('proxyReq', (proxyReq, req) => {
          if (req.headers.origin && req.headers.origin === `http://${req.headers.host}`) proxyReq.setHeader('origin', new URL(api).origin);
        }),
      },
    },
  },
});

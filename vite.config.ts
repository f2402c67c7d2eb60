import { fileURLToPath } from 'node:url';
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

// The web app lives in src/web; the API server serves the build from dist/web (see src/server/app.ts).
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [
    react(),
    tailwindcss(),
    // .br and .gz beside every hashed file, at the highest levels: the server sends them as they are.
    // index.html is left out: the server adds a nonce to it per request and compresses it then.
    compression({
      algorithms: [defineAlgorithm('brotliCompress'), defineAlgorithm('gzip', { level: 9 })],
      include: /\.(js|css|svg|json)$/,
      threshold: 1024,
    }),
  ],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // No inline polyfill script: the server's CSP allows only the app's own script files.
    modulePreload: { polyfill: false },
    // Compressing every file at the highest level is slow on purpose; no warning about it at each build.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: { '/api/v1': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
});

import react from '@vitejs/plugin-react';
import path from 'node:path';
import { defineConfig } from 'vite';

const libs = path.resolve(__dirname, '../../libs/web');
const webPort = Number(process.env.WEB_PORT ?? 4200);
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';

// The browser only talks to this origin; API calls are proxied so no CORS setup is needed.
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: true },
  '/health': { target: apiUrl, changeOrigin: true },
};

// Jest and Vite read only a default export from their config files.
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  resolve: {
    // Exact matches, so the stylesheet subpath below is not swallowed by the package alias.
    alias: [
      { find: /^@doorbraak\/web-ui\/styles\.css$/, replacement: path.join(libs, 'ui/src/styles.css') },
      { find: /^@doorbraak\/web-ui$/, replacement: path.join(libs, 'ui/src/index.ts') },
      { find: /^@doorbraak\/web-data-access$/, replacement: path.join(libs, 'data-access/src/index.ts') },
      { find: /^@doorbraak\/web-focus-areas$/, replacement: path.join(libs, 'focus-areas/src/index.ts') },
    ],
  },
  server: {
    host: '127.0.0.1',
    port: webPort,
    strictPort: true,
    proxy,
  },
  preview: {
    host: '127.0.0.1',
    port: webPort,
    strictPort: true,
    proxy,
  },
  build: {
    outDir: path.resolve(__dirname, '../../dist/apps/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
});

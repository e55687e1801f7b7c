import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';

const root = path.resolve(__dirname, '../..');
const libs = path.join(root, 'libs');
const webPort = Number(process.env.WEB_PORT ?? 4200);
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:3000';
// The operator's choice of token set: the Rijkshuisstijl (default) or a neutral NL Design System look.
const theme = process.env.DOORBRAAK_THEME === 'neutral' ? 'neutral' : 'rijkshuisstijl';

// The browser only talks to this origin; API calls are proxied so no CORS setup is needed.
const proxy = {
  '/graphql': { target: apiUrl, changeOrigin: true, ws: true },
  '/health': { target: apiUrl, changeOrigin: true },
  '/auth': { target: apiUrl, changeOrigin: true },
  // The briefing PDF; the screens' own routes are Dutch, so this cannot hide one.
  '^/meetings/[^/]+/briefing\\.pdf$': { target: apiUrl, changeOrigin: true },
  // The exports (CSV and XLSX) of the national dashboard, with their filters.
  '^/exports/[a-z-]+\\.(csv|xlsx)(\\?|$)': { target: apiUrl, changeOrigin: true },
  // The private calendar feed (the address the API gives is on this origin).
  '^/calendar/[^/]+\\.ics$': { target: apiUrl, changeOrigin: true },
};

// The workspace's web and shared libraries, by the same names as in tsconfig.base.json.
const tsconfig = JSON.parse(readFileSync(path.join(root, 'tsconfig.base.json'), 'utf8')) as {
  compilerOptions: { paths: Record<string, string[]> };
};
const libraryAliases = Object.entries(tsconfig.compilerOptions.paths)
  .filter(([name]) => name.startsWith('@doorbraak/web-') || name === '@doorbraak/domain')
  .map(([name, [target]]) => ({ find: new RegExp(`^${name}$`), replacement: path.join(root, target) }));

// Jest and Vite read only a default export from their config files.
export default defineConfig({
  root: __dirname,
  plugins: [react()],
  resolve: {
    // Exact matches, so the stylesheet subpaths are not swallowed by the package alias.
    alias: [
      { find: /^@doorbraak\/web-ui\/styles\.css$/, replacement: path.join(libs, 'web/ui/src/styles.css') },
      { find: /^@doorbraak\/web-ui\/theme\.css$/, replacement: path.join(libs, `web/ui/src/themes/${theme}.theme.css`) },
      ...libraryAliases,
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
    rolldownOptions: {
      // Our libraries have no import-time side effects except stylesheets, so a barrel import never
      // drags the design system's bundle into the first load; it arrives with the lazy screens. The
      // domain library is pure too: the shell's WEB_PATHS must not bring its calendar and luxon along.
      treeshake: {
        moduleSideEffects: (id: string) => !(id.includes('/libs/web/') || id.includes('/libs/domain/')) || id.endsWith('.css'),
      },
      // The design system in a chunk of its own, which only the (lazy) screens import.
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|@babel[\\/]runtime|clsx)[\\/]/, priority: 2 },
            { name: 'design-system', priority: 1, test: /node_modules[\\/](@rijkshuisstijl-community|@utrecht|@nl-design-system|@nl-design-system-candidate)[\\/]/ },
          ],
        },
      },
    },
  },
});

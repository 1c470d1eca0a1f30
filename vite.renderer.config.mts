import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';

/**
 * The renderer's one build definition. `npm run build:renderer` (browser mode, the end-to-end tests) uses it
 * through this file's default export; electron.vite.config.ts uses the same object as its `renderer` section,
 * so the desktop app and the browser get the same minified, route-split output in out/renderer.
 */
const here = import.meta.dirname;

export const rendererAliases = {
  '@contract': resolve(here, 'src-main/contract/index.ts'),
  '@renderer': resolve(here, 'src-renderer/src'),
};

export const rendererConfig: UserConfig = {
  root: resolve(here, 'src-renderer'),
  base: './',
  plugins: [react()],
  resolve: { alias: rendererAliases },
  build: {
    outDir: resolve(here, 'out/renderer'),
    emptyOutDir: true,
    // electron-vite leaves the renderer unminified unless told; Vite's default minifier (Oxc) otherwise.
    minify: true,
    // The log-in route's budget is enforced by tests/unit/renderer-bundle.test.ts; this only warns.
    chunkSizeWarningLimit: 800,
    rolldownOptions: { input: { index: resolve(here, 'src-renderer/index.html') } },
  },
};

export default defineConfig(rendererConfig);

import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The renderer alone, for browser mode and the end-to-end tests (electron-vite builds it for the desktop). */
export const rendererAliases = {
  '@contract': resolve(import.meta.dirname, 'src-main/contract/index.ts'),
  '@renderer': resolve(import.meta.dirname, 'src-renderer/src'),
};

export default defineConfig({
  root: resolve(import.meta.dirname, 'src-renderer'),
  base: './',
  plugins: [react()],
  resolve: { alias: rendererAliases },
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});

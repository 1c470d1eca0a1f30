import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** The renderer alone, for browser mode and the end-to-end tests (electron-vite builds it for the desktop). */
export const rendererAliases = {
  '@contract': resolve(__dirname, 'src-main/contract/index.ts'),
  '@renderer': resolve(__dirname, 'src-renderer/src'),
};

export default defineConfig({
  root: resolve(__dirname, 'src-renderer'),
  base: './',
  plugins: [react()],
  resolve: { alias: rendererAliases },
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});

import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer: one build serves both the desktop app (app:// origin) and the web build. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
  },
});

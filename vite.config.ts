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
    // Loaded from the station's own disk, never over a network: the budget is start-up parse time, not
    // download. The main chunk (React, Dexie, the GS1 tables) is ~600 kB; bwip-js (~900 kB) loads only for
    // the scanner test label, the decoders only in the camera worker. Above 1 MB, look again.
    chunkSizeWarningLimit: 1000,
  },
});

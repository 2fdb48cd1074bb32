import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { electron: fileURLToPath(new URL('./test/stubs/electron.ts', import.meta.url)) },
  },
  test: {
    include: ['{main,preload,renderer,test}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 15_000,
  },
});

import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

/**
 * The Electron main process: main/index.ts → out/main/index.cjs (package.json "main").
 *
 * CommonJS, because Electron loads `main` with Node's loader and the built file then needs no ESM/CJS interop
 * for 'electron'. Every dependency (zod, axios, the demo ERP) is bundled, so the packaged app does not depend
 * on node_modules layout; only 'electron' (provided by the runtime) and Node's built-ins stay external.
 * Building needs no Electron binary: nothing here loads 'electron'.
 */
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

export default defineConfig({
  publicDir: false,
  // A Node build: resolve the packages' "node" export conditions (axios ships a Node adapter) and bundle them.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'main/index.ts',
    outDir: 'out/main',
    emptyOutDir: true,
    // Electron 42 embeds Node 24; node22 keeps the output readable by older tooling too.
    target: 'node22',
    sourcemap: true,
    minify: false,
    reportCompressedSize: false,
    rolldownOptions: {
      external: ['electron', ...nodeBuiltins],
      output: { format: 'cjs', entryFileNames: 'index.cjs' },
    },
  },
});

import { builtinModules } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

/**
 * The preload: preload/index.ts → out/preload/index.cjs, ONE CommonJS file.
 *
 * A sandboxed preload cannot load other files: its `require` knows only 'electron' and a few polyfilled
 * built-ins (Electron docs, "Process Sandboxing" → "Preload scripts"). So everything it imports is bundled in,
 * and the build fails if the output is split into chunks or requires anything but 'electron'. Node built-ins
 * are refused at resolution: Vite would otherwise swap them for empty browser stubs with only a warning.
 */
function singleFileRequiringOnlyElectron(): Plugin {
  return {
    name: 'dockside:preload-single-file',
    enforce: 'pre',
    resolveId(source) {
      if (source.startsWith('node:') || builtinModules.includes(source)) {
        this.error(`the preload cannot use the Node built-in '${source}': sandboxed preloads have no Node`);
      }
      return null;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((item) => item.type === 'chunk');
      if (chunks.length !== 1) {
        this.error(`the preload must be one file, got ${chunks.map((c) => c.fileName).join(', ')}`);
      }
      for (const chunk of chunks) {
        const imports = [...chunk.imports, ...chunk.dynamicImports].filter((name) => name !== 'electron');
        if (imports.length > 0) this.error(`the preload may require only 'electron', not ${imports.join(', ')}`);
      }
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [singleFileRequiringOnlyElectron()],
  build: {
    outDir: 'out/preload',
    emptyOutDir: true,
    // The preload runs in the renderer process, on Electron 42's Chromium.
    target: 'chrome130',
    sourcemap: true,
    minify: false,
    reportCompressedSize: false,
    lib: { entry: 'preload/index.ts', formats: ['cjs'], fileName: () => 'index.cjs' },
    rolldownOptions: { external: ['electron'], output: { codeSplitting: false } },
  },
});

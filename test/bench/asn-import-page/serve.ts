import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchPage, serveBenchPage } from '../bench-page';

const pageDir = path.dirname(fileURLToPath(import.meta.url));

export function buildAsnImportPage(): Promise<string> {
  return buildBenchPage(pageDir, 'asn-import');
}

/**
 * Serves the page cross-origin isolated (COOP + COEP): performance.now() is otherwise coarsened to 0.1 ms
 * (TRAPS.md), too coarse for lookups that take a fraction of a millisecond.
 */
export function serveIsolated(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  return serveBenchPage(dir, {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  });
}

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchPage, serveBenchPage } from '../bench-page';

const pageDir = path.dirname(fileURLToPath(import.meta.url));

export function buildScanFeedbackPage(): Promise<string> {
  return buildBenchPage(pageDir, 'scan-feedback');
}

/**
 * Serves the page cross-origin isolated (COOP + COEP): performance.now() is otherwise coarsened to 0.1 ms
 * (TRAPS.md), and the parse and DOM steps of a scan take less than that.
 */
export function serveIsolated(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  return serveBenchPage(dir, {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  });
}

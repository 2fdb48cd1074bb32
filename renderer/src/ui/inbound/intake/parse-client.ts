import type { AsnImportInput } from '../../../domain/asn/asn-importer';
import { importAsnFile, type ImportAsnFileResult } from '../../../domain/asn/importers';
import type { ParseReply } from './parse-messages';

/**
 * Parses a file in a fresh worker (one per file: a worker is cheap next to a large parse, and terminating it
 * is how a parse is abandoned). Where no Worker exists (unit tests in Node) the same function runs inline.
 */
export type ParseAsnFile = (input: AsnImportInput) => Promise<ImportAsnFileResult>;

export const parseInWorker: ParseAsnFile = (input) => {
  if (typeof Worker === 'undefined') return Promise.resolve(importAsnFile(input));
  const worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module', name: 'asn-parse' });
  return new Promise<ImportAsnFileResult>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<ParseReply>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'the parse worker stopped'));
    });
    worker.postMessage(input);
  });
};

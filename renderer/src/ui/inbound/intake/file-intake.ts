import type { PickedAsnFile } from '../../../../../preload/contract';
import { storePreparedAsns } from '../../../db/asn-intake';
import type { IntakeProgress } from '../../../db/prepare-asns';
import type { DocksideDb } from '../../../db/schema';
import type { AsnFileFormat, AsnImportError } from '../../../domain/asn/asn-importer';
import type { AsnWarning } from '../../../domain/asn/canonical-asn';
import { importSentence } from '../import-words';
import type { ParseAsnFile } from './parse-client';
import { parseAndPrepare } from './prepare-file';

/**
 * Files → stored ASNs, one file at a time (issue 4, item 4). Each file is all or nothing: a file with one error
 * stores nothing (the importer rejects it whole), and a file that parses is stored in one transaction by
 * `storePreparedAsns`. Every file gets a report the receiver can act on; nothing here throws for bad input.
 */
export type IntakePhase = 'reading' | 'parsing' | IntakeProgress['phase'];

export interface FileProgress {
  readonly fileName: string;
  /** 1-based position of the file in this batch. */
  readonly fileNumber: number;
  readonly fileCount: number;
  readonly phase: IntakePhase;
  readonly linesDone: number;
  readonly totalLines: number;
}

export interface AsnReport {
  readonly asnId: string;
  readonly sentence: string;
  readonly outcome: 'added' | 'revised' | 'unchanged' | 'stale';
  readonly warnings: readonly AsnWarning[];
}

export type FileReport =
  | { readonly name: string; readonly kind: 'unreadable'; readonly error: string }
  | {
      readonly name: string;
      readonly kind: 'rejected';
      readonly format: AsnFileFormat | null;
      readonly errors: readonly AsnImportError[];
    }
  | {
      readonly name: string;
      readonly kind: 'stored';
      readonly format: AsnFileFormat;
      readonly asns: readonly AsnReport[];
    };

export interface FileIntakeDeps {
  readonly db: DocksideDb;
  /** Reads and prepares a file; by default parseAndPrepare, here on this thread (the intake worker's). */
  readonly parse?: ParseAsnFile;
  readonly onProgress?: (progress: FileProgress) => void;
}

export async function importFiles(files: readonly PickedAsnFile[], deps: FileIntakeDeps): Promise<FileReport[]> {
  const reports: FileReport[] = [];
  for (const [i, file] of files.entries()) {
    const progress = (phase: IntakePhase, linesDone = 0, totalLines = 0): void => {
      deps.onProgress?.({
        fileName: file.name,
        fileNumber: i + 1,
        fileCount: files.length,
        phase,
        linesDone,
        totalLines,
      });
    };
    reports.push(await importOne(file, deps, progress));
  }
  return reports;
}

async function importOne(
  file: PickedAsnFile,
  deps: FileIntakeDeps,
  progress: (phase: IntakePhase, linesDone?: number, totalLines?: number) => void,
): Promise<FileReport> {
  if ('error' in file) return { name: file.name, kind: 'unreadable', error: file.error };
  progress('parsing');
  let parsed;
  try {
    const parse = deps.parse ?? ((input, onProgress) => parseAndPrepare(input, onProgress));
    parsed = await parse({ text: file.text, fileName: file.name }, (p) => {
      progress(p.phase, p.linesPrepared, p.totalLines);
    });
  } catch (error) {
    const message = `Dockside could not read this file (${error instanceof Error ? error.message : String(error)}).`;
    return { name: file.name, kind: 'rejected', format: null, errors: [{ code: 'parser-failed', message }] };
  }
  if (!parsed.ok) return { name: file.name, kind: 'rejected', format: parsed.format, errors: parsed.errors };
  try {
    const results = await storePreparedAsns(deps.db, parsed.prepared, {
      onProgress: (p) => {
        progress(p.phase, p.linesPrepared, p.totalLines);
      },
    });
    const asns = await Promise.all(
      results.map(async (result, i): Promise<AsnReport> => {
        const asn = parsed.prepared[i]?.asn;
        const diff =
          result.outcome === 'revised'
            ? (await deps.db.revisions.get([result.asnId, result.version]))?.diff
            : undefined;
        const sentence = importSentence({
          result,
          ...(diff ? { diff } : {}),
          warningCount: asn?.warnings.length ?? 0,
          unitCount: asn?.units.length ?? 0,
          lineCount: asn?.lines.length ?? 0,
        });
        return { asnId: result.asnId, sentence, outcome: result.outcome, warnings: asn?.warnings ?? [] };
      }),
    );
    return { name: file.name, kind: 'stored', format: parsed.format, asns };
  } catch (error) {
    // The transaction rolled back (storePreparedAsns is all or nothing): say so, with the storage layer's reason.
    const message = `The station could not store this file, so nothing from it was saved (${error instanceof Error ? error.message : String(error)}).`;
    return { name: file.name, kind: 'rejected', format: parsed.format, errors: [{ code: 'store-failed', message }] };
  }
}

import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LedgerFileWriter, OpenLedgerFile } from './ledger-file';
import { openLedgerFile } from './ledger-file';
import type { LedgerRecordV1 } from './ledger-record';
import { replayLedger } from './ledger-replay';

/**
 * The ledger's durable form: an append-only JSON Lines file (`ledger.jsonl` in the data directory), one record
 * per applied batch. Opening it replays the records; appending writes one record and fsyncs before resolving.
 * Not re-entrant: callers serialise appends (the event intake does).
 */
export class LedgerWriteError extends Error {
  override readonly name = 'LedgerWriteError';
  constructor(
    message: string,
    /** The errno code (ENOSPC, EDQUOT, EIO...) when the OS gave one. */
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export interface OpenedLedgerStore {
  readonly store: LedgerStore;
  readonly records: LedgerRecordV1[];
}

export interface LedgerStoreOptions {
  readonly openFile?: OpenLedgerFile;
  readonly warn: (message: string) => void;
}

export const LEDGER_FILE_NAME = 'ledger.jsonl';

export class LedgerStore {
  /** Set when a failed append could not be undone: the file's tail is unknown until a restart replays it. */
  private damaged = false;

  private constructor(
    readonly file: string,
    private readonly writer: LedgerFileWriter,
    private size: number,
  ) {}

  static async open(dataDir: string, options: LedgerStoreOptions): Promise<OpenedLedgerStore> {
    await mkdir(dataDir, { recursive: true });
    const file = join(dataDir, LEDGER_FILE_NAME);
    const existing = await readIfExists(file);
    const replay = replayLedger(existing ?? new Uint8Array(), file);
    const writer = await (options.openFile ?? openLedgerFile)(file);
    if (existing === null) await syncDirectory(dataDir);
    if (replay.torn) {
      options.warn(
        `ledger ${file}: dropped an incomplete last line ${replay.torn.line} (${replay.torn.reason}); ` +
          'it was a batch that was never acknowledged, and the station will resend it',
      );
      // Cut it off, or the next append would be glued onto the fragment and damage a good record.
      await writer.truncate(replay.goodBytes);
    }
    return { store: new LedgerStore(file, writer, replay.goodBytes), records: replay.records };
  }

  /** Writes one record durably. On failure the file is cut back to its previous end and the error is thrown. */
  async append(record: LedgerRecordV1): Promise<void> {
    if (this.damaged) {
      throw new LedgerWriteError(
        `the ledger file ${this.file} could not be repaired after an earlier write failure; restart the demo ERP`,
        undefined,
      );
    }
    const bytes = new TextEncoder().encode(`${JSON.stringify(record)}\n`);
    try {
      await this.writer.append(bytes);
    } catch (error) {
      const code = errnoCode(error);
      try {
        await this.writer.truncate(this.size);
      } catch {
        this.damaged = true;
      }
      const why =
        code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : `the write failed (${code ?? String(error)})`;
      throw new LedgerWriteError(`could not record the batch in ${this.file}: ${why}`, code);
    }
    this.size += bytes.length;
  }

  close(): Promise<void> {
    return this.writer.close();
  }
}

async function readIfExists(file: string): Promise<Uint8Array | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** A new file's name is durable only once its directory is fsync'd (POSIX; Windows cannot open a directory). */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}

import { open } from 'node:fs/promises';

/**
 * The one place that writes the ledger file, behind an interface so tests can make the disk fail (ENOSPC) and
 * check that a batch that was not written is neither acknowledged nor applied.
 */
export interface LedgerFileWriter {
  /** Appends all of `bytes` at the end of the file and resolves only once they are durable (fsync). */
  append(bytes: Uint8Array): Promise<void>;
  /** Cuts the file back to `size` bytes, durably: undoes a partial append. */
  truncate(size: number): Promise<void>;
  close(): Promise<void>;
}

export type OpenLedgerFile = (path: string) => Promise<LedgerFileWriter>;

export const openLedgerFile: OpenLedgerFile = async (path) => {
  // "a": every write goes to the end of the file whatever the position (POSIX O_APPEND).
  const handle = await open(path, 'a');
  return {
    async append(bytes) {
      for (let offset = 0; offset < bytes.length;) {
        const { bytesWritten } = await handle.write(bytes, offset);
        offset += bytesWritten;
      }
      // write() only hands the bytes to the OS cache; fsync(2) is what makes the acknowledgement true after a
      // power cut.
      await handle.sync();
    },
    async truncate(size) {
      await handle.truncate(size);
      await handle.sync();
    },
    close: () => handle.close(),
  };
};

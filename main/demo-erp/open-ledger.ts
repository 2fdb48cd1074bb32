import { Ledger } from './ledger';
import { LedgerCorruptError } from './ledger-replay';
import type { LedgerStoreOptions } from './ledger-store';
import { LedgerStore } from './ledger-store';

/** Opens the ledger file and replays it into memory: what the ERP had applied before it last stopped. */
export async function openLedger(
  dataDir: string,
  options: LedgerStoreOptions,
): Promise<{ store: LedgerStore; ledger: Ledger }> {
  const { store, records } = await LedgerStore.open(dataDir, options);
  const ledger = new Ledger();
  for (const [index, record] of records.entries()) {
    try {
      ledger.apply(record);
    } catch (error) {
      await store.close();
      // Every good line holds one record, so record n is on line n.
      throw new LedgerCorruptError(store.file, index + 1, error instanceof Error ? error.message : String(error));
    }
  }
  return { store, ledger };
}

import { useLiveQuery } from 'dexie-react-hooks';
import type { AsnRow, DocksideDb, ReceiptRow, UnitStateRow } from '../../db/schema';
import { AWAITING_PUTAWAY, unitAwaitingPutaway } from '../../receiving/dock-commands';
import { ACTIVE_RECEIPT_STATUSES } from './next-step';

export interface ActiveReceipt {
  readonly receipt: ReceiptRow;
  readonly asn: AsnRow | undefined;
}

export interface DockState {
  /** Undefined while loading. */
  readonly receipts: readonly ActiveReceipt[] | undefined;
  readonly awaiting: UnitStateRow | null;
  /** How many units wait for putaway, `awaiting` included. */
  readonly awaitingCount: number;
}

/**
 * What the dock screen keeps in view, live from the projections the commands write (useLiveQuery re-reads
 * when a command's transaction commits): the receipts at this door that arrived and are not closed, and the
 * unit waiting for putaway.
 */
export function useDockState(db: DocksideDb, dockDoor: string): DockState {
  const receipts = useLiveQuery(async () => {
    const rows = (
      await db.receipts
        .where('status')
        .anyOf([...ACTIVE_RECEIPT_STATUSES])
        .toArray()
    )
      .filter((r) => r.dockDoor === dockDoor)
      .sort((a, b) => (a.arrivedAt ?? '').localeCompare(b.arrivedAt ?? ''));
    const asns = await db.asns.bulkGet(rows.map((r) => r.asnId ?? r.receiptId));
    return rows.map((receipt, i) => ({ receipt, asn: asns[i] }));
  }, [db, dockDoor]);
  const awaiting = useLiveQuery(() => unitAwaitingPutaway(db), [db]);
  const awaitingCount = useLiveQuery(
    () =>
      db.unitStates
        .where('stage')
        .anyOf([...AWAITING_PUTAWAY])
        .count(),
    [db],
  );
  return { receipts, awaiting: awaiting ?? null, awaitingCount: awaitingCount ?? 0 };
}

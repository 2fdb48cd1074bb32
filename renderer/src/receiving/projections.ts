import type { ReceiptRow, ReceiptStatus, UnitStage } from '../db/schema';
import type { ReceiptSessionContext } from '../machines/receipt-session.machine';

/**
 * Machine state → what the screens and lists read. Projections are rewritten from the machine snapshot in the
 * same transaction as the events, so a list can never show a state the journal does not explain.
 */

/** The logisticUnit machine's state as a unit stage; null while the unit is only expected. */
export function unitStageOf(value: unknown): UnitStage | null {
  if (value === 'expected') return null;
  if (value === 'withParent') return 'with-parent';
  if (value === 'counting') return 'counting';
  if (value === 'inspecting') return 'inspecting';
  if (value === 'disposed') return 'disposed';
  if (typeof value === 'object' && value !== null) {
    const state = value as Record<string, unknown>;
    if (state.accepted === 'awaitingPutaway') return 'awaiting-putaway';
    if (state.accepted === 'stored') return 'stored';
    if (state.quarantined === 'awaitingPutaway') return 'quarantined';
    if (state.quarantined === 'stored') return 'quarantine-stored';
  }
  // A state this projection does not know is a bug in a machine change: fail the command, write nothing.
  throw new Error(`No unit stage for machine state ${JSON.stringify(value)}`);
}

const RECEIPT_STATUS: Readonly<Record<string, ReceiptStatus>> = {
  expected: 'expected',
  awaitingSealApproval: 'awaiting-seal-approval',
  receiving: 'receiving',
  closing: 'closing',
  closed: 'closed',
  cancelled: 'cancelled',
  cancelledWithReceipts: 'cancelled-with-receipts',
};

export function receiptRowOf(
  value: unknown,
  context: ReceiptSessionContext,
  previous: ReceiptRow | undefined,
  at: string,
): ReceiptRow {
  const status = typeof value === 'string' ? RECEIPT_STATUS[value] : undefined;
  if (status === undefined) throw new Error(`No receipt status for session state ${JSON.stringify(value)}`);
  return {
    receiptId: context.receiptId,
    asnId: context.basis === 'asn' ? context.receiptId : null,
    status,
    mode: context.mode,
    dockDoor: context.dockDoor,
    trailer: context.trailer,
    sealNumber: context.sealNumber,
    seal: context.seal,
    expectedUnits: context.expectedUnits,
    receivedUnits: context.receivedUnits,
    openDiscrepancies: context.openDiscrepancies.length,
    arrivedAt: previous?.arrivedAt ?? (context.dockDoor === null ? null : at),
    closedAt: status === 'closed' ? (previous?.closedAt ?? at) : null,
    updatedAt: at,
  };
}

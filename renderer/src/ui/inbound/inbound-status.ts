import type { AsnRow, ReceiptStatus } from '../../db/schema';

/**
 * Where an ASN stands on the inbound board (issue 4, item 5), derived only from what the station holds.
 *
 * - cancelled: the sender cancelled it (kept, greyed, never deleted);
 * - closed: the dock closed its receipt (issue 5, receipt session projection `receipts`);
 * - arrived: its trailer's arrival is recorded and nothing is received yet (including a seal waiting for a
 *   supervisor);
 * - expected: not arrived, nothing received;
 * - receiving: some but not all units received;
 * - received: every announced unit received;
 * - received-with-discrepancies: every unit received and the station holds open supervisor conflicts for it
 *   (a revision collided with what the dock had already received: asn-conflicts.ts). Damage, shorts and
 *   wrong items are not recorded yet, so they cannot put an ASN here.
 * Shortages and damage recorded at the dock are on the receipt (its discrepancies), not in this status yet.
 */
export type InboundStatus =
  'expected' | 'arrived' | 'receiving' | 'received' | 'received-with-discrepancies' | 'closed' | 'cancelled';

/** Board order: the work still to do first, finished and cancelled last. */
export const INBOUND_STATUS_ORDER: readonly InboundStatus[] = [
  'receiving',
  'arrived',
  'expected',
  'received-with-discrepancies',
  'received',
  'closed',
  'cancelled',
];

/** Statuses no event records yet: shown as untracked, never counted. Since issue 5 every status is tracked. */
export const UNTRACKED_STATUSES: ReadonlySet<InboundStatus> = new Set();

export function inboundStatusLabel(status: InboundStatus): string {
  switch (status) {
    case 'expected':
      return 'Expected';
    case 'arrived':
      return 'Arrived';
    case 'receiving':
      return 'Receiving';
    case 'received':
      return 'Received';
    case 'received-with-discrepancies':
      return 'Received with discrepancies';
    case 'closed':
      return 'Closed';
    case 'cancelled':
      return 'Cancelled';
    default: {
      const never: never = status;
      return never;
    }
  }
}

type StatusFacts = Pick<AsnRow, 'status' | 'unitCount' | 'receivedUnitCount' | 'conflicts'> & {
  /** The dock's receipt for the ASN (db.receipts), when the dock has started one. */
  readonly receiptStatus?: ReceiptStatus | null;
};

export function inboundStatusOf(row: StatusFacts): InboundStatus {
  if (row.status === 'cancelled') return 'cancelled';
  if (row.receiptStatus === 'closed') return 'closed';
  if (row.receivedUnitCount <= 0) {
    const arrived = row.receiptStatus !== undefined && row.receiptStatus !== null && row.receiptStatus !== 'expected';
    return arrived ? 'arrived' : 'expected';
  }
  if (row.receivedUnitCount < row.unitCount) return 'receiving';
  return row.conflicts.length > 0 ? 'received-with-discrepancies' : 'received';
}

export interface StatusGroup<T> {
  readonly status: InboundStatus;
  readonly rows: readonly T[];
}

/** Rows grouped in board order; a group with no rows is left out (the counts bar shows every status). */
export function groupByStatus<T extends StatusFacts>(rows: readonly T[]): StatusGroup<T>[] {
  const byStatus = new Map<InboundStatus, T[]>();
  for (const row of rows) {
    const status = inboundStatusOf(row);
    let group = byStatus.get(status);
    if (!group) byStatus.set(status, (group = []));
    group.push(row);
  }
  return INBOUND_STATUS_ORDER.flatMap((status) => {
    const group = byStatus.get(status);
    return group ? [{ status, rows: group }] : [];
  });
}

export function countByStatus(rows: readonly StatusFacts[]): Record<InboundStatus, number> {
  const counts: Record<InboundStatus, number> = {
    expected: 0,
    arrived: 0,
    receiving: 0,
    received: 0,
    'received-with-discrepancies': 0,
    closed: 0,
    cancelled: 0,
  };
  for (const row of rows) counts[inboundStatusOf(row)] += 1;
  return counts;
}

/** An ASN row as the board shows it: with its dock receipt's status joined in (InboundScreen). */
export type BoardRow = AsnRow & { readonly receiptStatus?: ReceiptStatus | null };

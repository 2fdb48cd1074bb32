import type { AsnRow } from '../../db/schema';

/**
 * Where an ASN stands on the inbound board (issue 4, item 5), derived only from what the station holds.
 *
 * Derivable today (the receiving workflow of a later issue will add the rest):
 * - cancelled: the sender cancelled it (kept, greyed, never deleted);
 * - expected: nothing received yet;
 * - receiving: some but not all units received;
 * - received: every announced unit received;
 * - received-with-discrepancies: every unit received and the station holds open supervisor conflicts for it
 *   (a revision collided with what the dock had already received: asn-conflicts.ts). Damage, shorts and
 *   wrong items are not recorded yet, so they cannot put an ASN here.
 * Not derivable yet, so never produced (the board shows them as "not tracked yet" instead of a false 0):
 * - arrived: needs a trailer check-in event;
 * - closed: needs a supervisor's close-receipt event.
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

/** Statuses no event records yet: shown as untracked, never counted. */
export const UNTRACKED_STATUSES: ReadonlySet<InboundStatus> = new Set(['arrived', 'closed']);

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

type StatusFacts = Pick<AsnRow, 'status' | 'unitCount' | 'receivedUnitCount' | 'conflicts'>;

export function inboundStatusOf(row: StatusFacts): InboundStatus {
  if (row.status === 'cancelled') return 'cancelled';
  if (row.receivedUnitCount <= 0) return 'expected';
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

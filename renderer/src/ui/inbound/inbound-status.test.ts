import { describe, expect, it } from 'vitest';
import type { StoredConflict } from '../../db/schema';
import { countByStatus, groupByStatus, inboundStatusOf, INBOUND_STATUS_ORDER } from './inbound-status';

const conflict: StoredConflict = {
  kind: 'received-unit-removed',
  message: 'Pallet 1 was received but the revision removed it',
  version: 2,
  raisedAt: '2026-11-23T08:00:00Z',
};
const row = (
  asnId: string,
  receivedUnitCount: number,
  unitCount = 4,
  extra: { status?: 'open' | 'cancelled'; conflicts?: StoredConflict[] } = {},
) => ({ asnId, receivedUnitCount, unitCount, status: extra.status ?? 'open', conflicts: extra.conflicts ?? [] });

describe('inboundStatusOf', () => {
  it('derives expected, receiving and received from the units received', () => {
    expect(inboundStatusOf(row('A', 0))).toBe('expected');
    expect(inboundStatusOf(row('A', 1))).toBe('receiving');
    expect(inboundStatusOf(row('A', 4))).toBe('received');
  });

  it('says "with discrepancies" only when the station holds a conflict for a fully received ASN', () => {
    expect(inboundStatusOf(row('A', 4, 4, { conflicts: [conflict] }))).toBe('received-with-discrepancies');
    // Still receiving: the conflict shows as a badge, the status stays what the dock is doing.
    expect(inboundStatusOf(row('A', 2, 4, { conflicts: [conflict] }))).toBe('receiving');
  });

  it('marks cancelled ASNs cancelled whatever was received', () => {
    expect(inboundStatusOf(row('A', 0, 4, { status: 'cancelled' }))).toBe('cancelled');
    expect(inboundStatusOf(row('A', 4, 4, { status: 'cancelled', conflicts: [conflict] }))).toBe('cancelled');
  });

  it('keeps an ASN with no units (loose lines only) expected', () => {
    expect(inboundStatusOf(row('A', 0, 0))).toBe('expected');
  });

  it("produces arrived and closed only from the dock's receipt", () => {
    const all = [0, 1, 2, 3, 4].flatMap((n) => [row('A', n), row('B', n, 4, { conflicts: [conflict] })]);
    const statuses = new Set(all.map(inboundStatusOf));
    expect(statuses.has('arrived')).toBe(false);
    expect(statuses.has('closed')).toBe(false);
    expect(inboundStatusOf({ ...row('A', 0), receiptStatus: 'receiving' })).toBe('arrived');
    expect(inboundStatusOf({ ...row('A', 0), receiptStatus: 'awaiting-seal-approval' })).toBe('arrived');
    expect(inboundStatusOf({ ...row('A', 0), receiptStatus: 'expected' })).toBe('expected');
    expect(inboundStatusOf({ ...row('A', 2), receiptStatus: 'receiving' })).toBe('receiving');
    expect(inboundStatusOf({ ...row('A', 2), receiptStatus: 'closed' })).toBe('closed');
    expect(inboundStatusOf({ ...row('A', 2, 4, { status: 'cancelled' }), receiptStatus: 'closed' })).toBe('cancelled');
  });
});

describe('groupByStatus and countByStatus', () => {
  it('groups in board order, work in progress first, cancelled last, empty groups left out', () => {
    const rows = [row('E1', 0), row('C1', 0, 4, { status: 'cancelled' }), row('R1', 2), row('D1', 4), row('E2', 0)];
    expect(groupByStatus(rows).map((g) => [g.status, g.rows.map((r) => r.asnId)])).toEqual([
      ['receiving', ['R1']],
      ['expected', ['E1', 'E2']],
      ['received', ['D1']],
      ['cancelled', ['C1']],
    ]);
    expect(countByStatus(rows)).toMatchObject({ expected: 2, receiving: 1, received: 1, cancelled: 1, arrived: 0 });
    expect(INBOUND_STATUS_ORDER).toHaveLength(7);
  });
});

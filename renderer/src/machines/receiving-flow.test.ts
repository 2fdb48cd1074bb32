import { describe, expect, it } from 'vitest';
import { logisticUnitMachine, type LogisticUnitEvent, type LogisticUnitInput } from './logistic-unit.machine';
import { runCommand, type PersistedMachine } from './persistence';
import {
  acceptsUnitScans,
  receiptSessionMachine,
  type ReceiptSessionEvent,
  type ReceiptSessionInput,
  type ReceiptSessionSnapshot,
} from './receipt-session.machine';
import type { Announcement, CommandMeta, ReceivingFact } from './receiving-types';

/**
 * The decider protocol end to end, as the app will drive it: one dock command may touch the unit's machine and
 * the session's (a receipt scan records on the unit and tallies on the session); everything it produces is
 * committed at once or not at all. The "database" here is two maps and an array, committed by swapping them,
 * which is what one IndexedDB transaction gives the app.
 */
interface Db {
  rows: Map<string, PersistedMachine>;
  journal: ReceivingFact[];
}

const sessionInput: ReceiptSessionInput = {
  receiptId: 'ASN-1',
  basis: 'asn',
  asnVersion: 1,
  expectedUnits: 2,
  expectedSeals: ['S-1'],
  mode: 'trust',
};
const unitInputs: Record<string, LogisticUnitInput> = {
  'U-1': { receiptId: 'ASN-1', unitId: 'U-1', sscc: '000000000000000017', label: 'Pallet 1' },
  'U-2': { receiptId: 'ASN-1', unitId: 'U-2', sscc: '000000000000000024', label: 'Pallet 2' },
};

function meta(commandId: string): CommandMeta {
  return { commandId, at: '2026-11-23T09:00:00+01:00', operator: 'op-1' };
}

/** Runs one command against a copy of the database; returns the copy to commit and what to announce. */
function handle(db: Db, commandId: string, unitEvent: LogisticUnitEvent | null, sessionEvents: ReceiptSessionEvent[]) {
  const next: Db = { rows: new Map(db.rows), journal: [...db.journal] };
  const announcements: Announcement[] = [];
  const apply = (key: string, result: ReturnType<typeof runCommand>) => {
    if (result.kind === 'applied') {
      next.journal.push(...result.facts);
      announcements.push(...result.announcements);
      next.rows.set(key, JSON.parse(JSON.stringify(result.persisted)) as PersistedMachine);
    }
  };
  if (unitEvent !== null) {
    // Command ids here are "<action>:<unitId>"; the app knows the unit from the scan lookup.
    const unitId = commandId.split(':')[1] ?? '';
    const input = unitInputs[unitId];
    if (!input) throw new Error(`unknown unit ${unitId}`);
    const stored = db.rows.get(unitId) ?? null;
    apply(unitId, runCommand({ name: 'logisticUnit', machine: logisticUnitMachine, stored, input, event: unitEvent }));
  }
  const [first, ...more] = sessionEvents;
  if (first !== undefined) {
    // Every event this command sends the session goes in one run: the session dedupes by command, not by event.
    const stored = next.rows.get('session') ?? null;
    const event: [ReceiptSessionEvent, ...ReceiptSessionEvent[]] = [first, ...more];
    apply(
      'session',
      runCommand({ name: 'receiptSession', machine: receiptSessionMachine, stored, input: sessionInput, event }),
    );
  }
  return { next, announcements };
}

/** What the app reads back from the row: JSON, not a live snapshot (no `matches`). */
function sessionSnapshot(db: Db): Pick<ReceiptSessionSnapshot, 'value' | 'context'> {
  const row = db.rows.get('session');
  if (!row) throw new Error('no session');
  return row.snapshot as Pick<ReceiptSessionSnapshot, 'value' | 'context'>;
}

describe('receiving flow across machines', () => {
  it('a trust receipt survives a crash before commit and a lost acknowledgement, with every fact once', () => {
    let db: Db = { rows: new Map(), journal: [] };
    const commit = (result: { next: Db }) => {
      db = result.next;
    };

    commit(
      handle(db, 'arrive', null, [
        {
          type: 'ARRIVAL_RECORDED',
          meta: meta('arrive'),
          dockDoor: '2',
          trailer: 'T',
          sealNumber: 'S-1',
          sealIntact: true,
        },
      ]),
    );
    expect(acceptsUnitScans(sessionSnapshot(db))).toBe(true);

    const scan = (id: string, unitId: string): [LogisticUnitEvent, ReceiptSessionEvent[]] => {
      const m = meta(`${id}:${unitId}`);
      return [
        {
          type: 'RECEIVE_SCANNED',
          meta: m,
          mode: 'trust',
          nestedUnitIds: [],
          contents: [{ lineId: 'L', gtin: '04012345000016', quantity: '10', uom: 'EA' }],
          inspectionSelected: false,
          suggestedLocation: `A-${unitId}`,
        },
        [{ type: 'UNITS_TALLIED', meta: m, change: 'received', count: 1 }],
      ];
    };

    // Pallet 1 received.
    const [u1, s1] = scan('scan1', 'U-1');
    commit(handle(db, 'scan1:U-1', u1, s1));

    // Pallet 1 scanned again: the unit machine catches it; the session counts a duplicate.
    const dup = meta('scan2:U-1');
    const duplicate = handle(db, 'scan2:U-1', { ...u1, meta: dup }, [
      { type: 'UNITS_TALLIED', meta: dup, change: 'duplicate', count: 1 },
    ]);
    expect(duplicate.announcements[0]?.tone).toBe('warning');
    commit(duplicate);

    // Pallet 2: the page dies before the transaction commits. Nothing of it exists afterwards.
    const [u2, s2] = scan('scan3', 'U-2');
    handle(db, 'scan3:U-2', u2, s2);
    expect(db.journal.filter((f) => f.commandId === 'scan3:U-2')).toEqual([]);

    // Reload: the worker scans pallet 2 again (same capture re-sent): applied once.
    commit(handle(db, 'scan3:U-2', u2, s2));
    // The acknowledgement was lost; the UI re-sends once more: both machines refuse it.
    const resent = handle(db, 'scan3:U-2', u2, s2);
    expect(resent.next.journal).toEqual(db.journal);
    commit(resent);

    // Putaway of pallet 1: wrong location, then the right one.
    commit(
      handle(
        db,
        'put1:U-1',
        { type: 'LOCATION_SCANNED', meta: meta('put1:U-1'), location: 'B', locationCheck: 'wrong' },
        [],
      ),
    );
    commit(
      handle(
        db,
        'put2:U-1',
        { type: 'LOCATION_SCANNED', meta: meta('put2:U-1'), location: 'A-U-1', locationCheck: 'right' },
        [],
      ),
    );

    commit(handle(db, 'close1', null, [{ type: 'REQUEST_CLOSE', meta: meta('close1'), missingUnitIds: [] }]));
    commit(handle(db, 'close2', null, [{ type: 'CLOSE_CONFIRMED', meta: meta('close2'), supervisor: null }]));

    expect(db.journal.map((f) => `${f.commandId} ${f.type}`)).toEqual([
      'arrive receipt.arrived',
      'scan1:U-1 unit.received',
      'scan2:U-1 discrepancy.recorded',
      'scan3:U-2 unit.received',
      'put2:U-1 unit.put-away',
      'close2 receipt.closed',
    ]);
    expect(db.journal.at(-1)).toMatchObject({ receivedUnits: 2, expectedUnits: 2, missingUnitIds: [] });
    expect(sessionSnapshot(db).context).toMatchObject({ receivedUnits: 2, duplicateScans: 1 });
  });
});

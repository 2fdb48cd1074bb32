import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { logisticUnitMachine, type LogisticUnitEvent, type LogisticUnitInput } from './logistic-unit.machine';
import {
  MACHINE_SCHEMA_VERSIONS,
  MachineCommandError,
  MachineRestoreError,
  assertRestorable,
  collectEffects,
  persistActor,
  restoreActor,
  runCommand,
  type PersistedMachine,
} from './persistence';
import { receiptSessionMachine } from './receipt-session.machine';

const input: LogisticUnitInput = { receiptId: 'ASN-1', unitId: 'U-1', sscc: '003456789012345675', label: 'Pallet' };

const received: LogisticUnitEvent = {
  type: 'RECEIVE_SCANNED',
  meta: { commandId: 'c1', at: '2026-11-23T09:00:00Z', operator: 'op' },
  mode: 'trust',
  nestedUnitIds: [],
  contents: [],
  inspectionSelected: true,
  suggestedLocation: null,
};

function storedAfterReceipt(): PersistedMachine {
  const result = runCommand({
    name: 'logisticUnit',
    machine: logisticUnitMachine,
    stored: null,
    input,
    event: received,
  });
  if (result.kind !== 'applied') throw new Error('expected applied');
  return JSON.parse(JSON.stringify(result.persisted)) as PersistedMachine;
}

describe('persistence', () => {
  it('persists the envelope: machine name, schema version, JSON snapshot, last command', () => {
    const row = storedAfterReceipt();
    expect(row).toMatchObject({
      machine: 'logisticUnit',
      schemaVersion: MACHINE_SCHEMA_VERSIONS.logisticUnit,
      lastCommandId: 'c1',
    });
    expect(row.snapshot).toMatchObject({ value: 'inspecting', status: 'active' });
  });

  it('restores into a fresh actor in the same state and context', () => {
    const row = storedAfterReceipt();
    const { actions } = collectEffects();
    const actor = restoreActor('logisticUnit', logisticUnitMachine.provide({ actions }), row).start();
    expect(actor.getSnapshot().value).toBe('inspecting');
    expect(actor.getSnapshot().context).toMatchObject({ mode: 'trust', receivedAt: '2026-11-23T09:00:00Z' });
  });

  it('restoring replays no action: nothing is recorded or announced by the restore itself', () => {
    const row = storedAfterReceipt();
    const { effects, actions } = collectEffects();
    restoreActor('logisticUnit', logisticUnitMachine.provide({ actions }), row).start();
    expect(effects).toEqual({ facts: [], announcements: [], supervisorRequests: [] });
  });

  it('refuses an unknown schema version with a clear error', () => {
    const row = { ...storedAfterReceipt(), schemaVersion: 99 };
    expect(() => restoreActor('logisticUnit', logisticUnitMachine, row)).toThrow(MachineRestoreError);
    expect(() => {
      assertRestorable('logisticUnit', row);
    }).toThrow(/schemaVersion 99; this build reads 1 only/);
    expect(() =>
      runCommand({
        name: 'logisticUnit',
        machine: logisticUnitMachine,
        stored: row,
        event: { ...received, meta: { ...received.meta, commandId: 'c2' } },
      }),
    ).toThrow(MachineRestoreError);
  });

  it('refuses a row of another machine', () => {
    const row = storedAfterReceipt();
    expect(() => restoreActor('receiptSession', receiptSessionMachine, row)).toThrow(
      'Stored snapshot belongs to machine "logisticUnit", not "receiptSession".',
    );
  });

  it('refuses an empty snapshot', () => {
    const row: PersistedMachine = { ...storedAfterReceipt(), snapshot: null };
    expect(() => {
      assertRestorable('logisticUnit', row);
    }).toThrow('empty or not an object');
  });

  it('refuses a row whose state this build does not have, before deciding anything', () => {
    const row = storedAfterReceipt();
    const broken: PersistedMachine = { ...row, snapshot: { ...(row.snapshot as object), value: 'renamedState' } };
    const event: LogisticUnitEvent = { ...received, meta: { ...received.meta, commandId: 'c2' } };
    expect(() => runCommand({ name: 'logisticUnit', machine: logisticUnitMachine, stored: broken, event })).toThrow(
      /Stored logisticUnit snapshot does not fit this machine: .*State 'renamedState' does not exist/,
    );
  });

  it('one command may send several events to a machine; they are applied together, once', () => {
    const m = { commandId: 'k1', at: '2026-11-23T09:00:00Z', operator: 'op' };
    const sessionInput = {
      receiptId: 'ASN-1',
      basis: 'asn' as const,
      asnVersion: 1,
      expectedUnits: 2,
      expectedSeals: [],
      mode: 'audit' as const,
    };
    const first = runCommand({
      name: 'receiptSession',
      machine: receiptSessionMachine,
      stored: null,
      input: sessionInput,
      event: {
        type: 'ARRIVAL_RECORDED',
        meta: { ...m, commandId: 'k0' },
        dockDoor: '1',
        trailer: 'T',
        sealNumber: null,
        sealIntact: true,
      },
    });
    const both = runCommand({
      name: 'receiptSession',
      machine: receiptSessionMachine,
      stored: first.persisted,
      event: [
        { type: 'UNITS_TALLIED', meta: m, change: 'received', count: 1 },
        { type: 'DISCREPANCY_NOTED', meta: m, discrepancy: { discrepancyId: 'd', code: 'over', owner: 'unit' } },
      ],
    });
    if (both.kind !== 'applied') throw new Error('expected applied');
    expect(both.snapshot.context).toMatchObject({ receivedUnits: 1, openDiscrepancies: [{ discrepancyId: 'd' }] });
    expect(() =>
      runCommand({
        name: 'receiptSession',
        machine: receiptSessionMachine,
        stored: first.persisted,
        event: [
          { type: 'UNITS_TALLIED', meta: m, change: 'received', count: 1 },
          { type: 'UNITS_TALLIED', meta: { ...m, commandId: 'other' }, change: 'received', count: 1 },
        ],
      }),
    ).toThrow('All events of one receiptSession command must carry the same commandId.');
  });

  it('a first command needs the input', () => {
    expect(() =>
      runCommand({ name: 'logisticUnit', machine: logisticUnitMachine, stored: null, event: received }),
    ).toThrow('A new logisticUnit actor needs its input.');
  });

  it('the same command twice is applied once', () => {
    const row = storedAfterReceipt();
    const again = runCommand({ name: 'logisticUnit', machine: logisticUnitMachine, stored: row, event: received });
    expect(again).toEqual({ kind: 'already-applied', persisted: row });
  });

  it('persistActor records the last command it was given', () => {
    const actor = createActor(logisticUnitMachine, { input }).start();
    expect(persistActor('logisticUnit', actor, null)).toMatchObject({ lastCommandId: null, machine: 'logisticUnit' });
  });

  it('an unprovided record effect fails loudly instead of dropping facts', () => {
    const actor = createActor(logisticUnitMachine, { input });
    const errors: unknown[] = [];
    actor.subscribe({ error: (error: unknown) => errors.push(error) });
    actor.start();
    actor.send(received);
    expect(actor.getSnapshot().status).toBe('error');
    expect(String(errors[0])).toContain('The "record" effect was not provided: 1 fact(s) would be lost.');
  });

  it('runCommand reports a machine that failed on the event', () => {
    // runCommand provides the effects itself, so the failure is planted in a guard.
    const failing = logisticUnitMachine.provide({
      guards: {
        isTrustReceipt: () => {
          throw new Error('rule table missing');
        },
      },
    });
    expect(() => runCommand({ name: 'logisticUnit', machine: failing, stored: null, input, event: received })).toThrow(
      MachineCommandError,
    );
    expect(() => runCommand({ name: 'logisticUnit', machine: failing, stored: null, input, event: received })).toThrow(
      /logisticUnit failed on RECEIVE_SCANNED: [\s\S]*rule table missing/,
    );
  });
});

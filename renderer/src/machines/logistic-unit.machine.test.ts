import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { logisticUnitMachine, type LogisticUnitEvent, type LogisticUnitInput } from './logistic-unit.machine';
import { collectEffects, runCommand, type PersistedMachine } from './persistence';
import type { CommandMeta, ContentLine } from './receiving-types';

const input: LogisticUnitInput = {
  receiptId: 'ASN-1001',
  unitId: 'U-1',
  sscc: '003456789012345675',
  label: 'Pallet …5675',
};

function meta(commandId: string, at = '2026-11-23T10:42:00+01:00'): CommandMeta {
  return { commandId, at, operator: 'op-7' };
}

const contents: ContentLine[] = [{ lineId: 'L1', gtin: '04012345000016', quantity: '24', uom: 'EA', lot: 'A1' }];

function receive(id: string, overrides: Partial<Extract<LogisticUnitEvent, { type: 'RECEIVE_SCANNED' }>> = {}) {
  return {
    type: 'RECEIVE_SCANNED',
    meta: meta(id),
    mode: 'trust',
    nestedUnitIds: ['U-2', 'U-3'],
    contents,
    inspectionSelected: false,
    suggestedLocation: 'A-01-02',
    ...overrides,
  } as const satisfies LogisticUnitEvent;
}

function start() {
  const { effects, actions } = collectEffects();
  const actor = createActor(logisticUnitMachine.provide({ actions }), { input }).start();
  return { actor, effects };
}

describe('logisticUnit machine', () => {
  it('starts expected with a small JSON context', () => {
    const { actor } = start();
    expect(actor.getSnapshot().value).toBe('expected');
    const persisted = actor.getPersistedSnapshot();
    expect(JSON.parse(JSON.stringify(persisted))).toEqual(persisted);
  });

  it('trust receipt: records unit.received with the ASN contents and nested units, then is accepted', () => {
    const { actor, effects } = start();
    actor.send(receive('c1'));
    expect(actor.getSnapshot().value).toEqual({ accepted: 'awaitingPutaway' });
    expect(effects.facts).toEqual([
      {
        type: 'unit.received',
        commandId: 'c1',
        occurredAt: '2026-11-23T10:42:00+01:00',
        operator: 'op-7',
        receiptId: 'ASN-1001',
        unitId: 'U-1',
        sscc: '003456789012345675',
        mode: 'trust',
        nestedUnitIds: ['U-2', 'U-3'],
        contents,
      },
    ]);
    expect(effects.announcements).toEqual([{ tone: 'success', text: 'Pallet …5675 accepted. Put away to A-01-02.' }]);
  });

  it('trust receipt selected for inspection goes to inspecting', () => {
    const { actor, effects } = start();
    actor.send(receive('c1', { inspectionSelected: true }));
    expect(actor.getSnapshot().value).toBe('inspecting');
    expect(effects.announcements.at(-1)?.tone).toBe('warning');
  });

  it.each(['audit', 'blind'] as const)('%s receipt goes to counting and records no contents', (mode) => {
    const { actor, effects } = start();
    actor.send(receive('c1', { mode }));
    expect(actor.getSnapshot().value).toBe('counting');
    expect(actor.getSnapshot().context.mode).toBe(mode);
    expect(effects.facts).toHaveLength(1);
    expect(effects.facts[0]).toMatchObject({ type: 'unit.received', mode, contents: [] });
    expect(effects.announcements[0]?.text).toContain(mode === 'blind' ? 'Count everything' : 'against the list');
  });

  it('count completed records unit.counted and routes by the inspection selection', () => {
    const { actor, effects } = start();
    actor.send(receive('c1', { mode: 'audit', inspectionSelected: true }));
    actor.send({
      type: 'COUNT_COMPLETED',
      meta: meta('c2'),
      lines: [{ lineId: 'L1', gtin: '04012345000016', quantity: '22', uom: 'EA' }],
      discrepancyIds: ['x/short'],
      suggestedLocation: 'B-02',
    });
    expect(actor.getSnapshot().value).toBe('inspecting');
    expect(effects.facts[1]).toMatchObject({ type: 'unit.counted', commandId: 'c2', discrepancyIds: ['x/short'] });
    expect(actor.getSnapshot().context.suggestedLocation).toBe('B-02');
  });

  it('inspection passed records the checklist and accepts', () => {
    const { actor, effects } = start();
    actor.send(receive('c1', { inspectionSelected: true }));
    actor.send({
      type: 'INSPECTION_PASSED',
      meta: meta('c2'),
      checks: [{ checkId: 'packaging', passed: true }],
      suggestedLocation: 'A-09',
    });
    expect(actor.getSnapshot().value).toEqual({ accepted: 'awaitingPutaway' });
    expect(effects.facts[1]).toMatchObject({ type: 'unit.inspected', passed: true, reasonCode: null });
    expect(effects.announcements.at(-1)).toEqual({
      tone: 'success',
      text: 'Pallet …5675 passed inspection. Put away to A-09.',
    });
  });

  it('inspection failed with damage records the inspection and a damaged discrepancy, then quarantines', () => {
    const { actor, effects } = start();
    actor.send(receive('c1', { inspectionSelected: true }));
    actor.send({
      type: 'INSPECTION_FAILED',
      meta: meta('c2'),
      checks: [{ checkId: 'packaging', passed: false }],
      reasonCode: 'crushed',
      photoIds: ['p1'],
      damaged: true,
      suggestedLocation: 'Q-01',
    });
    expect(actor.getSnapshot().value).toEqual({ quarantined: 'awaitingPutaway' });
    expect(effects.facts.slice(1)).toMatchObject([
      { type: 'unit.inspected', passed: false, reasonCode: 'crushed', photoIds: ['p1'] },
      {
        type: 'discrepancy.recorded',
        discrepancy: { discrepancyId: 'c2/damaged', code: 'damaged', unitId: 'U-1', note: 'crushed' },
      },
    ]);
    expect(effects.announcements.at(-1)?.tone).toBe('error');
  });

  it('inspection failed without damage records only the inspection', () => {
    const { actor, effects } = start();
    actor.send(receive('c1', { inspectionSelected: true }));
    actor.send({
      type: 'INSPECTION_FAILED',
      meta: meta('c2'),
      checks: [],
      reasonCode: 'wrong-temperature',
      photoIds: [],
      damaged: false,
      suggestedLocation: null,
    });
    expect(effects.facts).toHaveLength(2);
    expect(effects.announcements.at(-1)?.text).toContain('Scan the location.');
  });

  it('putaway: a wrong location is announced and changes nothing; the right one records unit.put-away', () => {
    const { actor, effects } = start();
    actor.send(receive('c1'));
    actor.send({ type: 'LOCATION_SCANNED', meta: meta('c2'), location: 'B-07', locationCheck: 'wrong' });
    expect(actor.getSnapshot().value).toEqual({ accepted: 'awaitingPutaway' });
    expect(effects.facts).toHaveLength(1);
    expect(effects.announcements.at(-1)).toEqual({ tone: 'error', text: 'Wrong location B-07. It goes to A-01-02.' });
    actor.send({ type: 'LOCATION_SCANNED', meta: meta('c3'), location: 'A-01-02', locationCheck: 'right' });
    expect(actor.getSnapshot().value).toEqual({ accepted: 'stored' });
    expect(effects.facts[1]).toMatchObject({ type: 'unit.put-away', location: 'A-01-02', zone: 'stock' });
    expect(effects.announcements.at(-1)?.tone).toBe('success');
  });

  it('wrong location without a suggestion points to the putaway list', () => {
    const { actor, effects } = start();
    actor.send(receive('c1', { suggestedLocation: null }));
    actor.send({ type: 'LOCATION_SCANNED', meta: meta('c2'), location: 'B-07', locationCheck: 'wrong' });
    expect(effects.announcements.at(-1)?.text).toBe('Wrong location B-07. Check the putaway list.');
  });

  function quarantine() {
    const started = start();
    started.actor.send(receive('c1', { inspectionSelected: true }));
    started.actor.send({
      type: 'INSPECTION_FAILED',
      meta: meta('c2'),
      checks: [],
      reasonCode: 'crushed',
      photoIds: [],
      damaged: false,
      suggestedLocation: 'Q-01',
    });
    return started;
  }

  it('quarantined unit is put away in the quarantine zone', () => {
    const { actor, effects } = quarantine();
    actor.send({ type: 'LOCATION_SCANNED', meta: meta('c3'), location: 'Q-01', locationCheck: 'right' });
    expect(actor.getSnapshot().value).toEqual({ quarantined: 'stored' });
    expect(effects.facts.at(-1)).toMatchObject({ type: 'unit.put-away', zone: 'quarantine' });
    actor.send({ type: 'LOCATION_SCANNED', meta: meta('c4'), location: 'A-01', locationCheck: 'wrong' });
    expect(actor.getSnapshot().value).toEqual({ quarantined: 'stored' });
  });

  it('quarantine release moves it to stock putaway without recording (the disposition machine did)', () => {
    const { actor, effects } = quarantine();
    actor.send({ type: 'LOCATION_SCANNED', meta: meta('c3'), location: 'Q-01', locationCheck: 'right' });
    const before = effects.facts.length;
    actor.send({ type: 'QUARANTINE_RELEASED', meta: meta('c4'), suggestedLocation: 'A-03' });
    expect(actor.getSnapshot().value).toEqual({ accepted: 'awaitingPutaway' });
    expect(actor.getSnapshot().context).toMatchObject({ suggestedLocation: 'A-03', location: null, lastAction: null });
    expect(effects.facts).toHaveLength(before);
  });

  it('quarantine disposal ends the unit; a later scan is still caught', () => {
    const { actor, effects } = quarantine();
    actor.send({ type: 'QUARANTINE_DISPOSED', meta: meta('c3') });
    expect(actor.getSnapshot().value).toBe('disposed');
    actor.send(receive('c4'));
    expect(effects.facts.at(-1)).toMatchObject({ type: 'discrepancy.recorded' });
  });

  it('a second receipt scan records a duplicate-scan discrepancy and keeps the state', () => {
    const { actor, effects } = start();
    actor.send(receive('c1'));
    actor.send(receive('c2'));
    expect(actor.getSnapshot().value).toEqual({ accepted: 'awaitingPutaway' });
    expect(effects.facts[1]).toEqual({
      type: 'discrepancy.recorded',
      commandId: 'c2',
      occurredAt: '2026-11-23T10:42:00+01:00',
      operator: 'op-7',
      receiptId: 'ASN-1001',
      discrepancy: {
        discrepancyId: 'c2/duplicate-scan',
        code: 'duplicate-scan',
        needsApproval: false,
        unitId: 'U-1',
        sscc: '003456789012345675',
      },
    });
    expect(effects.announcements.at(-1)).toEqual({
      tone: 'warning',
      text: 'Pallet …5675 was already received at 10:42. Scan the next one.',
    });
  });

  it('duplicate scan of a unit without SSCC omits the sscc', () => {
    const { effects, actions } = collectEffects();
    const actor = createActor(logisticUnitMachine.provide({ actions }), { input: { ...input, sscc: null } }).start();
    actor.send(receive('c1', { mode: 'audit' }));
    actor.send(receive('c2'));
    expect(effects.facts[1]).toMatchObject({ discrepancy: { code: 'duplicate-scan' } });
    expect(effects.facts[1]).not.toHaveProperty('discrepancy.sscc');
  });

  it('a unit received with its parent records nothing, and its own scan later is a duplicate', () => {
    const { actor, effects } = start();
    actor.send({ type: 'RECEIVED_WITH_PARENT', meta: meta('p1'), parentUnitId: 'U-0' });
    expect(actor.getSnapshot().value).toBe('withParent');
    expect(actor.getSnapshot().context).toMatchObject({
      receivedWithParent: 'U-0',
      receivedAt: '2026-11-23T10:42:00+01:00',
    });
    expect(effects.facts).toEqual([]);
    actor.send(receive('c1'));
    expect(effects.facts).toMatchObject([{ type: 'discrepancy.recorded', discrepancy: { code: 'duplicate-scan' } }]);
    actor.send({ type: 'UNDO_LAST', meta: meta('c2') });
    expect(effects.announcements.at(-1)?.text).toBe('Nothing to undo.');
  });

  it("the parent's undone receipt returns a nested unit to expected", () => {
    const { actor, effects } = start();
    actor.send({ type: 'RECEIVED_WITH_PARENT', meta: meta('p1'), parentUnitId: 'U-0' });
    actor.send({ type: 'PARENT_RECEIPT_REVERSED', meta: meta('p2') });
    expect(actor.getSnapshot().value).toBe('expected');
    expect(actor.getSnapshot().context).toMatchObject({ receivedWithParent: null, receivedAt: null, mode: null });
    actor.send(receive('c1'));
    expect(effects.facts).toMatchObject([{ type: 'unit.received' }]);
  });

  describe('undo of the last action', () => {
    it('undo of a receipt records a reversal and returns to expected', () => {
      const { actor, effects } = start();
      actor.send(receive('c1'));
      actor.send({ type: 'UNDO_LAST', meta: meta('c2') });
      expect(actor.getSnapshot().value).toBe('expected');
      expect(effects.facts[1]).toMatchObject({
        type: 'reversed',
        supersedes: 'c1',
        unitId: 'U-1',
        commandId: 'c2',
        cause: 'undo',
      });
      expect(actor.getSnapshot().context).toMatchObject({ mode: null, receivedAt: null, lastAction: null });
      // Received again after the undo: a fresh receipt, not a duplicate.
      actor.send(receive('c3'));
      expect(effects.facts[2]).toMatchObject({ type: 'unit.received', commandId: 'c3' });
    });

    it('undo of a count returns to counting', () => {
      const { actor, effects } = start();
      actor.send(receive('c1', { mode: 'audit' }));
      actor.send({ type: 'COUNT_COMPLETED', meta: meta('c2'), lines: [], discrepancyIds: [], suggestedLocation: null });
      actor.send({ type: 'UNDO_LAST', meta: meta('c3') });
      expect(actor.getSnapshot().value).toBe('counting');
      expect(effects.facts.at(-1)).toMatchObject({ type: 'reversed', supersedes: 'c2' });
    });

    it('undo of an inspection returns to inspecting', () => {
      const { actor, effects } = quarantine();
      actor.send({ type: 'UNDO_LAST', meta: meta('c3') });
      expect(actor.getSnapshot().value).toBe('inspecting');
      expect(effects.facts.at(-1)).toMatchObject({ type: 'reversed', supersedes: 'c2' });
    });

    it('undo of a stock putaway returns to awaiting putaway', () => {
      const { actor, effects } = start();
      actor.send(receive('c1'));
      actor.send({ type: 'LOCATION_SCANNED', meta: meta('c2'), location: 'A-01-02', locationCheck: 'right' });
      actor.send({ type: 'UNDO_LAST', meta: meta('c3') });
      expect(actor.getSnapshot().value).toEqual({ accepted: 'awaitingPutaway' });
      expect(actor.getSnapshot().context.location).toBeNull();
      expect(effects.facts.at(-1)).toMatchObject({ type: 'reversed', supersedes: 'c2' });
    });

    it('undo of a quarantine putaway returns to quarantine putaway', () => {
      const { actor } = quarantine();
      actor.send({ type: 'LOCATION_SCANNED', meta: meta('c3'), location: 'Q-01', locationCheck: 'right' });
      actor.send({ type: 'UNDO_LAST', meta: meta('c4') });
      expect(actor.getSnapshot().value).toEqual({ quarantined: 'awaitingPutaway' });
    });

    it('undo is one level deep: a second undo has nothing to undo', () => {
      const { actor, effects } = start();
      actor.send(receive('c1'));
      actor.send({ type: 'UNDO_LAST', meta: meta('c2') });
      actor.send({ type: 'UNDO_LAST', meta: meta('c3') });
      expect(effects.facts).toHaveLength(2);
      expect(effects.announcements.at(-1)).toEqual({ tone: 'warning', text: 'Nothing to undo.' });
    });

    it('a supervisor decision (quarantine release) is not undone here', () => {
      const { actor, effects } = quarantine();
      actor.send({ type: 'QUARANTINE_RELEASED', meta: meta('c3'), suggestedLocation: 'A-03' });
      const before = effects.facts.length;
      actor.send({ type: 'UNDO_LAST', meta: meta('c4') });
      expect(effects.facts).toHaveLength(before);
      expect(actor.getSnapshot().value).toEqual({ accepted: 'awaitingPutaway' });
    });
  });

  describe('restore after a simulated crash', () => {
    it('resumes in place from the persisted row and records nothing twice', () => {
      const facts: unknown[] = [];
      let row: PersistedMachine | null = null;
      const inspected: LogisticUnitEvent = {
        type: 'INSPECTION_PASSED',
        meta: meta('c2'),
        checks: [],
        suggestedLocation: 'A-01',
      };
      const steps: LogisticUnitEvent[] = [receive('c1', { inspectionSelected: true }), inspected];
      for (const event of steps) {
        const result = runCommand({ name: 'logisticUnit', machine: logisticUnitMachine, stored: row, input, event });
        if (result.kind !== 'applied') throw new Error('expected applied');
        facts.push(...result.facts);
        // What Dexie would store: JSON only.
        row = JSON.parse(JSON.stringify(result.persisted)) as PersistedMachine;
      }
      // Crash: the actor is gone; the UI re-sends the last command it had not seen acknowledged.
      const replay = runCommand({ name: 'logisticUnit', machine: logisticUnitMachine, stored: row, event: inspected });
      expect(replay.kind).toBe('already-applied');
      const next = runCommand({
        name: 'logisticUnit',
        machine: logisticUnitMachine,
        stored: row,
        event: { type: 'LOCATION_SCANNED', meta: meta('c3'), location: 'A-01', locationCheck: 'right' },
      });
      if (next.kind !== 'applied') throw new Error('expected applied');
      facts.push(...next.facts);
      expect(next.snapshot.value).toEqual({ accepted: 'stored' });
      expect(facts.map((f) => (f as { type: string }).type)).toEqual([
        'unit.received',
        'unit.inspected',
        'unit.put-away',
      ]);
      // Restoring replays no entry or transient (`always`) actions: the restore itself announces nothing.
      expect(next.announcements).toHaveLength(1);
    });
  });
});

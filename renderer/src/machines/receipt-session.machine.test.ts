import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { collectEffects, runCommand, type PersistedMachine } from './persistence';
import {
  acceptsUnitScans,
  receiptSessionMachine,
  scanRefusal,
  sealStateOf,
  type ReceiptSessionEvent,
  type ReceiptSessionInput,
} from './receipt-session.machine';
import type { CommandMeta, ReceivingFact, SupervisorAuth } from './receiving-types';

const input: ReceiptSessionInput = {
  receiptId: 'ASN-1001',
  basis: 'asn',
  asnVersion: 2,
  expectedUnits: 3,
  expectedSeals: ['SL-778'],
  mode: 'trust',
};
const supervisor: SupervisorAuth = { supervisorId: 'sup-2', method: 'badge' };

function meta(commandId: string): CommandMeta {
  return { commandId, at: '2026-11-23T08:00:00+01:00', operator: 'op-7' };
}

function arrival(id: string, sealNumber: string | null = 'SL-778', sealIntact = true): ReceiptSessionEvent {
  return { type: 'ARRIVAL_RECORDED', meta: meta(id), dockDoor: '4', trailer: 'TR-55', sealNumber, sealIntact };
}

function tally(change: 'received' | 'reversed' | 'duplicate', count = 1): ReceiptSessionEvent {
  return { type: 'UNITS_TALLIED', meta: meta(`t-${change}-${count}`), change, count };
}

function start(overrides: Partial<ReceiptSessionInput> = {}) {
  const { effects, actions } = collectEffects();
  const actor = createActor(receiptSessionMachine.provide({ actions }), { input: { ...input, ...overrides } }).start();
  return { actor, effects };
}

function receiving(overrides: Partial<ReceiptSessionInput> = {}) {
  const started = start(overrides);
  started.actor.send(arrival('a1'));
  return started;
}

const types = (facts: readonly ReceivingFact[]) => facts.map((f) => f.type);

describe('sealStateOf', () => {
  it.each([
    [[], null, true, 'none'],
    [['SL-1'], null, true, 'broken'],
    [['SL-1'], 'SL-1', false, 'broken'],
    [['SL-1'], 'SL-2', true, 'mismatch'],
    [['SL-1'], 'SL-1', true, 'intact'],
    [[], 'SL-9', true, 'intact'],
  ] as const)('expected %j, seal %s intact %s is %s', (expected, seal, intact, state) => {
    expect(sealStateOf(expected, seal, intact)).toBe(state);
  });
});

describe('receiptSession machine', () => {
  it('reads the gate from a stored (JSON) snapshot too, with a fallback for an unknown state', () => {
    expect(acceptsUnitScans({ value: 'receiving' })).toBe(true);
    expect(scanRefusal({ value: 'closed' })?.text).toBe('This receipt is closed. A supervisor can reopen it.');
    expect(scanRefusal({ value: 'renamedState' })).toEqual({ tone: 'error', text: 'This receipt is not receiving.' });
  });

  it('an intact, announced seal records the arrival and opens receiving', () => {
    const { actor, effects } = receiving();
    expect(actor.getSnapshot().value).toBe('receiving');
    expect(effects.facts).toEqual([
      {
        type: 'receipt.arrived',
        commandId: 'a1',
        occurredAt: '2026-11-23T08:00:00+01:00',
        operator: 'op-7',
        receiptId: 'ASN-1001',
        dockDoor: '4',
        trailer: 'TR-55',
        sealNumber: 'SL-778',
        seal: 'intact',
      },
    ]);
    expect(effects.announcements).toEqual([
      { tone: 'success', text: 'Door 4, trailer TR-55, seal OK. Start receiving.' },
    ]);
    expect(actor.getSnapshot().context).toMatchObject({ dockDoor: '4', trailer: 'TR-55', seal: 'intact' });
    expect(acceptsUnitScans(actor.getSnapshot())).toBe(true);
    expect(scanRefusal(actor.getSnapshot())).toBeNull();
  });

  it('a trailer without seal on a receipt that announced none opens receiving', () => {
    const { actor, effects } = start({ expectedSeals: [], basis: 'po', asnVersion: null });
    actor.send(arrival('a1', null));
    expect(actor.getSnapshot().value).toBe('receiving');
    expect(effects.facts[0]).toMatchObject({ seal: 'none', sealNumber: null });
    expect(effects.announcements[0]?.text).toBe('Door 4, trailer TR-55. Start receiving.');
  });

  it.each([
    ['broken', 'SL-778', false],
    ['mismatch', 'SL-999', true],
    ['broken', null, true],
  ] as const)('a %s seal records a seal-broken discrepancy and waits for a supervisor', (seal, number, intact) => {
    const { actor, effects } = start();
    actor.send(arrival('a1', number, intact));
    expect(actor.getSnapshot().value).toBe('awaitingSealApproval');
    expect(types(effects.facts)).toEqual(['receipt.arrived', 'discrepancy.recorded']);
    expect(effects.facts[0]).toMatchObject({ seal });
    expect(effects.facts[1]).toMatchObject({
      discrepancy: { discrepancyId: 'a1/seal-broken', code: 'seal-broken', needsApproval: true },
    });
    expect(effects.supervisorRequests[0]).toMatchObject({ reason: 'seal-broken', receiptId: 'ASN-1001' });
    expect(effects.announcements[0]?.tone).toBe('error');
    expect(acceptsUnitScans(actor.getSnapshot())).toBe(false);
    expect(scanRefusal(actor.getSnapshot())?.text).toContain('seal needs a supervisor');
  });

  it('the supervisor approves the seal, then receiving starts', () => {
    const { actor, effects } = start();
    actor.send(arrival('a1', 'SL-778', false));
    actor.send({ type: 'SUPERVISOR_APPROVED', meta: meta('s1'), supervisor, reason: 'photos taken, carrier notified' });
    expect(actor.getSnapshot().value).toBe('receiving');
    expect(effects.facts.at(-1)).toMatchObject({
      type: 'discrepancy.approved',
      discrepancyId: 'a1/seal-broken',
      supervisor,
      reason: 'photos taken, carrier notified',
    });
    expect(actor.getSnapshot().context.openDiscrepancies).toEqual([]);
  });

  it('scans are refused with words before arrival and while waiting for the seal', () => {
    const { actor, effects } = start();
    actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u1'), sscc: '1', needsApproval: false });
    expect(effects.announcements[0]).toEqual({ tone: 'error', text: 'Record the trailer and seal first.' });
    expect(scanRefusal(actor.getSnapshot())?.text).toBe('Record the trailer and seal first.');
    actor.send(arrival('a1', 'SL-1', true));
    actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u2'), sscc: '1', needsApproval: false });
    expect(effects.announcements.at(-1)?.text).toContain('seal needs a supervisor');
    expect(types(effects.facts)).toEqual(['receipt.arrived', 'discrepancy.recorded']);
  });

  describe('receiving', () => {
    it('tallies units from the unit machines without recording, in any state', () => {
      const { actor, effects } = start();
      actor.send(tally('received', 1));
      actor.send(arrival('a1'));
      actor.send(tally('received', 2));
      actor.send(tally('reversed', 1));
      actor.send(tally('duplicate'));
      expect(actor.getSnapshot().context).toMatchObject({ receivedUnits: 2, duplicateScans: 1 });
      actor.send(tally('reversed', 5));
      expect(actor.getSnapshot().context.receivedUnits).toBe(0);
      expect(types(effects.facts)).toEqual(['receipt.arrived']);
    });

    it('changes mode with a fact, and says so when the mode is already set', () => {
      const { actor, effects } = receiving();
      actor.send({ type: 'MODE_CHANGED', meta: meta('m1'), mode: 'blind' });
      expect(actor.getSnapshot().context.mode).toBe('blind');
      expect(effects.facts.at(-1)).toMatchObject({ type: 'receipt.mode-changed', from: 'trust', to: 'blind' });
      expect(effects.announcements.at(-1)?.text).toBe('Blind receiving: count without the list from now on.');
      actor.send({ type: 'MODE_CHANGED', meta: meta('m2'), mode: 'blind' });
      expect(effects.facts).toHaveLength(2);
      expect(effects.announcements.at(-1)).toEqual({
        tone: 'warning',
        text: 'Already blind receiving: count without the list.',
      });
    });

    it('an unexpected unit is recorded; with approval required it blocks closing until approved', () => {
      const { actor, effects } = receiving();
      actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u1'), sscc: '009999', needsApproval: true });
      expect(effects.facts.at(-1)).toMatchObject({
        type: 'discrepancy.recorded',
        discrepancy: {
          discrepancyId: 'u1/unexpected-unit',
          code: 'unexpected-unit',
          sscc: '009999',
          needsApproval: true,
        },
      });
      expect(actor.getSnapshot().context.openDiscrepancies).toEqual([
        { discrepancyId: 'u1/unexpected-unit', code: 'unexpected-unit', owner: 'session' },
      ]);
      expect(effects.announcements.at(-1)?.text).toContain('a supervisor must decide');
      actor.send({
        type: 'APPROVE_DISCREPANCY',
        meta: meta('s1'),
        discrepancyId: 'u1/unexpected-unit',
        supervisor,
        reason: 'keep, PO 4711',
      });
      expect(effects.facts.at(-1)).toMatchObject({ type: 'discrepancy.approved', discrepancyId: 'u1/unexpected-unit' });
      expect(actor.getSnapshot().context.openDiscrepancies).toEqual([]);
    });

    it('an unexpected unit without approval needed is received as unexpected', () => {
      const { actor, effects } = receiving();
      actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u1'), sscc: '009999', needsApproval: false });
      expect(actor.getSnapshot().context.openDiscrepancies).toEqual([]);
      expect(effects.announcements.at(-1)?.text).toBe('Not on this ASN. Received as unexpected.');
    });

    it('the same stray unit scanned twice is a duplicate scan', () => {
      const { actor, effects } = receiving();
      actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u1'), sscc: '009999', needsApproval: false });
      actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u2'), sscc: '009999', needsApproval: false });
      expect(effects.facts.at(-1)).toMatchObject({
        discrepancy: { discrepancyId: 'u2/duplicate-scan', code: 'duplicate-scan', sscc: '009999' },
      });
      expect(actor.getSnapshot().context).toMatchObject({ unexpectedSsccs: ['009999'], duplicateScans: 1 });
      expect(effects.announcements.at(-1)?.tone).toBe('warning');
    });

    it('approving a discrepancy owned by a unit is refused here', () => {
      const { actor, effects } = receiving();
      actor.send({
        type: 'DISCREPANCY_NOTED',
        meta: meta('n1'),
        discrepancy: { discrepancyId: 'f1/over/0', code: 'over', unitId: 'U-1', owner: 'unit' },
      });
      actor.send({
        type: 'APPROVE_DISCREPANCY',
        meta: meta('s1'),
        discrepancyId: 'f1/over/0',
        supervisor,
        reason: 'x',
      });
      expect(types(effects.facts)).toEqual(['receipt.arrived']);
      expect(effects.announcements.at(-1)).toEqual({ tone: 'error', text: 'Approve that difference on its unit.' });
      actor.send({ type: 'DISCREPANCY_RESOLVED', meta: meta('n2'), discrepancyId: 'f1/over/0' });
      expect(actor.getSnapshot().context.openDiscrepancies).toEqual([]);
    });

    it('noting the same discrepancy twice keeps one entry', () => {
      const { actor } = receiving();
      const noted: ReceiptSessionEvent = {
        type: 'DISCREPANCY_NOTED',
        meta: meta('n1'),
        discrepancy: { discrepancyId: 'd', code: 'over', owner: 'unit' },
      };
      actor.send(noted);
      actor.send(noted);
      expect(actor.getSnapshot().context.openDiscrepancies).toHaveLength(1);
    });

    it('an ASN revision updates the expected count', () => {
      const { actor } = receiving();
      actor.send({ type: 'ASN_REVISED', meta: meta('r1'), asnVersion: 3, expectedUnits: 4 });
      expect(actor.getSnapshot().context).toMatchObject({ asnVersion: 3, expectedUnits: 4 });
    });

    it('undo of an unexpected unit reverses it and forgets the SSCC', () => {
      const { actor, effects } = receiving();
      actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u1'), sscc: '009999', needsApproval: true });
      actor.send({ type: 'UNDO_LAST', meta: meta('z1') });
      expect(effects.facts.at(-1)).toMatchObject({ type: 'reversed', supersedes: 'u1', unitId: null, reason: 'undo' });
      expect(actor.getSnapshot().context).toMatchObject({
        unexpectedSsccs: [],
        openDiscrepancies: [],
        lastAction: null,
      });
      actor.send({ type: 'UNDO_LAST', meta: meta('z2') });
      expect(effects.announcements.at(-1)).toEqual({ tone: 'warning', text: 'Nothing to undo.' });
    });

    it('undo of a mode change restores the previous mode', () => {
      const { actor, effects } = receiving();
      actor.send({ type: 'MODE_CHANGED', meta: meta('m1'), mode: 'audit' });
      actor.send({ type: 'UNDO_LAST', meta: meta('z1') });
      expect(actor.getSnapshot().context.mode).toBe('trust');
      expect(effects.facts.at(-1)).toMatchObject({ type: 'reversed', supersedes: 'm1' });
      expect(effects.announcements.at(-1)?.text).toBe('Undone: trust receiving: scan the labels.');
    });
  });

  describe('closing', () => {
    it('lists progress, missing units and waiting approvals', () => {
      const { actor, effects } = receiving();
      actor.send(tally('received', 2));
      actor.send({
        type: 'DISCREPANCY_NOTED',
        meta: meta('n1'),
        discrepancy: { discrepancyId: 'f1/over/0', code: 'over', unitId: 'U-1', owner: 'unit' },
      });
      actor.send({ type: 'REQUEST_CLOSE', meta: meta('c1'), missingUnitIds: ['U-3'] });
      expect(actor.getSnapshot().value).toBe('closing');
      expect(actor.getSnapshot().context.missingUnitIds).toEqual(['U-3']);
      expect(effects.announcements.at(-1)).toEqual({
        tone: 'warning',
        text: '2 of 3 units received, 1 missing, 1 difference needs a supervisor.',
      });
      expect(types(effects.facts)).toEqual(['receipt.arrived']);
      expect(scanRefusal(actor.getSnapshot())?.text).toContain('being closed');
    });

    it('a complete receipt closes with one fact', () => {
      const { actor, effects } = receiving();
      actor.send(tally('received', 3));
      actor.send({ type: 'REQUEST_CLOSE', meta: meta('c1'), missingUnitIds: [] });
      expect(effects.announcements.at(-1)).toEqual({ tone: 'success', text: '3 of 3 units received.' });
      actor.send({ type: 'CLOSE_CONFIRMED', meta: meta('c2'), supervisor: null });
      expect(actor.getSnapshot().value).toBe('closed');
      expect(effects.facts.at(-1)).toEqual({
        type: 'receipt.closed',
        commandId: 'c2',
        occurredAt: '2026-11-23T08:00:00+01:00',
        operator: 'op-7',
        receiptId: 'ASN-1001',
        expectedUnits: 3,
        receivedUnits: 3,
        unexpectedUnits: 0,
        missingUnitIds: [],
        supervisor: null,
      });
      expect(scanRefusal(actor.getSnapshot())?.text).toContain('closed');
    });

    it('closing with missing units records a missing-unit discrepancy for each, then the close', () => {
      const { actor, effects } = receiving();
      actor.send(tally('received', 1));
      actor.send({ type: 'REQUEST_CLOSE', meta: meta('c1'), missingUnitIds: ['U-2', 'U-3'] });
      actor.send({ type: 'CLOSE_CONFIRMED', meta: meta('c2'), supervisor: null });
      expect(types(effects.facts).slice(1)).toEqual(['discrepancy.recorded', 'discrepancy.recorded', 'receipt.closed']);
      expect(effects.facts[1]).toMatchObject({
        discrepancy: { discrepancyId: 'c2/missing-unit/0', code: 'missing-unit', unitId: 'U-2', needsApproval: false },
      });
      expect(effects.facts[3]).toMatchObject({ missingUnitIds: ['U-2', 'U-3'], receivedUnits: 1 });
    });

    it('discrepancies needing approval block closing until approved', () => {
      const { actor, effects } = receiving();
      actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u1'), sscc: '009999', needsApproval: true });
      actor.send({ type: 'REQUEST_CLOSE', meta: meta('c1'), missingUnitIds: [] });
      actor.send({ type: 'CLOSE_CONFIRMED', meta: meta('c2'), supervisor: null });
      expect(actor.getSnapshot().value).toBe('closing');
      expect(effects.announcements.at(-1)).toEqual({
        tone: 'error',
        text: 'Cannot close: 1 difference needs a supervisor.',
      });
      expect(effects.supervisorRequests.at(-1)).toMatchObject({ reason: 'close-blocked' });
      actor.send({
        type: 'APPROVE_DISCREPANCY',
        meta: meta('s1'),
        discrepancyId: 'u1/unexpected-unit',
        supervisor,
        reason: 'ok',
      });
      expect(effects.announcements.at(-1)?.text).toBe('0 of 3 units received.');
      actor.send({
        type: 'APPROVE_DISCREPANCY',
        meta: meta('s2'),
        discrepancyId: 'unknown',
        supervisor,
        reason: 'ok',
      });
      expect(effects.announcements.at(-1)?.tone).toBe('error');
      actor.send({ type: 'CLOSE_CONFIRMED', meta: meta('c3'), supervisor: null });
      expect(actor.getSnapshot().value).toBe('closed');
    });

    it('two waiting approvals are counted in the words', () => {
      const { actor, effects } = receiving();
      for (const id of ['a', 'b']) {
        actor.send({
          type: 'DISCREPANCY_NOTED',
          meta: meta(id),
          discrepancy: { discrepancyId: id, code: 'short', owner: 'unit' },
        });
      }
      actor.send({ type: 'REQUEST_CLOSE', meta: meta('c1'), missingUnitIds: [] });
      actor.send({ type: 'CLOSE_CONFIRMED', meta: meta('c2'), supervisor: null });
      expect(effects.announcements.at(-1)?.text).toBe('Cannot close: 2 differences need a supervisor.');
    });

    it('resume receiving goes back without a fact', () => {
      const { actor, effects } = receiving();
      actor.send({ type: 'REQUEST_CLOSE', meta: meta('c1'), missingUnitIds: ['U-1'] });
      actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u1'), sscc: '1', needsApproval: false });
      actor.send({ type: 'RESUME_RECEIVING', meta: meta('c2') });
      expect(actor.getSnapshot().value).toBe('receiving');
      expect(actor.getSnapshot().context.missingUnitIds).toEqual([]);
      expect(types(effects.facts)).toEqual(['receipt.arrived']);
    });

    it('a supervisor reopens a closed receipt: the close is reversed and the reopening recorded', () => {
      const { actor, effects } = receiving();
      actor.send({ type: 'REQUEST_CLOSE', meta: meta('c1'), missingUnitIds: ['U-3'] });
      actor.send({ type: 'CLOSE_CONFIRMED', meta: meta('c2'), supervisor: null });
      actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u1'), sscc: '1', needsApproval: false });
      expect(effects.announcements.at(-1)?.tone).toBe('error');
      actor.send({ type: 'REOPEN_REQUESTED', meta: meta('r1'), supervisor, reason: 'pallet found behind door 5' });
      expect(actor.getSnapshot().value).toBe('receiving');
      expect(effects.facts.slice(-2)).toMatchObject([
        { type: 'reversed', supersedes: 'c2', cause: 'reopened', reason: 'pallet found behind door 5' },
        { type: 'receipt.reopened', supervisor, reason: 'pallet found behind door 5' },
      ]);
      expect(actor.getSnapshot().context).toMatchObject({ closeCommandId: null, missingUnitIds: [] });
    });
  });

  describe('cancelled ASN', () => {
    it('before arrival: cancelled, final', () => {
      const { actor, effects } = start();
      actor.send({ type: 'ASN_CANCELLED', meta: meta('x1'), asnVersion: 3 });
      expect(actor.getSnapshot().status).toBe('done');
      expect(effects.facts).toMatchObject([{ type: 'receipt.cancelled', asnVersion: 3 }]);
    });

    it('while waiting for the seal approval: cancelled', () => {
      const { actor } = start();
      actor.send(arrival('a1', 'SL-1', false));
      actor.send({ type: 'ASN_CANCELLED', meta: meta('x1'), asnVersion: 3 });
      expect(actor.getSnapshot().value).toBe('cancelled');
    });

    it('while receiving with nothing received: cancelled', () => {
      const { actor } = receiving();
      actor.send({ type: 'ASN_CANCELLED', meta: meta('x1'), asnVersion: 3 });
      expect(actor.getSnapshot().value).toBe('cancelled');
      expect(scanRefusal(actor.getSnapshot())?.text).toContain('cancelled');
    });

    it('after units were received: a supervisor must close it', () => {
      const { actor, effects } = receiving();
      actor.send(tally('received', 1));
      actor.send({ type: 'ASN_CANCELLED', meta: meta('x1'), asnVersion: 3 });
      expect(actor.getSnapshot().value).toBe('cancelledWithReceipts');
      expect(effects.supervisorRequests.at(-1)).toMatchObject({ reason: 'cancelled-with-receipts' });
      actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u1'), sscc: '1', needsApproval: false });
      expect(effects.announcements.at(-1)?.text).toContain('cancelled');
      actor.send({ type: 'CLOSE_CONFIRMED', meta: meta('c1'), supervisor: null });
      expect(actor.getSnapshot().value).toBe('cancelledWithReceipts');
      expect(effects.supervisorRequests).toHaveLength(2);
      actor.send({ type: 'CLOSE_CONFIRMED', meta: meta('c2'), supervisor });
      expect(actor.getSnapshot().value).toBe('closed');
      expect(effects.facts.at(-1)).toMatchObject({ type: 'receipt.closed', supervisor });
    });

    it('an unexpected unit counts as received for the cancellation rule', () => {
      const { actor } = receiving();
      actor.send({ type: 'UNEXPECTED_UNIT_SCANNED', meta: meta('u1'), sscc: '1', needsApproval: false });
      actor.send({ type: 'ASN_CANCELLED', meta: meta('x1'), asnVersion: null });
      expect(actor.getSnapshot().value).toBe('cancelledWithReceipts');
    });

    it('while closing: a supervisor must close it', () => {
      const { actor } = receiving();
      actor.send({ type: 'REQUEST_CLOSE', meta: meta('c1'), missingUnitIds: [] });
      actor.send({ type: 'ASN_CANCELLED', meta: meta('x1'), asnVersion: 3 });
      expect(actor.getSnapshot().value).toBe('cancelledWithReceipts');
    });
  });

  it('restores after a crash mid-receipt and records nothing twice', () => {
    let row: PersistedMachine | null = null;
    const facts: ReceivingFact[] = [];
    const send = (event: ReceiptSessionEvent) => {
      const result = runCommand({ name: 'receiptSession', machine: receiptSessionMachine, stored: row, input, event });
      if (result.kind === 'applied') {
        facts.push(...result.facts);
        row = JSON.parse(JSON.stringify(result.persisted)) as PersistedMachine;
      }
      return result;
    };
    send(arrival('a1'));
    send(tally('received', 2));
    const stray: ReceiptSessionEvent = {
      type: 'UNEXPECTED_UNIT_SCANNED',
      meta: meta('u1'),
      sscc: '9',
      needsApproval: false,
    };
    send(stray);
    // The page dies; on reload the UI re-sends the stray scan it never saw acknowledged.
    expect(send(stray).kind).toBe('already-applied');
    send({ type: 'REQUEST_CLOSE', meta: meta('c1'), missingUnitIds: ['U-3'] });
    const closed = send({ type: 'CLOSE_CONFIRMED', meta: meta('c2'), supervisor: null });
    if (closed.kind !== 'applied') throw new Error('expected applied');
    expect(closed.snapshot.value).toBe('closed');
    expect(types(facts)).toEqual(['receipt.arrived', 'discrepancy.recorded', 'discrepancy.recorded', 'receipt.closed']);
    expect(facts.at(-1)).toMatchObject({ receivedUnits: 2, unexpectedUnits: 1, missingUnitIds: ['U-3'] });
  });
});

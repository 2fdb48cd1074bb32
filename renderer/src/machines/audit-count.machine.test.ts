import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { auditCountMachine, type AuditCountEvent, type AuditCountInput } from './audit-count.machine';
import { collectEffects, runCommand, type PersistedMachine } from './persistence';
import type { CommandMeta, DiscrepancyNote, ReceivingFact } from './receiving-types';

const input: AuditCountInput = { receiptId: 'ASN-1001', unitId: 'U-1', label: 'Carton …0042', blind: false };

function meta(commandId: string): CommandMeta {
  return { commandId, at: '2026-11-23T11:05:00+01:00', operator: 'op-7' };
}

type Captured = Extract<AuditCountEvent, { type: 'ITEM_CAPTURED' }>;
function capture(id: string, overrides: Partial<Captured> = {}): Captured {
  return {
    type: 'ITEM_CAPTURED',
    meta: meta(id),
    gtin: '04012345000016',
    quantity: '12',
    uom: 'EA',
    source: 'case-label',
    plausibility: 'plausible',
    flags: [],
    ...overrides,
  };
}

const over: DiscrepancyNote = {
  discrepancyId: 'f1/over/0',
  code: 'over',
  needsApproval: true,
  lineId: 'L1',
  gtin: '04012345000016',
  expected: '24',
  actual: '36',
  uom: 'EA',
};
const short: DiscrepancyNote = { ...over, discrepancyId: 'f1/short/1', code: 'short', needsApproval: false };

function finish(id: string, outcome: 'accepted' | 'needs-approval' | 'blocked', discrepancies: DiscrepancyNote[] = []) {
  return {
    type: 'FINISH_COUNT',
    meta: meta(id),
    lines: [{ lineId: 'L1', gtin: '04012345000016', quantity: '36', uom: 'EA' }],
    discrepancies,
    outcome,
  } as const satisfies AuditCountEvent;
}

function start(overrides: Partial<AuditCountInput> = {}) {
  const { effects, actions } = collectEffects();
  const actor = createActor(auditCountMachine.provide({ actions }), { input: { ...input, ...overrides } }).start();
  return { actor, effects };
}

const types = (facts: readonly ReceivingFact[]) => facts.map((f) => f.type);

describe('auditCount machine', () => {
  it('a plausible capture records count.captured and stays counting', () => {
    const { actor, effects } = start();
    actor.send(capture('c1', { lot: 'A1', expiry: '2027-03-31' }));
    expect(actor.getSnapshot().value).toBe('counting');
    expect(effects.facts).toEqual([
      {
        type: 'count.captured',
        commandId: 'c1',
        occurredAt: '2026-11-23T11:05:00+01:00',
        operator: 'op-7',
        receiptId: 'ASN-1001',
        unitId: 'U-1',
        capture: {
          captureId: 'c1',
          gtin: '04012345000016',
          quantity: '12',
          uom: 'EA',
          lot: 'A1',
          expiry: '2027-03-31',
          source: 'case-label',
          confirmedImplausible: false,
        },
      },
    ]);
    expect(effects.announcements).toEqual([{ tone: 'success', text: '12 EA counted.' }]);
    expect(actor.getSnapshot().context.captures).toHaveLength(1);
  });

  it('a lot mismatch flag raises a discrepancy with the capture and is announced', () => {
    const { actor, effects } = start();
    actor.send(capture('c1', { lot: 'B2', flags: [{ code: 'lot-mismatch', needsApproval: false, note: 'ASN: A1' }] }));
    expect(types(effects.facts)).toEqual(['count.captured', 'discrepancy.recorded']);
    expect(effects.facts[1]).toMatchObject({
      discrepancy: { discrepancyId: 'c1/lot-mismatch', code: 'lot-mismatch', note: 'ASN: A1', unitId: 'U-1' },
    });
    expect(effects.announcements[0]).toEqual({
      tone: 'warning',
      text: '12 EA counted. Note: lot differs from the ASN.',
    });
  });

  it('each flag kind has words for the worker', () => {
    const { actor, effects } = start();
    actor.send(
      capture('c1', {
        flags: [
          { code: 'expiry-mismatch', needsApproval: false },
          { code: 'expiry-unacceptable', needsApproval: true },
          { code: 'wrong-item', needsApproval: true },
        ],
      }),
    );
    expect(effects.announcements[0]?.text).toBe(
      '12 EA counted. Note: expiry differs from the ASN, expiry is too short, this item is not on the ASN for this unit.',
    );
    expect(effects.facts).toHaveLength(4);
  });

  it('an implausible quantity waits for confirmation and records nothing yet', () => {
    const { actor, effects } = start();
    actor.send(capture('c1', { quantity: '1200', plausibility: 'implausible', source: 'keyed' }));
    expect(actor.getSnapshot().value).toBe('confirmingQuantity');
    expect(effects.facts).toEqual([]);
    expect(effects.announcements[0]).toEqual({
      tone: 'warning',
      text: '1200 EA looks wrong. Confirm it or scan again.',
    });
  });

  it('a confirmed implausible quantity is recorded under the confirming command', () => {
    const { actor, effects } = start();
    actor.send(capture('c1', { quantity: '1200', plausibility: 'implausible' }));
    actor.send({ type: 'QUANTITY_CONFIRMED', meta: meta('c2') });
    expect(actor.getSnapshot().value).toBe('counting');
    expect(effects.facts).toHaveLength(1);
    expect(effects.facts).toMatchObject([
      {
        type: 'count.captured',
        commandId: 'c2',
        capture: { captureId: 'c2', quantity: '1200', confirmedImplausible: true },
      },
    ]);
    expect(actor.getSnapshot().context.captures[0]?.captureId).toBe('c2');
    expect(actor.getSnapshot().context.pending).toBeNull();
  });

  it.each(['QUANTITY_REJECTED', 'UNDO_LAST'] as const)('%s drops the questioned quantity', (type) => {
    const { actor, effects } = start();
    actor.send(capture('c1', { quantity: '1200', plausibility: 'implausible' }));
    actor.send({ type, meta: meta('c2') });
    expect(actor.getSnapshot().value).toBe('counting');
    expect(actor.getSnapshot().context).toMatchObject({ pending: null, captures: [] });
    expect(effects.facts).toEqual([]);
  });

  it('a new capture while a quantity is questioned is refused', () => {
    const { actor, effects } = start();
    actor.send(capture('c1', { quantity: '1200', plausibility: 'implausible' }));
    actor.send(capture('c2'));
    expect(actor.getSnapshot().value).toBe('confirmingQuantity');
    expect(effects.announcements.at(-1)).toEqual({ tone: 'error', text: 'Confirm or drop the last quantity first.' });
  });

  it('undo reverses the last capture only', () => {
    const { actor, effects } = start();
    actor.send(capture('c1'));
    actor.send(capture('c2', { quantity: '6' }));
    actor.send({ type: 'UNDO_LAST', meta: meta('c3') });
    expect(effects.facts.at(-1)).toMatchObject({ type: 'reversed', supersedes: 'c2', reason: 'undo', commandId: 'c3' });
    expect(effects.announcements.at(-1)).toEqual({ tone: 'warning', text: 'Undone: 6 EA removed.' });
    expect(actor.getSnapshot().context.captures.map((c) => c.captureId)).toEqual(['c1']);
  });

  it('undo with no capture has nothing to undo', () => {
    const { actor, effects } = start();
    actor.send({ type: 'UNDO_LAST', meta: meta('c1') });
    expect(effects.facts).toEqual([]);
    expect(effects.announcements).toEqual([{ tone: 'warning', text: 'Nothing to undo.' }]);
  });

  it('finish within tolerance records count.finished and its accepted discrepancies, and is done', () => {
    const { actor, effects } = start();
    actor.send(capture('c1'));
    actor.send(finish('f1', 'accepted', [short]));
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe('counted');
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toEqual({
      lines: [{ lineId: 'L1', gtin: '04012345000016', quantity: '36', uom: 'EA' }],
      discrepancyIds: ['f1/short/1'],
    });
    expect(types(effects.facts)).toEqual(['count.captured', 'count.finished', 'discrepancy.recorded']);
    expect(effects.facts[1]).toMatchObject({ outcome: 'accepted', discrepancyIds: ['f1/short/1'] });
    expect(effects.facts[2]).toMatchObject({ discrepancy: { ...short, unitId: 'U-1' } });
    expect(effects.announcements.at(-1)).toEqual({ tone: 'success', text: 'Carton …0042 counted.' });
  });

  it('finish outside tolerance waits for a supervisor, who approves every discrepancy needing it', () => {
    const { actor, effects } = start();
    actor.send(capture('c1'));
    actor.send(finish('f1', 'needs-approval', [over, short]));
    expect(actor.getSnapshot().value).toBe('awaitingApproval');
    expect(effects.supervisorRequests).toEqual([
      {
        reason: 'tolerance-exceeded',
        receiptId: 'ASN-1001',
        unitId: 'U-1',
        text: 'Carton …0042: count outside tolerance, approve or ask for a recount.',
      },
    ]);
    actor.send({
      type: 'SUPERVISOR_APPROVED',
      meta: meta('s1'),
      supervisor: { supervisorId: 'sup-2', method: 'badge' },
      reason: 'supplier confirmed extra case',
    });
    expect(actor.getSnapshot().value).toBe('counted');
    expect(effects.facts.at(-1)).toEqual({
      type: 'discrepancy.approved',
      commandId: 's1',
      occurredAt: '2026-11-23T11:05:00+01:00',
      operator: 'op-7',
      receiptId: 'ASN-1001',
      discrepancyId: 'f1/over/0',
      supervisor: { supervisorId: 'sup-2', method: 'badge' },
      reason: 'supplier confirmed extra case',
    });
    expect(types(effects.facts).filter((t) => t === 'discrepancy.approved')).toHaveLength(1);
  });

  it('a recount from awaiting approval reverses the finish and keeps the captures', () => {
    const { actor, effects } = start();
    actor.send(capture('c1'));
    actor.send(finish('f1', 'needs-approval', [over]));
    actor.send({ type: 'RECOUNT_REQUESTED', meta: meta('r1'), reason: 'recount the top layer' });
    expect(actor.getSnapshot().value).toBe('counting');
    expect(effects.facts.at(-1)).toMatchObject({
      type: 'reversed',
      supersedes: 'f1',
      cause: 'recount',
      reason: 'recount the top layer',
    });
    expect(actor.getSnapshot().context).toMatchObject({ finish: null });
    expect(actor.getSnapshot().context.captures).toHaveLength(1);
  });

  it('a blocked count cannot be approved, only recounted', () => {
    const { actor, effects } = start();
    actor.send(finish('f1', 'blocked', [over]));
    expect(actor.getSnapshot().value).toBe('blocked');
    expect(effects.announcements.at(-1)?.tone).toBe('error');
    actor.send({
      type: 'SUPERVISOR_APPROVED',
      meta: meta('s1'),
      supervisor: { supervisorId: 'sup-2', method: 'pin' },
      reason: 'ok',
    });
    expect(actor.getSnapshot().value).toBe('blocked');
    actor.send({ type: 'RECOUNT_REQUESTED', meta: meta('r1'), reason: 'recount' });
    expect(actor.getSnapshot().value).toBe('counting');
  });

  it('blind counts never announce an expected quantity', () => {
    const { actor, effects } = start({ blind: true });
    actor.send(capture('c1'));
    actor.send(finish('f1', 'needs-approval', [over]));
    expect(actor.getSnapshot().context.blind).toBe(true);
    for (const a of effects.announcements) expect(a.text).not.toContain('24');
  });

  it('restores mid-count after a crash and records each capture exactly once', () => {
    let row: PersistedMachine | null = null;
    const facts: ReceivingFact[] = [];
    const send = (event: AuditCountEvent) => {
      const result = runCommand({ name: 'auditCount', machine: auditCountMachine, stored: row, input, event });
      if (result.kind === 'applied') {
        facts.push(...result.facts);
        row = JSON.parse(JSON.stringify(result.persisted)) as PersistedMachine;
      }
      return result;
    };
    send(capture('c1'));
    send(capture('c2', { quantity: '999', plausibility: 'implausible' }));
    // Crash here; the re-sent capture is refused, the pending confirmation survived the restore.
    expect(send(capture('c2', { quantity: '999', plausibility: 'implausible' })).kind).toBe('already-applied');
    send({ type: 'QUANTITY_CONFIRMED', meta: meta('c3') });
    const done = send(finish('f1', 'accepted'));
    if (done.kind !== 'applied') throw new Error('expected applied');
    expect(done.snapshot.status).toBe('done');
    expect(types(facts)).toEqual(['count.captured', 'count.captured', 'count.finished']);
  });
});

import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { collectEffects, runCommand, type PersistedMachine } from './persistence';
import {
  quarantineDispositionMachine,
  type QuarantineDispositionEvent,
  type QuarantineDispositionInput,
} from './quarantine-disposition.machine';
import type { CommandMeta, QuarantineDisposition, ReceivingFact, SupervisorAuth } from './receiving-types';

const input: QuarantineDispositionInput = { receiptId: 'ASN-1001', unitId: 'U-1', label: 'Pallet …5675' };
const supervisor: SupervisorAuth = { supervisorId: 'sup-2', method: 'pin' };

function meta(commandId: string, operator = 'op-7'): CommandMeta {
  return { commandId, at: '2026-11-23T14:00:00+01:00', operator };
}

function start() {
  const { effects, actions } = collectEffects();
  const actor = createActor(quarantineDispositionMachine.provide({ actions }), { input }).start();
  return { actor, effects };
}

function request(id: string, disposition: QuarantineDisposition): QuarantineDispositionEvent {
  return { type: 'DISPOSITION_REQUESTED', meta: meta(id), disposition, reason: 'crushed corner' };
}

const targets = [
  ['release-to-stock', 'releasedToStock', 'Take it to stock.'],
  ['return-to-vendor', 'returnedToVendor', 'Stage it for return.'],
  ['scrap', 'scrapped', 'Take it to scrap.'],
] as const;

describe('quarantineDisposition machine', () => {
  it('a request records it, calls a supervisor and waits', () => {
    const { actor, effects } = start();
    actor.send(request('c1', 'scrap'));
    expect(actor.getSnapshot().value).toBe('awaitingSupervisor');
    expect(effects.facts).toEqual([
      {
        type: 'quarantine.disposition-requested',
        commandId: 'c1',
        occurredAt: '2026-11-23T14:00:00+01:00',
        operator: 'op-7',
        receiptId: 'ASN-1001',
        unitId: 'U-1',
        disposition: 'scrap',
        reason: 'crushed corner',
      },
    ]);
    expect(effects.supervisorRequests).toEqual([
      {
        reason: 'quarantine-disposition',
        receiptId: 'ASN-1001',
        unitId: 'U-1',
        text: 'Pallet …5675: scrap requested (crushed corner).',
      },
    ]);
    expect(effects.announcements[0]?.tone).toBe('warning');
  });

  it.each(targets)('approval of %s records the decision with the reason and ends in %s', (disposition, state, next) => {
    const { actor, effects } = start();
    actor.send(request('c1', disposition));
    actor.send({
      type: 'SUPERVISOR_APPROVED',
      meta: meta('s1', 'sup-2'),
      supervisor,
      reason: null,
      reference: 'RMA-9',
    });
    const snapshot = actor.getSnapshot();
    expect(snapshot.value).toBe(state);
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toEqual({ disposition });
    expect(effects.facts[1]).toEqual({
      type: 'quarantine.disposition-decided',
      commandId: 's1',
      occurredAt: '2026-11-23T14:00:00+01:00',
      operator: 'sup-2',
      receiptId: 'ASN-1001',
      unitId: 'U-1',
      disposition,
      reason: 'crushed corner',
      supervisor,
      reference: 'RMA-9',
    });
    expect(effects.announcements.at(-1)?.text).toContain(next);
  });

  it("the supervisor's own reason replaces the requester's", () => {
    const { actor, effects } = start();
    actor.send(request('c1', 'return-to-vendor'));
    actor.send({
      type: 'SUPERVISOR_APPROVED',
      meta: meta('s1'),
      supervisor,
      reason: 'vendor agreed',
      reference: null,
    });
    expect(effects.facts[1]).toMatchObject({ reason: 'vendor agreed', reference: null });
  });

  it.each(targets)('a supervisor at the station decides %s directly', (disposition, state) => {
    const { actor, effects } = start();
    actor.send({
      type: 'DISPOSITION_DECIDED',
      meta: meta('s1'),
      disposition,
      reason: 'seen',
      supervisor,
      reference: null,
    });
    expect(actor.getSnapshot().value).toBe(state);
    expect(effects.facts).toHaveLength(1);
    expect(effects.facts[0]).toMatchObject({ type: 'quarantine.disposition-decided', disposition, reason: 'seen' });
  });

  it('a supervisor may decide otherwise than requested', () => {
    const { actor, effects } = start();
    actor.send(request('c1', 'scrap'));
    actor.send({
      type: 'DISPOSITION_DECIDED',
      meta: meta('s1'),
      disposition: 'release-to-stock',
      reason: 'cosmetic only',
      supervisor,
      reference: null,
    });
    expect(actor.getSnapshot().value).toBe('releasedToStock');
    expect(effects.facts[1]).toMatchObject({ disposition: 'release-to-stock', reason: 'cosmetic only' });
  });

  it('a declined request is reversed and the unit stays quarantined', () => {
    const { actor, effects } = start();
    actor.send(request('c1', 'scrap'));
    actor.send({ type: 'SUPERVISOR_DECLINED', meta: meta('s1'), supervisor, reason: 'sellable' });
    expect(actor.getSnapshot().value).toBe('quarantined');
    expect(actor.getSnapshot().context.request).toBeNull();
    expect(effects.facts[1]).toMatchObject({
      type: 'reversed',
      supersedes: 'c1',
      cause: 'request-declined',
      reason: 'sellable',
      unitId: 'U-1',
    });
    expect(effects.announcements.at(-1)).toEqual({
      tone: 'error',
      text: 'Declined: sellable. Pallet …5675 stays in quarantine.',
    });
  });

  it('a withdrawn request is reversed', () => {
    const { actor, effects } = start();
    actor.send(request('c1', 'scrap'));
    actor.send({ type: 'REQUEST_WITHDRAWN', meta: meta('c2') });
    expect(actor.getSnapshot().value).toBe('quarantined');
    expect(effects.facts[1]).toMatchObject({ type: 'reversed', supersedes: 'c1', cause: 'request-withdrawn' });
  });

  it('approval without a request is ignored: nothing leaves quarantine without a named disposition', () => {
    const { actor, effects } = start();
    actor.send({ type: 'SUPERVISOR_APPROVED', meta: meta('s1'), supervisor, reason: null, reference: null });
    expect(actor.getSnapshot().value).toBe('quarantined');
    expect(effects.facts).toEqual([]);
  });

  it('restores while awaiting the supervisor and decides once', () => {
    let row: PersistedMachine | null = null;
    const facts: ReceivingFact[] = [];
    const send = (event: QuarantineDispositionEvent) => {
      const result = runCommand({
        name: 'quarantineDisposition',
        machine: quarantineDispositionMachine,
        stored: row,
        input,
        event,
      });
      if (result.kind === 'applied') {
        facts.push(...result.facts);
        row = JSON.parse(JSON.stringify(result.persisted)) as PersistedMachine;
      }
      return result;
    };
    send(request('c1', 'return-to-vendor'));
    const approve: QuarantineDispositionEvent = {
      type: 'SUPERVISOR_APPROVED',
      meta: meta('s1'),
      supervisor,
      reason: null,
      reference: 'RMA-1',
    };
    expect(send(approve).kind).toBe('applied');
    expect(send(approve).kind).toBe('already-applied');
    expect(facts.map((f) => f.type)).toEqual(['quarantine.disposition-requested', 'quarantine.disposition-decided']);
  });
});

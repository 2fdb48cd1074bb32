import { ofAsn } from '../db/asn-rows';
import { loadMachine } from './dock-tables';
import { missingUnits } from './missing-units';
import { lastSeq } from './journal-append';
import {
  type DockDeps,
  type DockOutcome,
  inTransaction,
  refused,
  runSession,
  writeFacts,
  factContext,
  asnName,
} from './dock-core';

/**
 * Closes a receipt: units never scanned are recorded missing, and the receipt is closed in the same command when
 * nothing needs a supervisor; otherwise it stays in closing and says what is waiting.
 */
export function closeReceipt(deps: DockDeps, asnId: string): Promise<DockOutcome> {
  return inTransaction(deps, async (t, meta) => {
    const asn = await t.asns.get(asnId);
    if (!asn) return refused(`${asnName(asnId)} is not on this station.`);
    const [from, to] = ofAsn(asnId);
    const rows = await t.expectedUnits.where(':id').between(from, to, true, true).toArray();
    const states = await t.unitStates.where(':id').between(from, to, true, true).toArray();
    const missing = missingUnits(rows, states);
    // Approvals still waiting keep the receipt open: refused here, so the dock never sits in "closing".
    const session = (await loadMachine(t, 'receiptSession', asnId))?.snapshot as
      { context: { openDiscrepancies: readonly unknown[] } } | undefined;
    const waiting = session?.context.openDiscrepancies.length ?? 0;
    if (waiting > 0) {
      return refused(
        `${waiting} discrepanc${waiting === 1 ? 'y waits' : 'ies wait'} for a supervisor before ${asnName(asnId)} can close.`,
      );
    }
    const lastBefore = await lastSeq(t.journal);
    const closing = await runSession(t, asn, meta, [
      { type: 'REQUEST_CLOSE', meta, missingUnitIds: missing.map((u) => u.unitId) },
      { type: 'CLOSE_CONFIRMED', meta, supervisor: null },
    ]);
    const discrepancies = (await t.discrepancies.where('receiptId').equals(asnId).toArray()).filter(
      (d) => d.status !== 'reversed',
    );
    const context = await factContext(t, asn, rows);
    const closingFacts = closing.facts.filter((f) => f.type === 'discrepancy.recorded').length;
    const events = await writeFacts(t, meta, deps, closing.facts, {
      ...context,
      closingSummary: {
        unitsExpected: asn.unitCount,
        unitsReceived: states.length,
        unitsUnexpected: 0,
        unitsQuarantined: states.filter((s) => s.stage === 'quarantined' || s.stage === 'quarantine-stored').length,
        discrepancies: discrepancies.length + closingFacts,
        discrepanciesOpen: discrepancies.filter((d) => d.status === 'open' && d.needsApproval).length,
        missingUnitIds: missing.map((u) => u.unitId),
        // The close's own events follow: every event before it belongs to the receipt (ReceiptSummary.lastSeq).
        lastSeq: Math.max(1, lastBefore + closingFacts),
      },
    });
    return { ...closing, events, receiptId: asnId };
  });
}

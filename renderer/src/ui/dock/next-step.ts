import type { ReceiptRow, UnitStateRow } from '../../db/schema';

/**
 * The dock's next step, always prompted (issue 5, item 6): what the worker does now, in one sentence, from the
 * projections alone. Order matters: a seal problem stops everything, a unit on the forks goes away before the
 * next is scanned, then scanning, then closing.
 */
export interface NextStep {
  readonly tone: 'normal' | 'attention' | 'stop';
  readonly text: string;
}

/** Receipts the dock is working at this door: everything that has arrived and is not closed. */
export const ACTIVE_RECEIPT_STATUSES: ReadonlySet<ReceiptRow['status']> = new Set([
  'awaiting-seal-approval',
  'receiving',
  'closing',
]);

export function nextStep(receipts: readonly ReceiptRow[], awaiting: UnitStateRow | null, awaitingCount = 0): NextStep {
  const seal = receipts.find((r) => r.status === 'awaiting-seal-approval');
  if (seal) {
    return {
      tone: 'stop',
      text: `Seal problem on ${asnName(seal.receiptId)}: do not unload. Call a supervisor.`,
    };
  }
  if (awaiting) {
    return {
      tone: 'attention',
      // putAwayAt takes the latest unit first; the others are not forgotten, so the worker is told they wait.
      text: `Take ${unitLabel(awaiting)} to ${placeWords(awaiting.suggestedLocation)} — scan the location label${
        awaitingCount > 1 ? ` (${awaitingCount - 1} more waiting for putaway)` : ''
      }`,
    };
  }
  const receiving = receipts.filter((r) => r.status === 'receiving');
  const open = receiving.find((r) => r.receivedUnits < r.expectedUnits);
  if (open) return { tone: 'normal', text: 'Scan the next pallet or carton' };
  const done = receiving[0];
  if (done) return { tone: 'normal', text: `All units of ${asnName(done.receiptId)} received. Close the receipt.` };
  const closing = receipts.find((r) => r.status === 'closing');
  if (closing) {
    return { tone: 'stop', text: `${asnName(closing.receiptId)} cannot close yet. Call a supervisor.` };
  }
  return {
    tone: 'normal',
    text: 'Trailer at the door? Open its ASN on the inbound board and record its arrival.',
  };
}

/** "Pallet …4821": the last digits are what a worker checks on the label (as the machines name units). */
export function unitLabel(state: Pick<UnitStateRow, 'announced' | 'sscc' | 'unitId'>): string {
  const kind = state.announced.kind === 'tare' ? 'pallet' : state.announced.kind;
  const word = kind.charAt(0).toUpperCase() + kind.slice(1);
  return state.sscc === undefined ? `${word} ${state.unitId}` : `${word} …${state.sscc.slice(-4)}`;
}

/** A suggestion is a zone ("A") or a bin ("A-01-02", putaway-rules.ts); the worker is told which. */
function placeWords(suggested: string | null): string {
  if (suggested === null) return 'its location';
  return suggested.includes('-') ? `location ${suggested}` : `zone ${suggested}`;
}

/** "ASN 4711", or the id alone when it already says ASN ("ASN-AHD-24051"): no "ASN ASN-…" on the dock. */
export function asnName(asnId: string): string {
  return /^ASN\b/i.test(asnId) ? asnId : `ASN ${asnId}`;
}

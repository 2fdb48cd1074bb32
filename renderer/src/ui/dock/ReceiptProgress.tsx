import type { ReceiptRow } from '../../db/schema';
import { asnName } from './next-step';
import type { ActiveReceipt } from './use-dock-state';

const STATUS_WORDS: Partial<Record<ReceiptRow['status'], string>> = {
  receiving: 'Receiving',
  'awaiting-seal-approval': 'Seal problem — call a supervisor',
  closing: 'Closing — waiting for a supervisor',
};

/**
 * The receipts at this door, always in view while receiving (issue 5, item 6): "ASN … — 3 of 6 units received",
 * trailer and door, and closing. A secondary button on purpose: scanning is the one primary action of this
 * screen. Undo sits with the last scan's result (DockScreen), which is what it undoes.
 */
export function ReceiptProgress(props: {
  receipts: readonly ActiveReceipt[];
  busy: boolean;
  onClose: (receipt: ActiveReceipt) => void;
}) {
  const { receipts, busy, onClose } = props;
  if (receipts.length === 0) return null;
  return (
    <section className="receipts" aria-label="Receipts at this door" data-testid="receipts">
      {receipts.map((active) => {
        const { receipt, asn } = active;
        const stop = receipt.status !== 'receiving';
        return (
          <article
            key={receipt.receiptId}
            className={`receipt receipt--${receipt.status}`}
            data-testid="receipt"
            data-receipt-id={receipt.receiptId}
            data-status={receipt.status}
          >
            <p className={`receipt__status${stop ? ' receipt__status--stop' : ''}`}>
              {STATUS_WORDS[receipt.status] ?? receipt.status}
            </p>
            <h2 className="receipt__title" data-testid="receipt-progress">
              {asnName(receipt.receiptId)} — {receipt.receivedUnits} of {receipt.expectedUnits} units received
            </h2>
            {/* The bar and the close share a row: on a 1024x768 screen every line of this card costs the prompt. */}
            {!stop && (
              <div className="receipt__bar-row">
                <progress
                  className="receipt__bar"
                  max={Math.max(receipt.expectedUnits, 1)}
                  value={receipt.receivedUnits}
                  aria-hidden="true"
                />
                <button
                  type="button"
                  className="secondary receipt__close"
                  disabled={busy}
                  onClick={() => {
                    onClose(active);
                  }}
                >
                  Close receipt…
                </button>
              </div>
            )}
            {/* What to check against the trailer first; the supplier last, where a narrow screen may cut it. */}
            <p className="receipt__facts">
              <span>Trailer {receipt.trailer ?? '—'}</span>
              <span>Door {receipt.dockDoor ?? '—'}</span>
              {receipt.sealNumber !== null && (
                <span className={receipt.seal === 'intact' ? '' : 'receipt__bad'}>
                  Seal {receipt.sealNumber} {receipt.seal === 'intact' ? 'intact' : 'NOT OK'}
                </span>
              )}
              {receipt.openDiscrepancies > 0 && (
                <span className="receipt__bad">
                  {receipt.openDiscrepancies} {receipt.openDiscrepancies === 1 ? 'difference' : 'differences'} for a
                  supervisor
                </span>
              )}
              {asn?.supplierName && <span>{asn.supplierName}</span>}
            </p>
          </article>
        );
      })}
    </section>
  );
}

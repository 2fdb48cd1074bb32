import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type ReactNode } from 'react';
import { ofAsn } from '../../db/asn-rows';
import type { DocksideDb } from '../../db/schema';
import { missingUnits } from '../../receiving/missing-units';
import { asnName } from './next-step';
import { useModal } from './use-modal';
import type { ActiveReceipt } from './use-dock-state';

/** How many missing units are listed by name; the rest are counted (a whole trailer short is one sentence). */
const LISTED = 12;

const KIND_WORDS = { pallet: 'Pallet', tare: 'Pallet', carton: 'Carton', package: 'Package' } as const;

/**
 * Closing a receipt is final for the dock (a supervisor reopens), so it asks first and lists what would be
 * recorded missing: expected units of which nothing was received, from the projections (issue 5, item 6).
 */
export function CloseReceiptDialog(props: {
  db: DocksideDb;
  active: ActiveReceipt;
  onConfirm: () => Promise<void>;
  onCancel: () => void;
}) {
  const { db, active, onConfirm, onCancel } = props;
  const { receipt } = active;
  const asnId = receipt.asnId ?? receipt.receiptId;
  const id = useId();
  const [busy, setBusy] = useState(false);
  const missing = useLiveQuery(async () => {
    const [from, to] = ofAsn(asnId);
    const [rows, states] = await Promise.all([
      db.expectedUnits.where(':id').between(from, to, true, true).toArray(),
      db.unitStates.where(':id').between(from, to, true, true).toArray(),
    ]);
    return missingUnits(rows, states);
  }, [db, asnId]);
  const short = receipt.expectedUnits - receipt.receivedUnits;

  return (
    <ModalDialog labelId={`${id}-title`} busy={busy} onCancel={onCancel}>
      <h2 id={`${id}-title`}>Close receipt {asnName(asnId)}?</h2>
      <p className="dock-dialog__lead" data-testid="close-summary">
        {receipt.receivedUnits} of {receipt.expectedUnits} units received
        {short > 0 ? ` — ${short} ${short === 1 ? 'unit is' : 'units are'} missing.` : ' — nothing is missing.'}
      </p>
      {missing === undefined && <p>Checking what is missing…</p>}
      {missing !== undefined && missing.length > 0 && (
        <div className="dock-dialog__missing">
          <p>These will be recorded missing (the supplier is told):</p>
          <ul data-testid="close-missing">
            {missing.slice(0, LISTED).map((u) => (
              <li key={u.unitId}>
                {KIND_WORDS[u.kind]} {u.sscc ?? u.unitId}
              </li>
            ))}
            {missing.length > LISTED && <li>… and {missing.length - LISTED} more</li>}
          </ul>
        </div>
      )}
      {receipt.openDiscrepancies > 0 && (
        <p className="field__problem">
          {receipt.openDiscrepancies} {receipt.openDiscrepancies === 1 ? 'difference needs' : 'differences need'} a
          supervisor: the receipt will not close until they are approved.
        </p>
      )}
      <div className="dock-dialog__buttons">
        <button
          type="button"
          className="primary"
          disabled={busy || missing === undefined}
          onClick={() => {
            setBusy(true);
            void onConfirm();
          }}
        >
          {missing !== undefined && missing.length > 0 ? `Close with ${missing.length} missing` : 'Close receipt'}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
          Keep receiving
        </button>
      </div>
    </ModalDialog>
  );
}

function ModalDialog(props: { labelId: string; busy: boolean; onCancel: () => void; children: ReactNode }) {
  const dialog = useModal();
  return (
    <dialog
      ref={dialog}
      className="dock-dialog"
      aria-labelledby={props.labelId}
      data-testid="close-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!props.busy) props.onCancel();
      }}
    >
      {props.children}
    </dialog>
  );
}

import { useId, useState, type SyntheticEvent } from 'react';
import type { AsnRow } from '../../db/schema';
import type { ArrivalInput } from '../../receiving/dock-commands';
import { asnName } from './next-step';
import { useModal } from './use-modal';

/**
 * Records a trailer's arrival for an ASN (issue 5, "arrival: dock door, trailer, seal number and whether it is
 * intact"). Trailer and seal come prefilled from the ASN, so the worker checks them against the trailer and
 * changes what differs; whether the seal is intact has no default: the worker must look at it. The door is the
 * station's. Enter confirms, Esc cancels.
 */
export function ArrivalDialog(props: {
  asn: AsnRow;
  dockDoor: string;
  onConfirm: (arrival: ArrivalInput) => Promise<void>;
  onCancel: () => void;
}) {
  const { asn, dockDoor, onConfirm, onCancel } = props;
  const dialog = useModal();
  const id = useId();
  const [trailer, setTrailer] = useState(asn.trailer);
  const [seal, setSeal] = useState(asn.seal ?? '');
  const [intact, setIntact] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sealNumber = seal.trim() === '' ? null : seal.trim();

  const submit = (event: SyntheticEvent): void => {
    event.preventDefault();
    if (trailer.trim() === '') {
      setProblem('Type the trailer number.');
      return;
    }
    if (sealNumber !== null && intact === null) {
      setProblem('Look at the seal: is it intact? Choose Yes or No.');
      return;
    }
    setBusy(true);
    // A trailer without a seal has nothing to break: the machine reads it as "no seal" (or broken, when the ASN
    // announced one).
    void onConfirm({ trailer: trailer.trim(), sealNumber, sealIntact: sealNumber === null ? true : intact === true });
  };

  return (
    <dialog
      ref={dialog}
      className="dock-dialog"
      aria-labelledby={`${id}-title`}
      data-testid="arrival-dialog"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>Record arrival</h2>
        <p className="dock-dialog__lead">
          {asnName(asn.asnId)} · {asn.supplierName || 'Supplier not named'} · door {dockDoor}
        </p>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-trailer`}>
            Trailer
          </label>
          <input
            id={`${id}-trailer`}
            value={trailer}
            autoComplete="off"
            onChange={(e) => {
              setTrailer(e.target.value);
            }}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-seal`}>
            Seal number
          </label>
          <input
            id={`${id}-seal`}
            value={seal}
            autoComplete="off"
            aria-describedby={`${id}-seal-hint`}
            onChange={(e) => {
              setSeal(e.target.value);
            }}
          />
          <span className="field__hint" id={`${id}-seal-hint`}>
            {asn.seal === null ? 'The ASN announces no seal.' : `The ASN says ${asn.seal}.`} Leave empty if the trailer
            has no seal.
          </span>
        </div>
        <fieldset className="choice" disabled={sealNumber === null}>
          <legend className="field__label">Seal intact?</legend>
          <label className="choice__option">
            <input
              type="radio"
              name={`${id}-intact`}
              checked={intact === true}
              onChange={() => {
                setIntact(true);
              }}
            />
            Yes, intact
          </label>
          <label className="choice__option choice__option--bad">
            <input
              type="radio"
              name={`${id}-intact`}
              checked={intact === false}
              onChange={() => {
                setIntact(false);
              }}
            />
            No, broken
          </label>
        </fieldset>
        {problem !== null && (
          <p className="field__problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dock-dialog__buttons">
          <button type="submit" className="primary" disabled={busy}>
            Confirm arrival
          </button>
          <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}

import type { AsnRow } from '../../db/schema';
import { AsnDetail } from './AsnDetail';
import { plural } from './hierarchy';
import type { InboundStatus } from './inbound-status';

/** One ASN on the board: a summary button (click or Enter toggles its hierarchy), then the hierarchy when open. */
export function AsnRowView(props: {
  db: AsnDetailDb;
  row: AsnRow;
  status: InboundStatus;
  index: number;
  open: boolean;
  onToggle: (asnId: string) => void;
  onRecordArrival?: (asn: AsnRow) => void;
}) {
  const { row, status, open } = props;
  const cancelled = status === 'cancelled';
  const latest = row.revisions.at(-1);
  const previous = row.revisions.at(-2);
  return (
    <li
      className={`asn asn--${row.status} asn--${status}`}
      data-testid="asn-row"
      data-asn-id={row.asnId}
      data-status={status}
    >
      <button
        type="button"
        className="asn__summary"
        aria-expanded={open}
        data-row-index={props.index}
        onClick={() => {
          props.onToggle(row.asnId);
        }}
      >
        <span className="asn__id">{row.asnId}</span>
        <span className="asn__supplier">{row.supplierName || 'Supplier not named'}</span>
        <span className="asn__progress" data-testid="asn-progress">
          {cancelled ? 'CANCELLED' : `${row.receivedUnitCount} / ${row.unitCount} units`}
        </span>
        <span className="asn__trailer">
          {[row.carrierScac, row.trailer && `trailer ${row.trailer}`].filter(Boolean).join(' · ') || 'No carrier'}
        </span>
        <span className="asn__pos">{row.poNumbers.length > 0 ? `PO ${row.poNumbers.join(', ')}` : 'No PO'}</span>
        <span className="asn__arrival">
          {row.expectedArrival === null ? 'No arrival date' : `Due ${formatArrival(row.expectedArrival)}`}
        </span>
        <span className="asn__badges">
          {row.version > 1 && (
            <span className="badge badge--version" data-testid="asn-version">
              v{row.version}
            </span>
          )}
          {row.conflicts.length > 0 && (
            <span className="badge badge--conflict" data-testid="asn-conflicts">
              ⚠ {plural(row.conflicts.length, 'conflict')}
            </span>
          )}
          {row.warnings.length > 0 && (
            <span className="badge badge--warning">{plural(row.warnings.length, 'warning')}</span>
          )}
          {latest && previous && latest.changes.length > 0 && (
            <span className="asn__changed" data-testid="asn-changed">
              Changed since v{previous.version}: {latest.changes.slice(0, 2).join('; ')}
              {latest.changeCount > 2 && ` (+${latest.changeCount - 2} more)`}
            </span>
          )}
        </span>
        {!cancelled && <progress max={Math.max(row.unitCount, 1)} value={row.receivedUnitCount} aria-hidden="true" />}
      </button>
      {open && (
        <AsnDetail
          db={props.db}
          row={row}
          {...(props.onRecordArrival === undefined ? {} : { onRecordArrival: props.onRecordArrival })}
        />
      )}
    </li>
  );
}

type AsnDetailDb = Parameters<typeof AsnDetail>[0]['db'];

function formatArrival(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const sameDay = at.toDateString() === new Date().toDateString();
  // A date without a time (YYYY-MM-DD from EDI) has no hour worth showing.
  if (iso.length <= 10)
    return sameDay ? 'today' : at.toLocaleDateString([], { weekday: 'short', day: 'numeric', month: 'short' });
  return sameDay
    ? at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleString([], { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

import type { BoardRow } from './inbound-status';
import { countByStatus, INBOUND_STATUS_ORDER, inboundStatusLabel, UNTRACKED_STATUSES } from './inbound-status';

/**
 * Counts per status across every stored ASN (not just the search hits). A status no event records is shown as
 * "not tracked yet" rather than 0 (a 0 would claim nothing is there); since issue 5 there is none.
 */
export function StatusCounts({ rows }: { rows: readonly BoardRow[] }) {
  const counts = countByStatus(rows);
  return (
    <ul className="status-counts" aria-label="ASNs by status" data-testid="status-counts">
      {INBOUND_STATUS_ORDER.map((status) => {
        const untracked = UNTRACKED_STATUSES.has(status);
        return (
          <li
            key={status}
            className={`status-count status-count--${status}${untracked ? ' status-count--untracked' : ''}`}
            title={untracked ? 'Not tracked yet: comes with trailer check-in and closing receipts' : undefined}
          >
            <span className="status-count__label">{inboundStatusLabel(status)}</span>{' '}
            <span className="status-count__n">{untracked ? '–' : counts[status]}</span>
          </li>
        );
      })}
    </ul>
  );
}

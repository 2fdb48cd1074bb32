import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { AsnRow, DocksideDb } from '../../db/schema';
import { AsnUnits } from './AsnUnits';

/** Today's expected receipts, filterable by ASN, PO, supplier or trailer; Enter or click opens the units. */
export function AsnList({ db }: { db: DocksideDb }) {
  // Sorted here, not by the index: ASNs from partner files may have no expected arrival, and a row whose indexed
  // field is absent is missing from an index-ordered read.
  const asns = useLiveQuery(async () => byArrival(await db.asns.toArray()), [db]);
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const needle = filter.trim().toLowerCase();
  const shown = (asns ?? []).filter((a) => needle === '' || matches(a, needle));

  return (
    <section className="asn-list" aria-label="Expected receipts">
      <div className="asn-list__bar">
        <h2>Expected receipts</h2>
        <input
          type="search"
          className="asn-list__filter"
          placeholder="Find ASN, PO, supplier, trailer"
          aria-label="Find ASN, PO, supplier or trailer"
          data-testid="asn-filter"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
          }}
        />
      </div>
      {asns === undefined && <p>Loading…</p>}
      {asns?.length === 0 && <p className="empty">No ASNs yet. They appear here as soon as the ERP sends them.</p>}
      <ul>
        {shown.map((asn) => (
          <li key={asn.asnId} className={`asn asn--${asn.status}`} data-testid="asn-row" data-asn-id={asn.asnId}>
            <button
              type="button"
              className="asn__summary"
              aria-expanded={open === asn.asnId}
              onClick={() => {
                setOpen(open === asn.asnId ? null : asn.asnId);
              }}
            >
              <span className="asn__id">{asn.asnId}</span>
              <span className="asn__supplier">{asn.supplierName}</span>
              <span className="asn__pos">PO {asn.poNumbers.join(', ')}</span>
              <span className="asn__trailer">
                {asn.carrierScac} {asn.trailer}
              </span>
              <span className="asn__arrival">
                {asn.expectedArrival === null ? 'No arrival date' : `Due ${formatArrival(asn.expectedArrival)}`}
              </span>
              <span className="asn__progress" data-testid="asn-progress">
                {asn.status === 'cancelled' ? 'Cancelled' : `${asn.receivedUnitCount} / ${asn.unitCount} units`}
              </span>
              <progress max={asn.unitCount} value={asn.receivedUnitCount} aria-hidden="true" />
            </button>
            {open === asn.asnId && <AsnUnits db={db} asnId={asn.asnId} />}
          </li>
        ))}
      </ul>
    </section>
  );
}

function matches(asn: AsnRow, needle: string): boolean {
  return [asn.asnId, asn.supplierName, asn.trailer, asn.carrierScac, ...asn.poNumbers].some((v) =>
    v.toLowerCase().includes(needle),
  );
}

function byArrival(asns: AsnRow[]): AsnRow[] {
  return asns.sort((a, b) => (a.expectedArrival ?? '\uffff').localeCompare(b.expectedArrival ?? '\uffff'));
}

function formatArrival(iso: string): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === new Date().toDateString();
  return sameDay
    ? at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
    : at.toLocaleString([], { weekday: 'short', hour: '2-digit', minute: '2-digit' });
}

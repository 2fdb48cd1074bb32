import { useLiveQuery } from 'dexie-react-hooks';
import { ofAsn, unitsWithState } from '../../db/asn-rows';
import type { AsnRow, DocksideDb, ReceiptRow } from '../../db/schema';
import { buildHierarchy, hierarchyCounts } from './hierarchy';
import { whereInFile } from './import-words';
import { LineList, UnitTree } from './UnitTree';

const FORMAT_NAMES: Record<AsnRow['source']['format'], string> = {
  erp: 'ERP',
  'x12-856': 'X12 856',
  'edifact-desadv': 'EDIFACT DESADV',
  csv: 'CSV',
  json: 'JSON',
};

/** "the ERP" for pulled ASNs (their origin is only the word erp), "file.x12 (X12 856)" for imported files. */
function sourceInWords(source: AsnRow['source']): string {
  if (source.format === 'erp') return 'the ERP';
  return source.origin === '' ? FORMAT_NAMES[source.format] : `${source.origin} (${FORMAT_NAMES[source.format]})`;
}

/** An opened ASN: where it came from, what changed, what a supervisor must look at, then its hierarchy. */
export function AsnDetail({
  db,
  row,
  onRecordArrival,
}: {
  db: DocksideDb;
  row: AsnRow;
  onRecordArrival?: (asn: AsnRow) => void;
}) {
  // null: no receipt yet; undefined: still loading.
  const receipt = useLiveQuery(async () => (await db.receipts.get(row.asnId)) ?? null, [db, row.asnId]);
  const data = useLiveQuery(async () => {
    const [from, to] = ofAsn(row.asnId);
    const [expected, states] = await Promise.all([
      db.expectedUnits.where(':id').between(from, to, true, true).toArray(),
      db.unitStates.where(':id').between(from, to, true, true).toArray(),
    ]);
    return { units: unitsWithState(expected, states), lines: expected.flatMap((r) => r.lines) };
    // row.version: a revision rewrites the expected units; receivedUnitCount moves with every receipt.
  }, [db, row.asnId, row.version, row.receivedUnitCount]);
  const tree = data ? buildHierarchy(data.units, data.lines, row.warnings) : null;
  const revisions = row.revisions.filter((r) => r.changeCount > 0).reverse();

  return (
    <div className="asn-detail" data-testid="asn-detail" aria-label={`ASN ${row.asnId}`}>
      <p className="asn-detail__source">
        Version {row.version} · from {sourceInWords(row.source)}
        {row.seal && ` · seal ${row.seal}`}
        {data && ` · ${hierarchyCounts(data.units, row.lineCount)}`}
      </p>
      {onRecordArrival !== undefined && row.status !== 'cancelled' && (
        <ArrivalLine receipt={receipt} row={row} onRecordArrival={onRecordArrival} />
      )}
      {row.status === 'cancelled' && (
        <p className="asn-detail__cancelled">
          The sender cancelled this ASN. It is kept for reference; do not receive against it.
        </p>
      )}
      {row.conflicts.length > 0 && (
        <div className="asn-detail__block asn-detail__block--conflict" data-testid="asn-conflict-list">
          <h4>For a supervisor</h4>
          <ul>
            {row.conflicts.map((c, i) => (
              <li key={i}>
                v{c.version}: {c.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {revisions.length > 0 && (
        <div className="asn-detail__block" data-testid="asn-revisions">
          <h4>What changed</h4>
          {revisions.map((r) => (
            <div key={r.version}>
              <p className="asn-detail__rev">
                Version {r.version} · {new Date(r.storedAt).toLocaleString()} · from {sourceInWords(r.source)}
              </p>
              <ul>
                {r.changes.map((c, i) => (
                  <li key={i}>{c}</li>
                ))}
                {r.changeCount > r.changes.length && <li>… and {r.changeCount - r.changes.length} more changes</li>}
              </ul>
            </div>
          ))}
        </div>
      )}
      {tree && tree.otherWarnings.length > 0 && (
        <div className="asn-detail__block asn-detail__block--warning">
          <h4>Warnings from the file</h4>
          <ul>
            {tree.otherWarnings.map((w, i) => (
              <li key={i}>
                {whereInFile(w.at) && `${whereInFile(w.at)}: `}
                {w.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!tree && <p>Loading…</p>}
      {tree && (
        <UnitTree
          asnId={row.asnId}
          roots={tree.roots}
          large={data ? data.units.length > 60 || row.lineCount > 300 : false}
        />
      )}
      {tree && tree.looseLines.length > 0 && (
        <div className="asn-detail__block">
          <h4>Lines without a pallet or carton</h4>
          <LineList lines={tree.looseLines} />
        </div>
      )}
    </div>
  );
}

const RECEIPT_WORDS: Record<ReceiptRow['status'], string> = {
  expected: 'Not arrived',
  'awaiting-seal-approval': 'Arrived with a seal problem: waiting for a supervisor',
  receiving: 'Receiving',
  closing: 'Closing: waiting for a supervisor',
  closed: 'Closed',
  cancelled: 'Cancelled',
  'cancelled-with-receipts': 'Cancelled after receiving: call a supervisor',
};

/**
 * Where the ASN's receipt stands at the dock, or the arrival action when its trailer has not been recorded: the
 * first thing a worker does with an ASN, so it is the detail's primary button (keyboard: Tab from the row).
 * `undefined` receipt is still loading: nothing is offered until the station knows.
 */
function ArrivalLine(props: {
  receipt: ReceiptRow | undefined | null;
  row: AsnRow;
  onRecordArrival: (asn: AsnRow) => void;
}) {
  const { receipt, row, onRecordArrival } = props;
  if (receipt === undefined || receipt === null || receipt.status === 'expected') {
    return (
      <div className="asn-detail__arrival">
        <button
          type="button"
          className="primary"
          onClick={() => {
            onRecordArrival(row);
          }}
        >
          Record arrival
        </button>
        <span>Trailer {row.trailer || 'not announced'} at the door? Record it, then scan its pallets.</span>
      </div>
    );
  }
  return (
    <p className={`asn-detail__receipt asn-detail__receipt--${receipt.status}`} data-testid="asn-receipt">
      {RECEIPT_WORDS[receipt.status]} · door {receipt.dockDoor ?? '—'} · trailer {receipt.trailer ?? '—'} ·{' '}
      {receipt.receivedUnits} of {receipt.expectedUnits} units received
    </p>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { AsnRow, DocksideDb } from '../../db/schema';
import { AsnRowView } from './AsnRowView';
import { ImportPanel } from './ImportPanel';
import { groupByStatus, inboundStatusLabel, type BoardRow } from './inbound-status';
import { nextRowIndex } from './list-keys';
import { StatusCounts } from './StatusCounts';
import type { AsnIntake } from './use-asn-intake';
import { useInboundRows } from './use-inbound-rows';
import './inbound.css';

/**
 * The inbound board (issue 4, item 5): the station's ASNs grouped by status with counts, searchable by ASN,
 * PO, SSCC, supplier and trailer; arrows move between ASNs, Enter opens one's hierarchy, Escape returns to
 * the search. Files are imported with the button or dropped anywhere on the dock screen (DockScreen).
 */
export function InboundScreen({
  db,
  intake,
  onRecordArrival,
}: {
  db: DocksideDb;
  intake: AsnIntake;
  /** Opens the arrival form for an ASN (issue 5): offered in an opened ASN's detail. */
  onRecordArrival?: (asn: AsnRow) => void;
}) {
  const [search, setSearch] = useState('');
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const rows = useInboundRows(db, search);
  // The dock's receipts (issue 5) decide "arrived" and "closed": a few rows, read whole.
  const receipts = useLiveQuery(
    async () => new Map((await db.receipts.toArray()).map((r) => [r.receiptId, r.status] as const)),
    [db],
  );
  const board = useMemo(() => {
    const join = (row: AsnRow): BoardRow => ({ ...row, receiptStatus: receipts?.get(row.asnId) ?? null });
    return { all: rows.all?.map(join), shown: rows.shown.map(join) };
  }, [rows.all, rows.shown, receipts]);
  const listRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const groups = groupByStatus(board.shown);
  const ordered = groups.flatMap((g) => g.rows);
  const indexOf = new Map(ordered.map((row, i) => [row.asnId, i]));

  const focusRow = (index: number): void => {
    listRef.current?.querySelector<HTMLButtonElement>(`[data-row-index="${index}"]`)?.focus();
  };
  const onListKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    const target = event.target as HTMLElement;
    if (event.key === 'Escape') {
      searchRef.current?.focus();
      event.preventDefault();
      return;
    }
    const current = Number(target.dataset.rowIndex ?? -1);
    if (target.dataset.rowIndex === undefined) return; // keys inside an open hierarchy stay theirs
    const next = nextRowIndex(current, event.key, ordered.length);
    if (next === null) return;
    event.preventDefault();
    focusRow(next);
  };
  const toggle = (asnId: string): void => {
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(asnId)) next.add(asnId);
      return next;
    });
  };

  return (
    <section className="inbound asn-list" aria-label="Inbound">
      <div className="inbound__bar">
        <h2>Inbound</h2>
        <input
          ref={searchRef}
          type="search"
          className="asn-list__filter"
          placeholder="ASN, PO, SSCC, trailer…"
          aria-label="Find ASN, PO, SSCC, supplier or trailer"
          data-testid="asn-filter"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'ArrowDown' && e.key !== 'Enter') return;
            e.preventDefault();
            // A search that found exactly one ASN opens it on Enter: the hierarchy is one key away.
            const only = ordered.length === 1 ? ordered[0] : undefined;
            if (e.key === 'Enter' && only && !open.has(only.asnId)) toggle(only.asnId);
            focusRow(0);
          }}
        />
        <button type="button" className="secondary inbound__import" onClick={intake.pick} disabled={intake.busy}>
          Import ASN file
        </button>
      </div>
      <ImportPanel intake={intake} />
      {board.all !== undefined && <StatusCounts rows={board.all} />}
      {rows.all === undefined && <p>Loading…</p>}
      {rows.all?.length === 0 && (
        <p className="empty">
          No ASNs yet. They appear here as soon as the ERP sends them, or drop an ASN file (X12 856, EDIFACT DESADV,
          CSV, JSON) on this screen.
        </p>
      )}
      {rows.all !== undefined && rows.all.length > 0 && ordered.length === 0 && (
        <p className="empty" data-testid="no-match">
          Nothing matches “{search.trim()}”.
        </p>
      )}
      <div ref={listRef} className="inbound__groups" onKeyDown={onListKey}>
        {groups.map((group) => (
          <section key={group.status} className={`inbound-group inbound-group--${group.status}`}>
            <h3 className="inbound-group__title" data-testid="status-group">
              {inboundStatusLabel(group.status)} <span className="inbound-group__count">{group.rows.length}</span>
            </h3>
            <ul>
              {group.rows.map((row) => (
                <AsnRowView
                  key={row.asnId}
                  db={db}
                  row={row}
                  status={group.status}
                  index={indexOf.get(row.asnId) ?? -1}
                  open={open.has(row.asnId)}
                  onToggle={toggle}
                  {...(onRecordArrival === undefined ? {} : { onRecordArrival })}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { AsnRow, DocksideDb } from '../../db/schema';
import { filterRows, parseSearchQuery, searchKeyOf } from './inbound-search';

/** SSCC prefix lookups stop here: a prefix that matches more units than this is a company prefix, not a search. */
const PREFIX_LIMIT = 500;

export interface InboundRows {
  /** Every stored ASN, by expected arrival; undefined while loading. */
  readonly all: readonly AsnRow[] | undefined;
  readonly shown: readonly AsnRow[];
}

/**
 * The ASN rows and the search over them. Text matching runs on keys built once per list change; SSCCs go
 * through the `expectedUnits.ssccs` index (exact, or a prefix for a partly typed SSCC), never a scan of every unit.
 */
export function useInboundRows(db: DocksideDb, search: string): InboundRows {
  // Sorted here, not by the index: ASNs from partner files may have no expected arrival, and a row whose indexed
  // field is absent is missing from an index-ordered read.
  const all = useLiveQuery(async () => byArrival(await db.asns.toArray()), [db]);
  const query = useMemo(() => parseSearchQuery(search), [search]);
  const ssccAsnIds = useLiveQuery(async () => {
    // Primary keys only ([asnId, unitId]): an expected-unit row holds a whole pallet's lines.
    const ssccs = db.expectedUnits.where('ssccs');
    if (query.kind === 'sscc') return (await ssccs.equals(query.sscc).primaryKeys()).map(([asnId]) => asnId);
    if (query.kind === 'sscc-prefix') {
      return (await ssccs.startsWith(query.prefix).limit(PREFIX_LIMIT).primaryKeys()).map(([asnId]) => asnId);
    }
    return [];
  }, [db, query]);
  const keys = useMemo(() => new Map((all ?? []).map((row) => [row.asnId, searchKeyOf(row)])), [all]);
  const shown = useMemo(
    () =>
      filterRows(query, {
        rows: all ?? [],
        keyOf: (row) => keys.get(row.asnId) ?? '',
        idOf: (row) => row.asnId,
        ssccAsnIds: new Set(ssccAsnIds ?? []),
      }),
    [all, keys, query, ssccAsnIds],
  );
  return { all, shown };
}

function byArrival(asns: AsnRow[]): AsnRow[] {
  return asns.sort(
    (a, b) =>
      (a.expectedArrival ?? '\uffff').localeCompare(b.expectedArrival ?? '\uffff') || a.asnId.localeCompare(b.asnId),
  );
}

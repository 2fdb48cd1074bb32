import type { AsnLogisticUnit, AsnUnitKind } from '../domain/asn/canonical-asn';
import type { Collection } from 'dexie';
import { ofAsn } from './asn-rows';
import { onExpectedUnitsChanged } from './expected-units-feed';
import type { DocksideDb, ExpectedUnitRow } from './schema';

/**
 * What every SSCC and GTIN on the station's ASNs is, in memory, so the scan path can tell what was scanned
 * without a round trip to IndexedDB (issue 4: lookup p99 ≤ 1 ms with 100,000 lines; an indexed IndexedDB read
 * measured 0.5 ms median but 5 ms p99 here, docs/BENCHMARKS.md). It holds only what identifies a scan (ids,
 * quantities, lot, expiry), not whole lines, and nothing the dock changes: receipt state is read in the receiving
 * transaction, which stays the authority. Built from `expectedUnits` at start; intake announces what it
 * changed (expected-units-feed.ts) and the index reloads those ASNs.
 */
export interface SsccHit {
  readonly asnId: string;
  readonly unitId: string;
  /** The expected-unit row holding it: [asnId, rowUnitId] is its key. */
  readonly rowUnitId: string;
  readonly kind: AsnUnitKind;
  readonly parentUnitId: string | null;
  /** Units nested in it at any depth. */
  readonly nestedUnits: number;
  /** Lines held by it and its nested units. */
  readonly lines: number;
}

export interface GtinHit {
  readonly asnId: string;
  readonly rowUnitId: string;
  /** The unit holding the line, or null for a loose line. */
  readonly unitId: string | null;
  readonly lineId: string;
  readonly poNumber?: string;
  readonly quantity: string;
  readonly uom: string;
  readonly lot?: string;
  readonly expiry?: string;
}

export class ExpectedIndex {
  private readonly bySscc = new Map<string, SsccHit[]>();
  private readonly byGtin = new Map<string, GtinHit[]>();
  private readonly keysOfAsn = new Map<string, { ssccs: Set<string>; gtins: Set<string> }>();

  /** Hits for an SSCC, on every ASN announcing it; empty when none does. */
  findSscc(sscc: string): readonly SsccHit[] {
    return this.bySscc.get(sscc) ?? [];
  }

  findGtin(gtin: string): readonly GtinHit[] {
    return this.byGtin.get(gtin) ?? [];
  }

  get asnCount(): number {
    return this.keysOfAsn.size;
  }

  /** Replaces everything the index knows about these ASNs with their rows (none: the ASN is forgotten). */
  replaceAsns(asnIds: readonly string[], rows: readonly ExpectedUnitRow[]): void {
    for (const asnId of asnIds) this.forget(asnId);
    for (const row of rows) this.add(row);
  }

  add(row: ExpectedUnitRow): void {
    let keys = this.keysOfAsn.get(row.asnId);
    if (!keys) this.keysOfAsn.set(row.asnId, (keys = { ssccs: new Set(), gtins: new Set() }));
    for (const [sscc, hit] of ssccHitsOf(row)) {
      push(this.bySscc, sscc, hit);
      keys.ssccs.add(sscc);
    }
    for (const line of row.lines) {
      if (line.gtin === undefined) continue;
      push(this.byGtin, line.gtin, {
        asnId: row.asnId,
        rowUnitId: row.unitId,
        unitId: line.unitId,
        lineId: line.lineId,
        ...(line.poNumber === undefined ? {} : { poNumber: line.poNumber }),
        quantity: line.quantity,
        uom: line.uom,
        ...(line.lot === undefined ? {} : { lot: line.lot }),
        ...(line.expiry === undefined ? {} : { expiry: line.expiry }),
      });
      keys.gtins.add(line.gtin);
    }
  }

  private forget(asnId: string): void {
    const keys = this.keysOfAsn.get(asnId);
    if (!keys) return;
    for (const sscc of keys.ssccs) drop(this.bySscc, sscc, asnId);
    for (const gtin of keys.gtins) drop(this.byGtin, gtin, asnId);
    this.keysOfAsn.delete(asnId);
  }
}

function ssccHitsOf(row: ExpectedUnitRow): [string, SsccHit][] {
  const childrenOf = new Map<string, AsnLogisticUnit[]>();
  for (const u of row.units) {
    if (u.parentUnitId !== null) push(childrenOf, u.parentUnitId, u);
  }
  const linesOf = new Map<string, number>();
  for (const line of row.lines) {
    if (line.unitId !== null) linesOf.set(line.unitId, (linesOf.get(line.unitId) ?? 0) + 1);
  }
  const counted = new Map<string, { units: number; lines: number }>();
  const count = (unit: AsnLogisticUnit, path: Set<string>): { units: number; lines: number } => {
    const known = counted.get(unit.unitId);
    if (known) return known;
    const total = { units: 0, lines: linesOf.get(unit.unitId) ?? 0 };
    path.add(unit.unitId);
    for (const child of childrenOf.get(unit.unitId) ?? []) {
      if (path.has(child.unitId)) continue; // a parent cycle: validation rejects them, this only guards
      const below = count(child, path);
      total.units += 1 + below.units;
      total.lines += below.lines;
    }
    path.delete(unit.unitId);
    counted.set(unit.unitId, total);
    return total;
  };
  return row.units.flatMap((unit): [string, SsccHit][] => {
    if (unit.sscc === undefined) return [];
    const below = count(unit, new Set());
    return [
      [
        unit.sscc,
        {
          asnId: row.asnId,
          unitId: unit.unitId,
          rowUnitId: row.unitId,
          kind: unit.kind,
          parentUnitId: unit.parentUnitId,
          nestedUnits: below.units,
          lines: below.lines,
        },
      ],
    ];
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function drop<V extends { asnId: string }>(map: Map<string, V[]>, key: string, asnId: string): void {
  const kept = (map.get(key) ?? []).filter((hit) => hit.asnId !== asnId);
  if (kept.length > 0) map.set(key, kept);
  else map.delete(key);
}

/**
 * Rows are read in pages so building the index never holds a whole day's ASNs as rows at once, and a scan's own
 * read waits behind one small page at most (a pallet row of 100 lines is ~12 kB to structured-clone).
 */
const LOAD_PAGE = 50;

/**
 * The station's index: filled from IndexedDB in the background, then kept in step with intake in every window.
 * `ready` resolves when the first load is done; until then lookups come back empty and callers use IndexedDB.
 */
export interface LiveExpectedIndex {
  readonly index: ExpectedIndex;
  readonly ready: Promise<void>;
  /** Resolves when every change announced so far is applied (tests, and the benchmark). */
  settled(): Promise<void>;
  stop(): void;
}

export function startExpectedIndex(db: DocksideDb): LiveExpectedIndex {
  const index = new ExpectedIndex();
  // One chain: a change announced during the first load is applied after it, never lost or reordered. A failed
  // read leaves the index short of some rows, which only sends those scans to IndexedDB (see findSscc's callers).
  const ready = loadAll(db, index);
  let chain = ready.catch((error: unknown) => {
    warn('load', error);
  });
  const stop = onExpectedUnitsChanged(db.name, ({ asnIds, rows }) => {
    chain = chain
      .then(async () => {
        if (rows === undefined) await reload(db, index, asnIds);
        else index.replaceAsns(asnIds, rows);
      })
      .catch((error: unknown) => {
        warn('reload', error);
      });
  });
  return { index, ready, settled: () => chain, stop };
}

async function loadAll(db: DocksideDb, index: ExpectedIndex): Promise<void> {
  await readInPages(
    db.expectedUnits.orderBy(':id'),
    (after) => db.expectedUnits.where(':id').above(after),
    (rows) => {
      for (const row of rows) index.add(row);
    },
  );
}

/**
 * Re-reads the ASNs in pages, yielding to the page between them: a 100,000-line ASN is 12 MB to structured-clone,
 * which in one read would hold the scan path for seconds. Lookups for these ASNs meanwhile miss and go to
 * IndexedDB, which is right (expected-index.ts, header).
 */
async function reload(db: DocksideDb, index: ExpectedIndex, asnIds: readonly string[]): Promise<void> {
  index.replaceAsns(asnIds, []);
  for (const asnId of asnIds) {
    const [from, to] = ofAsn(asnId);
    await readInPages(
      db.expectedUnits.where(':id').between(from, to, true, true),
      (after) => db.expectedUnits.where(':id').between(after, to, false, true),
      (rows) => {
        for (const row of rows) index.add(row);
      },
    );
  }
}

async function readInPages(
  first: Collection<ExpectedUnitRow, [string, string]>,
  next: (after: [string, string]) => Collection<ExpectedUnitRow, [string, string]>,
  take: (rows: readonly ExpectedUnitRow[]) => void,
): Promise<void> {
  let collection = first;
  for (;;) {
    const page = await collection.limit(LOAD_PAGE).toArray();
    take(page);
    const last = page.at(-1);
    if (!last || page.length < LOAD_PAGE) return;
    collection = next([last.asnId, last.unitId]);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function warn(what: string, error: unknown): void {
  console.warn(`Scan index ${what} failed; scans fall back to IndexedDB lookups.`, error);
}

import type { Transaction } from 'dexie';
import type { AsnLine } from '../domain/asn/canonical-asn';
import type { AsnRowV1, AsnLineRowV1, LogisticUnitRowV1 } from './schema-v1';
import type { AsnHeader, AsnRow, JournalRow } from './schema';
import type { LineBlockRowV2, UnitRowV2 } from './schema-v2';

/**
 * v1 → v2: every ASN, unit and line a station holds moves to the canonical tables, and what the dock received
 * stays received. Runs inside Dexie's versionchange transaction, so it is all or nothing: a station that
 * crashes mid-upgrade opens as v1 again and retries. The v1 tables are dropped by Dexie after this returns.
 *
 * The content hash is left empty: v1 never stored one, and the next ERP pull of the same ASN finds no
 * differences and fills it in without raising a revision (asn-intake.ts).
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const asns = (await tx.table('asns').toArray()) as AsnRowV1[];
  const oldUnits = (await tx.table('logisticUnits').toArray()) as LogisticUnitRowV1[];
  const oldLines = (await tx.table('lines').toArray()) as AsnLineRowV1[];
  const journal = (await tx.table('journal').toArray()) as JournalRow[];

  const countedBySeq = new Map<number, JournalRow>(journal.map((j) => [j.seq, j]));
  const units: UnitRowV2[] = oldUnits.map((u) => {
    const journalled = u.receivedBySeq === null ? undefined : countedBySeq.get(u.receivedBySeq)?.event;
    // v1 stations only ever journalled unit.received.
    const event = journalled?.type === 'unit.received' ? journalled : undefined;
    const counted = (event?.contents ?? [])
      .filter((c) => 'sscc' in c && c.sscc === u.sscc)
      .map((c) => ({ lineId: c.lineId, quantity: c.quantity }));
    return {
      asnId: u.asnId,
      unitId: u.sscc,
      sscc: u.sscc,
      parentUnitId: u.parentSscc,
      kind: u.type,
      status: u.status,
      receivedAt: u.receivedAt,
      receivedBySeq: u.receivedBySeq,
      counted,
      removedInVersion: null,
    };
  });

  const blocks = new Map<string, { asnId: string; unitKey: string; gtins: Set<string>; lines: AsnLine[] }>();
  for (const l of oldLines) {
    const key = `${l.asnId}\u0000${l.sscc}`;
    let block = blocks.get(key);
    if (!block) blocks.set(key, (block = { asnId: l.asnId, unitKey: l.sscc, gtins: new Set(), lines: [] }));
    block.gtins.add(l.gtin);
    block.lines.push({
      lineId: l.lineId,
      poNumber: l.poNumber,
      poLine: l.poLine,
      unitId: l.sscc,
      itemIds: [{ qualifier: 'gtin', senderQualifier: 'GTIN', value: l.gtin }],
      gtin: l.gtin,
      description: l.description,
      quantity: l.quantity,
      uom: l.uom,
      ...(l.lot === null ? {} : { lot: l.lot }),
      ...(l.expiry === null ? {} : { expiry: l.expiry }),
      serials: [],
    });
  }
  const blockRows: LineBlockRowV2[] = [...blocks.values()].map((b) => ({
    asnId: b.asnId,
    unitKey: b.unitKey,
    sscc: b.unitKey,
    gtins: [...b.gtins],
    lines: b.lines,
  }));

  await tx.table('units').bulkPut(units);
  await tx.table('lineBlocks').bulkPut(blockRows);
  await tx.table('asns').bulkPut(asns.map(asnRowV2));
}

function asnRowV2(v1: AsnRowV1): AsnRow {
  const header: AsnHeader = {
    asnId: v1.asnId,
    supplier: { name: v1.supplierName, code: { qualifier: 'ERP', value: v1.supplierId } },
    carrier: { scac: v1.carrierScac, trailer: v1.trailer, seals: v1.seal === null ? [] : [v1.seal] },
    shippedAt: v1.shippedAt,
    expectedArrival: v1.expectedArrival,
    orders: v1.poNumbers.map((poNumber) => ({ poNumber })),
  };
  const source = { format: 'erp', origin: '', controlRefs: [] } as const;
  return {
    asnId: v1.asnId,
    version: 1,
    senderVersion: v1.version,
    status: v1.status,
    source,
    supplierName: v1.supplierName,
    supplierId: v1.supplierId,
    poNumbers: v1.poNumbers,
    carrierScac: v1.carrierScac,
    trailer: v1.trailer,
    seal: v1.seal,
    shippedAt: v1.shippedAt,
    expectedArrival: v1.expectedArrival,
    unitCount: v1.unitCount,
    receivedUnitCount: v1.receivedUnitCount,
    lineCount: v1.lineCount,
    storedAt: v1.pulledAt,
    header,
    warnings: [],
    contentHash: '',
    revisions: [
      {
        version: 1,
        senderVersion: v1.version,
        storedAt: v1.pulledAt,
        source,
        changes: [],
        changeCount: 0,
        conflictCount: 0,
      },
    ],
    conflicts: [],
  };
}

import type { AsnV1 } from '../domain/asn-wire';
import type { AsnLineRow, AsnRow, DocksideDb, LogisticUnitRow } from './schema';

const CURSOR_KEY = 'erp.asnCursor';

export async function loadAsnCursor(db: DocksideDb): Promise<string | null> {
  return ((await db.meta.get(CURSOR_KEY))?.value as string | undefined) ?? null;
}

/**
 * Stores one page pulled from the ERP together with the cursor that follows it, in one transaction: a pull
 * interrupted between pages resumes from the last stored page, never skipping or half-applying one.
 * What the dock already received stays received. (Revisions that remove or change received units are the
 * ASN intake issue's: they will be flagged for a supervisor instead of being overwritten.)
 */
export async function storeAsnPage(
  db: DocksideDb,
  asns: readonly AsnV1[],
  nextCursor: string,
  pulledAt: string,
): Promise<void> {
  await db.transaction('rw', [db.asns, db.logisticUnits, db.lines, db.meta], async () => {
    for (const asn of asns) {
      const existing = await db.logisticUnits.bulkGet(asn.units.map((u) => u.sscc));
      const units: LogisticUnitRow[] = asn.units.map((u, i) => {
        const before = existing[i];
        return {
          sscc: u.sscc,
          asnId: asn.asnId,
          parentSscc: u.parentSscc,
          type: u.type,
          status: before?.status ?? 'expected',
          receivedAt: before?.receivedAt ?? null,
          receivedBySeq: before?.receivedBySeq ?? null,
        };
      });
      const lines: AsnLineRow[] = asn.lines.map((l) => ({
        asnId: asn.asnId,
        lineId: l.lineId,
        poNumber: l.poNumber,
        poLine: l.poLine,
        sscc: l.sscc,
        gtin: l.gtin,
        description: l.description,
        quantity: l.quantity,
        uom: l.uom,
        lot: l.lot ?? null,
        expiry: l.expiry ?? null,
      }));
      const row: AsnRow = {
        asnId: asn.asnId,
        version: asn.version,
        status: asn.status,
        supplierId: asn.supplier.id,
        supplierName: asn.supplier.name,
        poNumbers: asn.poNumbers,
        carrierScac: asn.carrier.scac,
        trailer: asn.carrier.trailer,
        seal: asn.carrier.seal ?? null,
        shippedAt: asn.shippedAt,
        expectedArrival: asn.expectedArrival,
        unitCount: units.length,
        receivedUnitCount: units.filter((u) => u.status === 'received').length,
        lineCount: lines.length,
        pulledAt,
      };
      await db.lines.where('asnId').equals(asn.asnId).delete();
      await db.lines.bulkPut(lines);
      await db.logisticUnits.bulkPut(units);
      await db.asns.put(row);
    }
    await db.meta.put({ key: CURSOR_KEY, value: nextCursor });
  });
}

import { canonicalFromAsnV1 } from '../domain/asn/from-asn-v1';
import type { AsnV1 } from '../domain/asn-wire';
import {
  allOrNothing,
  announceStored,
  boundTables,
  intakeTables,
  writePreparedAsns,
  type IntakeResult,
} from './asn-intake';
import { prepareAsns } from './prepare-asns';
import type { DocksideDb } from './schema';

const CURSOR_KEY = 'erp.asnCursor';

export async function loadAsnCursor(db: DocksideDb): Promise<string | null> {
  return ((await db.meta.get(CURSOR_KEY))?.value as string | undefined) ?? null;
}

/**
 * Stores one page pulled from the ERP together with the cursor that follows it, in one transaction: a pull
 * interrupted between pages resumes from the last stored page, never skipping or half-applying one.
 * ERP ASNs go through the same intake as files (asn-intake.ts): an unchanged ASN writes nothing, a new version
 * is recorded with what changed, and what the dock already received stays received, with conflicts flagged
 * for a supervisor.
 */
export async function storeAsnPage(
  db: DocksideDb,
  asns: readonly AsnV1[],
  nextCursor: string,
  pulledAt: string,
  erpOrigin = 'erp',
): Promise<IntakeResult[]> {
  const prepared = await prepareAsns(asns.map((asn) => canonicalFromAsnV1(asn, erpOrigin)));
  const results = await db.transaction('rw', [...intakeTables(db), db.meta], (tx) =>
    allOrNothing(tx, async () => {
      const stored = await writePreparedAsns(boundTables(tx), prepared, pulledAt);
      await (tx.table('meta') as DocksideDb['meta']).put({ key: CURSOR_KEY, value: nextCursor });
      return stored;
    }),
  );
  announceStored(db, prepared, results);
  return results;
}

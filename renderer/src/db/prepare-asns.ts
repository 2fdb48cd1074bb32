import type { CanonicalAsn } from '../domain/asn/canonical-asn';
import { asnContentHash } from '../domain/asn/content-hash';
import { expectedUnitRows, PROGRESS_STEP } from './expected-unit-rows';
import type { ExpectedUnitRow } from './schema';

/**
 * The CPU half of intake (asn-intake.ts): the content hash and the expected-unit rows, built before the
 * transaction opens. Free of Dexie and the DOM.
 */
export interface IntakeProgress {
  readonly phase: 'preparing' | 'writing' | 'stored';
  readonly linesPrepared: number;
  readonly totalLines: number;
}

export interface PreparedAsn {
  readonly asn: CanonicalAsn;
  readonly hash: string;
  readonly rows: readonly ExpectedUnitRow[];
}

/** Hashes and builds rows; pure CPU work kept out of the transaction. */
export async function prepareAsns(
  asns: readonly CanonicalAsn[],
  onProgress?: (progress: IntakeProgress) => void,
): Promise<PreparedAsn[]> {
  const totalLines = asns.reduce((n, a) => n + a.lines.length, 0);
  let before = 0;
  // Said first, so whoever shows progress knows reading is over and preparing has begun.
  onProgress?.({ phase: 'preparing', linesPrepared: 0, totalLines });
  const prepared: PreparedAsn[] = [];
  for (const asn of asns) {
    const report = (done: number): void => {
      onProgress?.({ phase: 'preparing', linesPrepared: before + done, totalLines });
    };
    prepared.push({ asn, hash: await asnContentHash(asn), rows: expectedUnitRows(asn, report) });
    before += asn.lines.length;
    if (before % PROGRESS_STEP !== 0) report(0);
  }
  return prepared;
}

import type { AsnLine, AsnLogisticUnit } from '../domain/asn/canonical-asn';

/**
 * Rows as schema version 2 stored them: one row per logistic unit with its dock state, and one row per unit's
 * lines. Only the upgrades and their tests use these; nothing writes them any more. Kept verbatim so each
 * upgrade is written against what stations hold.
 */
export const SCHEMA_V2 = {
  asns: '&asnId, status, expectedArrival',
  logisticUnits: null,
  lines: null,
  units: '&[asnId+unitId], sscc, [asnId+parentUnitId]',
  lineBlocks: '&[asnId+unitKey], *gtins',
  revisions: '&[asnId+version]',
} as const;

export interface UnitRowV2 extends AsnLogisticUnit {
  readonly asnId: string;
  readonly status: 'expected' | 'received';
  readonly receivedAt: string | null;
  readonly receivedBySeq: number | null;
  readonly counted: readonly { readonly lineId: string; readonly quantity: string }[];
  readonly removedInVersion: number | null;
}

export interface LineBlockRowV2 {
  readonly asnId: string;
  /** The holding unit's id; '' for lines with no packing level. */
  readonly unitKey: string;
  readonly sscc?: string;
  readonly gtins: readonly string[];
  readonly lines: readonly AsnLine[];
}

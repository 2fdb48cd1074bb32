import type { LogisticUnitType } from '../domain/station-records';

/**
 * Rows as schema version 1 stored them (one row per SSCC, one per line). Only the v1→v2 upgrade and its test
 * read these; nothing writes them any more. Kept verbatim so the upgrade is written against what stations hold.
 */
export interface AsnRowV1 {
  readonly asnId: string;
  readonly version: number;
  readonly status: 'open' | 'cancelled';
  readonly supplierName: string;
  readonly supplierId: string;
  readonly poNumbers: readonly string[];
  readonly carrierScac: string;
  readonly trailer: string;
  readonly seal: string | null;
  readonly shippedAt: string;
  readonly expectedArrival: string;
  readonly unitCount: number;
  readonly receivedUnitCount: number;
  readonly lineCount: number;
  readonly pulledAt: string;
}

export interface LogisticUnitRowV1 {
  readonly sscc: string;
  readonly asnId: string;
  readonly parentSscc: string | null;
  readonly type: LogisticUnitType;
  readonly status: 'expected' | 'received';
  readonly receivedAt: string | null;
  readonly receivedBySeq: number | null;
}

export interface AsnLineRowV1 {
  readonly asnId: string;
  readonly lineId: string;
  readonly poNumber: string;
  readonly poLine: string;
  readonly sscc: string;
  readonly gtin: string;
  readonly description: string;
  readonly quantity: string;
  readonly uom: string;
  readonly lot: string | null;
  readonly expiry: string | null;
}

export const SCHEMA_V1 = {
  asns: '&asnId, status, expectedArrival',
  logisticUnits: '&sscc, asnId, parentSscc',
  lines: '&[asnId+lineId], asnId, sscc, gtin',
  journal: '&seq, &eventId, [syncState+seq], asnId',
  meta: '&key',
} as const;

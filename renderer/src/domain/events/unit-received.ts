import { z } from 'zod';
import { DecimalQuantity, Gtin, IsoDate, Sscc } from '../asn-wire';
import { EventEnvelopeV1, EventEnvelopeV2 } from './envelope';
import { ItemId, UnitRef, lotAndExpiryFields } from './refs';

/**
 * `unit.received`: a scanned logistic unit (and every unit nested in it) is received against its ASN.
 * Version 1 is the contract the station writes today and must validate unchanged; version 2 carries the
 * receiving mode and contents that lack a PO, PO line, GTIN or SSCC (envelope.ts says why a new version).
 */

/** v1: what a received unit held according to the ASN (trust receiving: contents come from the ASN). */
export const ReceivedContent = z.object({
  lineId: z.string().min(1),
  poNumber: z.string().min(1),
  poLine: z.string().min(1),
  sscc: Sscc,
  gtin: Gtin,
  quantity: DecimalQuantity,
  uom: z.string().min(1),
  lot: z.string().optional(),
  expiry: IsoDate.optional(),
});
export type ReceivedContent = z.infer<typeof ReceivedContent>;

export const UnitReceivedV1 = EventEnvelopeV1.extend({
  type: z.literal('unit.received'),
  asnId: z.string().min(1),
  asnVersion: z.number().int().positive(),
  /** The SSCC that was scanned. */
  sscc: Sscc,
  /** Every logistic unit marked received by this scan: the scanned one and the units nested in it. */
  units: z.array(Sscc).min(1),
  contents: z.array(ReceivedContent),
});
export type UnitReceivedV1 = z.infer<typeof UnitReceivedV1>;

/**
 * v2: one content line as received. The line is named by asnId (on the event) + lineId; the item by every
 * qualified id the ASN or the scan gave (possibly none: the line id still names it for the ERP); the unit that
 * directly holds it by `unitId`. PO and PO line travel when known (X12 PRF / EDIFACT RFF+ON), never invented.
 */
export const CountedContent = z.object({
  lineId: z.string().min(1).max(64),
  unitId: z.string().min(1).max(64).optional(),
  poNumber: z.string().min(1).max(64).optional(),
  poLine: z.string().min(1).max(64).optional(),
  items: z.array(ItemId).max(16),
  quantity: DecimalQuantity,
  uom: z.string().min(1).max(16),
  ...lotAndExpiryFields,
  serials: z.array(z.string().min(1).max(64)).max(10_000).optional(),
});
export type CountedContent = z.infer<typeof CountedContent>;

/**
 * How the quantities were established (issue 5, "Ways to receive"): `trust` copies the ASN, `audit` counts with
 * the expected quantity shown, `blind` counts with it hidden. The ERP treats all three as received quantities;
 * the mode tells auditors how far to trust them and drives ASN accuracy by supplier.
 */
export const ReceivingMode = z.enum(['trust', 'audit', 'blind']);
export type ReceivingMode = z.infer<typeof ReceivingMode>;

export const UnitReceivedV2 = EventEnvelopeV2.extend({
  type: z.literal('unit.received'),
  asnId: z.string().min(1).max(64),
  asnVersion: z.number().int().positive(),
  mode: ReceivingMode,
  /** The unit that was scanned. */
  unit: UnitRef,
  /** Every logistic unit marked received by this scan, the scanned one first, with or without an SSCC. */
  units: z.array(UnitRef).min(1),
  contents: z.array(CountedContent),
});
export type UnitReceivedV2 = z.infer<typeof UnitReceivedV2>;

/**
 * `unit.counted`: the contents of a unit received in audit or blind mode, once the count is finished (issue 5,
 * "Ways to receive"). The scan that received the unit may carry no contents; the count supplies them, and they
 * add to the received quantity of each line as `unit.received` contents do. A recount reverses the earlier
 * `unit.counted` (event.reversed, cause `recount`) and records the new one.
 */
export const UnitCounted = EventEnvelopeV2.extend({
  type: z.literal('unit.counted'),
  asnId: z.string().min(1).max(64),
  asnVersion: z.number().int().positive(),
  mode: z.enum(['audit', 'blind']),
  unit: UnitRef,
  contents: z.array(CountedContent),
});
export type UnitCounted = z.infer<typeof UnitCounted>;

/** Both versions under one discriminator, so `ReceivingEvent` keeps a single member per `type`. */
export const UnitReceivedAny = z.discriminatedUnion('schemaVersion', [UnitReceivedV1, UnitReceivedV2]);
export type UnitReceivedAny = z.infer<typeof UnitReceivedAny>;

/**
 * The v1 shape, under the name it has had since v1. The station writes v2 now (renderer/src/receiving/); v1 events
 * stay in journals and ledgers, and the demo ERP and tests read them with v1 fields (`sscc`, GTIN contents).
 */
export const UnitReceived = UnitReceivedV1;
export type UnitReceived = UnitReceivedV1;

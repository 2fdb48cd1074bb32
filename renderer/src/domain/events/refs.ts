import { z } from 'zod';
import { DecimalQuantity, Gtin, IsoDate, Sscc } from '../asn-wire';

/**
 * Identifiers v2 events use to name things on the dock. They follow the canonical ASN model
 * (renderer/src/domain/asn/canonical-asn.ts): a line is named by asnId + lineId, an item by qualified ids,
 * a logistic unit by the ASN's unitId with its SSCC when it has one.
 */

/**
 * A logistic unit. `unitId` is the ASN's unit id (the SSCC when the sender marked one, otherwise the sender's
 * package id: EDIFACT CPS number, X12 HL id), or for a unit not on the ASN the SSCC scanned or a licence plate
 * the station printed. `sscc` is present when the unit carries a valid SSCC-18 (GS1 General Specifications
 * §2.2.1), so the ERP and partner messages (X12 861 MAN*GM, RECADV GIN+BJ) can quote it.
 */
export const UnitRef = z.object({
  unitId: z.string().min(1).max(64),
  sscc: Sscc.optional(),
});
export type UnitRef = z.infer<typeof UnitRef>;

/**
 * An item identifier with its qualifier, normalised from X12 DE 235 (UP/EN/VN/BP/SK/IB) and EDIFACT DE 7143
 * (SRV/SA/IN...), as the canonical ASN's `ItemIdQualifier`. A GTIN must be a valid GTIN-14 (left-padded), so a
 * scanned (01)/(02) value and an ASN's UPC compare equal.
 */
export const ItemId = z.discriminatedUnion('qualifier', [
  z.object({ qualifier: z.literal('gtin'), value: Gtin }),
  z.object({ qualifier: z.enum(['buyer', 'vendor', 'sku', 'isbn', 'other']), value: z.string().min(1).max(64) }),
]);
export type ItemId = z.infer<typeof ItemId>;

/** A quantity as a decimal string with its unit of measure (as sent: EA, CA, KGM, UN/ECE Rec. 20 or X12 DE 355). */
export const Measure = z.object({ quantity: DecimalQuantity, uom: z.string().min(1).max(16) });
export type Measure = z.infer<typeof Measure>;

/**
 * Lot and expiry as read from GS1 AIs (10) and (17), or keyed, or as the ASN declared them. A GS1 lot is at most
 * 20 characters, but X12 856 (LIN/REF lot qualifiers) and DESADV (PIA, GIR) allow longer ones, hence 64.
 */
export const lotAndExpiryFields = {
  lot: z.string().min(1).max(64).optional(),
  expiry: IsoDate.optional(),
};

/**
 * Who approved, and how they proved it. Never the PIN itself: an event is copied to the ERP, its ledger and
 * partner messages, and a secret there is a secret everywhere. The object is strict, so an event that carries
 * a `pin` (or any other unknown member) here is rejected instead of silently stored.
 */
export const SupervisorApproval = z.strictObject({
  supervisorId: z.string().min(1).max(64),
  method: z.enum(['pin', 'badge']),
});
export type SupervisorApproval = z.infer<typeof SupervisorApproval>;

/**
 * A photo kept at the station and referenced by the event: identity and integrity, not the bytes (events are
 * small and travel in batches; the file follows by its own upload). SHA-256 (FIPS 180-4) as 64 lowercase hex
 * digits; media type per RFC 6838, limited to what a webcam capture produces. Strict, so an event that inlines
 * the image (a `bytes` or `dataUrl` member) is refused instead of trimmed without a word.
 */
export const PhotoAttachment = z.strictObject({
  attachmentId: z.string().min(1).max(64),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits'),
  mediaType: z.enum(['image/jpeg', 'image/png', 'image/webp']),
  sizeBytes: z
    .number()
    .int()
    .positive()
    .max(25 * 1024 * 1024),
});
export type PhotoAttachment = z.infer<typeof PhotoAttachment>;

/** A warehouse location as printed on its label (the warehouse's own code, not a GS1 key). */
export const LocationCode = z.string().min(1).max(64);

/** A short machine code (kebab-case), e.g. a damage reason from the warehouse's configured list. */
export const ReasonCode = z.string().regex(/^[a-z0-9][a-z0-9-]{0,31}$/, 'reason code must be lowercase kebab-case');

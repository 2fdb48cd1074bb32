import { z } from 'zod';
import { hasValidGs1CheckDigit } from './gs1/check-digit';

/**
 * ASNs as Dockside's integration API v1 carries them (docs/api/openapi.json). The canonical model with every
 * EDI detail arrives with the ASN intake issue; this is the subset the ERP hands the station today.
 * Quantities are decimal strings so they never pass through binary floating point.
 */
export const DecimalQuantity = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,6})?$/, 'quantity must be a non-negative decimal string such as "12" or "2.5"');

export const Sscc = z
  .string()
  .regex(/^\d{18}$/, 'SSCC must be 18 digits')
  .refine(hasValidGs1CheckDigit, 'SSCC check digit is wrong');

export const Gtin = z
  .string()
  .regex(/^\d{14}$/, 'GTIN must be given as 14 digits')
  .refine(hasValidGs1CheckDigit, 'GTIN check digit is wrong');

export const Gln = z
  .string()
  .regex(/^\d{13}$/, 'GLN must be 13 digits')
  .refine(hasValidGs1CheckDigit, 'GLN check digit is wrong');

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD');

export const LogisticUnitType = z.enum(['pallet', 'carton']);

export const AsnLogisticUnitV1 = z.object({
  sscc: Sscc,
  parentSscc: Sscc.nullable(),
  type: LogisticUnitType,
  grossWeightKg: DecimalQuantity.optional(),
});

export const AsnLineV1 = z.object({
  lineId: z.string().min(1),
  poNumber: z.string().min(1),
  poLine: z.string().min(1),
  /** The logistic unit that directly contains this line. */
  sscc: Sscc,
  gtin: Gtin,
  description: z.string(),
  quantity: DecimalQuantity,
  uom: z.string().min(1),
  lot: z.string().optional(),
  expiry: IsoDate.optional(),
});

export const AsnV1 = z.object({
  asnId: z.string().min(1),
  version: z.number().int().positive(),
  status: z.enum(['open', 'cancelled']),
  supplier: z.object({ id: z.string().min(1), name: z.string().min(1), gln: Gln.optional() }),
  shipTo: z.object({ gln: Gln, name: z.string() }),
  carrier: z.object({ scac: z.string(), trailer: z.string(), seal: z.string().optional() }),
  shippedAt: z.iso.datetime({ offset: true }),
  expectedArrival: z.iso.datetime({ offset: true }),
  poNumbers: z.array(z.string().min(1)).min(1),
  units: z.array(AsnLogisticUnitV1),
  lines: z.array(AsnLineV1),
});
export type AsnV1 = z.infer<typeof AsnV1>;
export type AsnLogisticUnitV1 = z.infer<typeof AsnLogisticUnitV1>;
export type AsnLineV1 = z.infer<typeof AsnLineV1>;

/** One page of `GET /api/v1/asns`: ASNs changed since the cursor, oldest change first. */
export const AsnPageV1 = z.object({
  items: z.array(AsnV1),
  nextCursor: z.string(),
  hasMore: z.boolean(),
});
export type AsnPageV1 = z.infer<typeof AsnPageV1>;

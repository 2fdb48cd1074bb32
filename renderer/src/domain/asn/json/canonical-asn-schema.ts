import { z } from 'zod';
import { hasValidGs1CheckDigit } from '../../gs1/check-digit';
import { isQuantity } from '../../quantity';
import type { CanonicalAsn } from '../canonical-asn';
import { isRealDate, isRealDateOrDateTime } from '../validate-asn';

/**
 * The canonical ASN (canonical-asn.ts) as a zod schema: what the canonical JSON importer accepts, and what the
 * station store checks before it keeps an ASN. Field for field the TypeScript type (a compile-time check below
 * keeps them in step); optional fields are `exactOptional`, so a parsed ASN never holds `undefined` values.
 *
 * Leniency for hand-written files, nothing more: lists that are empty more often than not (serials, seals,
 * warnings, references, marks, control refs) may be left out, and `version` and `status` default to 1 and
 * `open`. Unknown fields are errors (a misspelt "quantitiy" must not vanish silently). Rules that span
 * fields (units and lines that refer to each other, duplicate SSCCs) are validate-asn.ts's, not the schema's.
 */
const text = z.string().min(1, 'must not be empty');
const decimal = z
  .string()
  .refine(
    (value) => isQuantity(value) && !value.startsWith('-'),
    'must be a decimal string of 0 or more, such as "12" or "2.5" (quantities are strings, never JSON numbers)',
  );
const date = z.string().refine(isRealDate, 'must be a real date written YYYY-MM-DD');
const moment = z.string().refine(isRealDateOrDateTime, 'must be a real date (YYYY-MM-DD) or an ISO 8601 date-time');
const digits = (length: number, what: string) =>
  z
    .string()
    .regex(new RegExp(`^\\d{${length}}$`), `must be ${length} digits (a ${what})`)
    .refine(hasValidGs1CheckDigit, `has a wrong check digit (a ${what} ends in a GS1 check digit)`);

const party = z.strictObject({
  name: z.string(),
  gln: digits(13, 'GLN').exactOptional(),
  code: z.strictObject({ qualifier: text, value: text }).exactOptional(),
});

const measure = z.strictObject({ value: decimal, unit: text });
const qualified = z.strictObject({ qualifier: text, value: text });

export const asnWarningSchema = z.strictObject({
  code: text,
  message: text,
  at: z
    .strictObject({
      line: z.number().int().positive().exactOptional(),
      segment: z.number().int().nonnegative().exactOptional(),
      tag: z.string().exactOptional(),
    })
    .exactOptional(),
});

export const asnSourceSchema = z.strictObject({
  format: z.enum(['erp', 'x12-856', 'edifact-desadv', 'csv', 'json']),
  origin: z.string(),
  controlRefs: z.array(z.string()).default([]),
});

const unit = z.strictObject({
  unitId: text,
  sscc: z
    .string()
    .regex(/^\d{18}$/, 'must be 18 digits (an SSCC)')
    .exactOptional(),
  parentUnitId: text.nullable(),
  kind: z.enum(['pallet', 'carton', 'tare', 'package']),
  packagingCode: text.exactOptional(),
  grossWeight: measure.exactOptional(),
  marks: z.array(qualified).exactOptional(),
});

const line = z.strictObject({
  lineId: text,
  poNumber: text.exactOptional(),
  poLine: text.exactOptional(),
  unitId: text.nullable(),
  itemIds: z.array(
    z.strictObject({
      qualifier: z.enum(['gtin', 'buyer', 'vendor', 'sku', 'isbn', 'other']),
      senderQualifier: z.string(),
      value: text,
    }),
  ),
  gtin: digits(14, 'GTIN-14').exactOptional(),
  description: z.string().exactOptional(),
  quantity: decimal,
  uom: text,
  orderedQuantity: decimal.exactOptional(),
  packSize: decimal.exactOptional(),
  lot: text.exactOptional(),
  expiry: date.exactOptional(),
  serials: z.array(text).default([]),
});

export const canonicalAsnSchema = z.strictObject({
  asnId: text,
  version: z.number().int().positive().default(1),
  status: z.enum(['open', 'cancelled']).default('open'),
  source: asnSourceSchema,
  supplier: party,
  shipFrom: party.exactOptional(),
  shipTo: party.exactOptional(),
  buyer: party.exactOptional(),
  carrier: z.strictObject({
    scac: text.exactOptional(),
    name: text.exactOptional(),
    trailer: text.exactOptional(),
    seals: z.array(text).default([]),
    billOfLading: text.exactOptional(),
    proNumber: text.exactOptional(),
  }),
  shippedAt: moment.exactOptional(),
  expectedArrival: moment.exactOptional(),
  grossWeight: measure.exactOptional(),
  orders: z.array(
    z.strictObject({
      poNumber: text,
      poDate: date.exactOptional(),
      releaseNumber: text.exactOptional(),
      buyer: party.exactOptional(),
    }),
  ),
  references: z.array(qualified).exactOptional(),
  units: z.array(unit),
  lines: z.array(line),
  warnings: z.array(asnWarningSchema).default([]),
});

/** A canonical ASN in a file: as above, but the source is the file's (the importer fills it in). */
export const canonicalAsnFileSchema = canonicalAsnSchema.extend({ source: asnSourceSchema.exactOptional() });

// Compile-time: a parsed ASN is a CanonicalAsn. This breaks the build when the type gains a required field the
// schema lacks, or a rule is looser than the type; an optional field added to the type needs adding here by hand.
type Parsed = z.output<typeof canonicalAsnSchema>;
export const parsedIsCanonical = (asn: Parsed): CanonicalAsn => asn;

import fc from 'fast-check';
import { withGs1CheckDigit } from '../../../gs1/check-digit';
import { formatQuantity } from '../../../quantity';
import type { AsnLine, AsnLogisticUnit, AsnParty, CanonicalAsn, ItemId } from '../../canonical-asn';

/**
 * Random canonical ASNs holding exactly what a CSV packing list can carry (write-csv.ts): units named by SSCC,
 * nested to any depth; lines with gtin / buyer / vendor ids; texts with delimiters, quotes, line breaks and
 * non-ASCII letters, so quoting is exercised. Test support only.
 */
const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));

/** Text as a person types it into a cell: never blank, no surrounding spaces, no control characters but LF. */
const cellText = fc
  .string({
    unit: fc.constantFrom('a', 'Z', '7', ' ', ',', ';', '"', '\n', '\t', 'é', '€', '-', '/', '='),
    minLength: 1,
    maxLength: 12,
  })
  .map((text) => text.trim())
  .filter((text) => text !== '');
/** Text for list cells (seals, serials), where `|` separates values. */
const listItem = cellText;
const code = fc.stringMatching(/^[A-Z0-9][A-Z0-9-]{0,10}$/);

const decimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 4 }))
  .map(([units, scale]) => {
    const text = units.toString().padStart(scale + 1, '0');
    return formatQuantity(scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`);
  });

const isoDate = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const moment = fc.oneof(
  isoDate,
  fc.constantFrom('2025-03-04T06:30', '2025-03-04T06:30:00Z', '2024-02-29T23:59:59+01:00'),
);

const gln = digits(12).map(withGs1CheckDigit);
const gtin = fc.oneof(
  digits(12).map(withGs1CheckDigit),
  digits(13).map(withGs1CheckDigit),
  digits(7).map(withGs1CheckDigit),
);

function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> {
  return fc.option(arbitrary, { nil: undefined });
}

/** Only the keys whose value is defined, as the canonical model wants. */
function defined<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const unitsArb: fc.Arbitrary<AsnLogisticUnit[]> = fc
  .uniqueArray(digits(17).map(withGs1CheckDigit), { maxLength: 6 })
  .chain((ssccs) =>
    fc.tuple(
      ...ssccs.map((sscc, index) =>
        fc
          .record({
            parent: index === 0 ? fc.constant(null) : fc.option(fc.integer({ min: 0, max: index - 1 }), { nil: null }),
            kind: fc.constantFrom<AsnLogisticUnit['kind']>('pallet', 'carton', 'tare', 'package'),
            weight: optional(fc.record({ value: decimal, unit: fc.constantFrom('KG', 'LB', 'KGM') })),
          })
          .map(({ parent, kind, weight }) =>
            defined<AsnLogisticUnit>({
              unitId: sscc,
              sscc,
              parentUnitId: parent === null ? null : (ssccs[parent] ?? null),
              kind,
              grossWeight: weight,
            }),
          ),
      ),
    ),
  );

function lineArb(units: readonly AsnLogisticUnit[], index: number): fc.Arbitrary<AsnLine> {
  return fc
    .record({
      unitId:
        units.length === 0
          ? fc.constant(null)
          : fc.option(fc.constantFrom(...units.map((u) => u.unitId)), { nil: null }),
      gtin: optional(gtin),
      buyer: optional(code),
      vendor: optional(cellText),
      poNumber: optional(fc.constantFrom('4500012345', 'PO-2', 'PO;3')),
      poLine: optional(code),
      description: optional(cellText),
      quantity: decimal,
      uom: fc.constantFrom('EA', 'CA', 'KGM', 'PCE'),
      orderedQuantity: optional(decimal),
      packSize: optional(decimal),
      lot: optional(cellText),
      expiry: optional(isoDate),
      serials: fc.array(listItem, { maxLength: 3 }),
    })
    .filter((line) => line.gtin !== undefined || line.buyer !== undefined || line.vendor !== undefined)
    .map(({ gtin: gtinValue, buyer, vendor, ...rest }) => {
      const itemIds: ItemId[] = [
        ...(gtinValue === undefined ? [] : [{ qualifier: 'gtin' as const, senderQualifier: 'gtin', value: gtinValue }]),
        ...(buyer === undefined ? [] : [{ qualifier: 'buyer' as const, senderQualifier: 'buyer_item', value: buyer }]),
        ...(vendor === undefined
          ? []
          : [{ qualifier: 'vendor' as const, senderQualifier: 'vendor_item', value: vendor }]),
      ];
      return defined<AsnLine>({ lineId: `L${index + 1}`, itemIds, gtin: gtinValue?.padStart(14, '0'), ...rest });
    });
}

const party: fc.Arbitrary<AsnParty | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ name: cellText, gln: optional(gln) }).map((p) => defined<AsnParty>(p)),
  gln.map((value) => ({ name: '', gln: value })),
);

export const csvAsn: fc.Arbitrary<CanonicalAsn> = unitsArb.chain((units) =>
  fc
    .record({
      asnId: code,
      version: fc.integer({ min: 1, max: 9 }),
      supplier: fc.oneof(
        fc.constant<AsnParty>({ name: '' }),
        party.map((p) => p ?? { name: 'Acme' }),
      ),
      shipTo: party,
      scac: optional(fc.stringMatching(/^[A-Z]{4}$/)),
      carrierName: optional(cellText),
      trailer: optional(cellText),
      seals: fc.array(listItem, { maxLength: 2 }),
      billOfLading: optional(code),
      shippedAt: optional(moment),
      expectedArrival: optional(moment),
      lines: fc
        .integer({ min: 1, max: 5 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => lineArb(units, i)))),
    })
    .map((a) =>
      defined<CanonicalAsn>({
        asnId: a.asnId,
        version: a.version,
        status: 'open',
        source: { format: 'csv', origin: 'roundtrip.csv', controlRefs: [] },
        supplier: a.supplier,
        shipTo: a.shipTo,
        carrier: defined({
          scac: a.scac,
          name: a.carrierName,
          trailer: a.trailer,
          seals: a.seals,
          billOfLading: a.billOfLading,
        }),
        shippedAt: a.shippedAt,
        expectedArrival: a.expectedArrival,
        orders: [...new Set(a.lines.flatMap((line) => (line.poNumber ? [line.poNumber] : [])))].map((poNumber) => ({
          poNumber,
        })),
        units,
        lines: a.lines,
        warnings: [],
      }),
    ),
);

export const csvAsns = fc.uniqueArray(csvAsn, { minLength: 1, maxLength: 3, selector: (asn) => asn.asnId });

/** An ASN's business content for comparison: units in SSCC order (a CSV lists them as rows mention them). */
export function csvContent(asn: CanonicalAsn): object {
  const units = [...asn.units].sort((a, b) => a.unitId.localeCompare(b.unitId));
  const rest = Object.entries(asn).filter(([key]) => key !== 'source' && key !== 'warnings' && key !== 'units');
  return { ...Object.fromEntries(rest), units };
}

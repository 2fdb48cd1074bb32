import fc from 'fast-check';
import type {
  AsnCarrier,
  AsnLine,
  AsnLogisticUnit,
  AsnMark,
  AsnMeasure,
  AsnOrder,
  AsnParty,
  CanonicalAsn,
  ItemId,
} from '../../canonical-asn';
import { withGs1CheckDigit } from '../../../gs1/check-digit';
import { formatDecimal } from '../../../quantity';
import { compact } from '../compact';
import type { X12Delimiters } from '../delimiters';

/**
 * fast-check generators of canonical ASNs and legal X12 delimiter sets, for the write → read round-trip property
 * (issue 4, item 6). Test support only. Values use letters, digits, space and `- . / ,`; delimiters come from a
 * disjoint pool, as X12 requires (it has no escape character).
 */
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const chars = (alphabet: string, min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.constantFrom(...alphabet.split('')), { minLength: min, maxLength: max }).map((a) => a.join(''));
const digits = (n: number): fc.Arbitrary<string> => chars(DIGITS, n, n);

/** An identifier such as `PO-4711/B`: no leading or trailing space (X12 values are trimmed on reading). */
export const word = fc
  .tuple(chars(LETTERS + DIGITS, 1, 8), opt(fc.tuple(fc.constantFrom('-', '.', '/'), chars(LETTERS + DIGITS, 1, 6))))
  .map(([head, tail]) => (tail ? head + tail.join('') : head));
const words = fc.array(chars(LETTERS + DIGITS + ',', 1, 8), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));

/** Canonical decimal strings: small counts, 3-decimal weights and values far beyond 2^53. */
export const quantity = fc
  .tuple(
    fc.oneof(fc.bigInt({ min: 0n, max: 500n }), fc.bigInt({ min: 0n, max: 10n ** 21n })),
    fc.integer({ min: 0, max: 3 }),
  )
  .map(([units, scale]) => formatDecimal({ units, scale }));

const two = (n: number): string => String(n).padStart(2, '0');
export const isoDate = fc
  .tuple(fc.integer({ min: 1990, max: 2049 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`);
const isoDateTime = fc
  .tuple(
    isoDate,
    opt(
      fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), opt(fc.integer({ min: 0, max: 59 }))),
    ),
  )
  .map(([day, clock]) =>
    clock ? `${day}T${two(clock[0])}:${two(clock[1])}${clock[2] === undefined ? '' : `:${two(clock[2])}`}` : day,
  );

const gtin14 = fc
  .constantFrom(11, 12, 13)
  .chain((n) => digits(n))
  .map((data) => withGs1CheckDigit(data).padStart(14, '0'));
const gln = digits(12).map(withGs1CheckDigit);
export const sscc = digits(17).map(withGs1CheckDigit);

const party: fc.Arbitrary<AsnParty> = fc.oneof(
  fc.record({ name: words, gln }),
  fc.record({ name: words, code: fc.record({ qualifier: fc.constantFrom('92', '1', '9', 'ZZ'), value: word }) }),
  fc.record({ name: words }),
);

const itemId: fc.Arbitrary<ItemId> = fc.oneof(
  fc.tuple(fc.constantFrom('UP', 'UK', 'EN', 'UA'), gtin14).map(([q, value]) => {
    // UP carries 12 digits and EN 13: keep the GTIN-14 within what the qualifier can hold.
    const fits = q === 'UP' ? value.startsWith('00') : q === 'EN' ? value.startsWith('0') : true;
    return { qualifier: 'gtin' as const, senderQualifier: fits ? q : 'UK', value };
  }),
  fc.record({ qualifier: fc.constant('buyer' as const), senderQualifier: fc.constantFrom('BP', 'IN'), value: word }),
  fc.record({ qualifier: fc.constant('vendor' as const), senderQualifier: fc.constantFrom('VN', 'VP'), value: word }),
  fc.record({ qualifier: fc.constant('sku' as const), senderQualifier: fc.constant('SK'), value: word }),
  fc.record({ qualifier: fc.constant('isbn' as const), senderQualifier: fc.constant('IB'), value: digits(13) }),
  fc.record({ qualifier: fc.constant('other' as const), senderQualifier: fc.constant('CB'), value: word }),
);

const measure: fc.Arbitrary<AsnMeasure> = fc.record({ value: quantity, unit: fc.constantFrom('LB', 'KG') });
const mark: fc.Arbitrary<AsnMark> = fc.oneof(
  fc.record({ qualifier: fc.constant('UC'), value: gtin14 }),
  fc.record({ qualifier: fc.constant('CP'), value: word }),
);

/** Kind and packaging code agree, since an X12 P loop's kind is read from TD101. */
const kindAndCode = fc.oneof(
  fc.record({ kind: fc.constant('pallet' as const), code: fc.constantFrom('PLT94', 'PLT90', 'PLT') }),
  fc.record({ kind: fc.constant('carton' as const), code: opt(fc.constantFrom('CTN25', 'BOX25')) }),
  fc.record({
    kind: fc.constantFrom('tare' as const, 'package' as const),
    code: opt(fc.constantFrom('PLT94', 'CTN25')),
  }),
);

interface UnitSeed {
  readonly parent: number;
  readonly sscc: string | undefined;
  readonly shape: { kind: AsnLogisticUnit['kind']; code: string | undefined };
  readonly weight: AsnMeasure | undefined;
  readonly marks: readonly AsnMark[];
}

const unitSeed: fc.Arbitrary<UnitSeed> = fc.record({
  parent: fc.nat(),
  sscc: opt(sscc),
  shape: kindAndCode,
  weight: opt(measure),
  marks: fc.array(mark, { maxLength: 2 }),
});

function unitsOf(seeds: readonly UnitSeed[]): AsnLogisticUnit[] {
  const seen = new Set<string>();
  const units: AsnLogisticUnit[] = [];
  seeds.forEach((seed, i) => {
    const sscc = seed.sscc !== undefined && !seen.has(seed.sscc) ? seed.sscc : undefined;
    if (sscc !== undefined) seen.add(sscc);
    // Parent among the earlier units, or none: any depth up to the number of units.
    const parentIndex = seed.parent % (i + 1);
    const parent = parentIndex === i ? null : (units[parentIndex]?.unitId ?? null);
    units.push(
      compact<AsnLogisticUnit>({
        unitId: sscc ?? `U${i}`,
        sscc,
        parentUnitId: parent,
        kind: seed.shape.kind,
        packagingCode: seed.shape.code,
        grossWeight: seed.weight,
        marks: seed.marks.length > 0 ? seed.marks : undefined,
      }),
    );
  });
  return units;
}

const lineSeed = fc.record({
  unit: fc.nat(),
  po: fc.nat(),
  poLine: opt(digits(3)),
  itemIds: fc.array(itemId, { minLength: 1, maxLength: 3 }),
  description: opt(words),
  quantity,
  uom: fc.constantFrom('EA', 'CA', 'PC', 'LB', 'KG'),
  orderedQuantity: opt(quantity),
  packSize: opt(quantity),
  lot: opt(word),
  expiry: opt(isoDate),
  serials: fc.array(word, { maxLength: 2 }),
});

const orders: fc.Arbitrary<AsnOrder[]> = fc.uniqueArray(
  fc
    .record({ poNumber: word, poDate: opt(isoDate), releaseNumber: opt(digits(4)), buyer: opt(party) })
    .map((order) => compact<AsnOrder>(order)),
  { maxLength: 3, selector: (order) => order.poNumber },
);

const carrier: fc.Arbitrary<AsnCarrier> = fc
  .record({
    scac: opt(chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 2, 4)),
    name: opt(words),
    trailer: opt(word),
    seals: fc.uniqueArray(word, { maxLength: 2 }),
    billOfLading: opt(word),
    proNumber: opt(word),
  })
  .map((value) => compact<AsnCarrier>(value));

export const canonicalAsn = (asnId: string): fc.Arbitrary<CanonicalAsn> =>
  fc
    .record({
      status: fc.constantFrom('open' as const, 'cancelled' as const),
      supplier: party,
      shipFrom: opt(party),
      shipTo: opt(party),
      buyer: opt(party),
      carrier,
      shippedAt: opt(isoDateTime),
      expectedArrival: opt(isoDateTime),
      grossWeight: opt(measure),
      orders,
      // Qualifiers other than BM, CN and SN, which the carrier fields own.
      references: opt(
        fc.uniqueArray(fc.record({ qualifier: fc.constantFrom('PK', 'IA', 'DP', 'UCB'), value: word }), {
          minLength: 1,
          maxLength: 3,
          selector: (ref) => `${ref.qualifier} ${ref.value}`,
        }),
      ),
      units: fc.array(unitSeed, { maxLength: 7 }).map(unitsOf),
      lines: fc.array(lineSeed, { minLength: 1, maxLength: 6 }),
    })
    .map(({ lines, ...asn }) =>
      compact<CanonicalAsn>({
        ...asn,
        asnId,
        version: 1,
        source: { format: 'x12-856', origin: 'generated', controlRefs: [] },
        warnings: [],
        lines: lines.map(({ unit, po, itemIds, ...line }, i) =>
          compact<AsnLine>({
            ...line,
            lineId: `L${i}`,
            unitId:
              asn.units.length > 0 && unit % 3 !== 0 ? (asn.units[unit % asn.units.length]?.unitId ?? null) : null,
            poNumber: asn.orders.length > 0 && po % 4 !== 0 ? asn.orders[po % asn.orders.length]?.poNumber : undefined,
            itemIds,
            gtin: itemIds.find((id) => id.qualifier === 'gtin')?.value,
          }),
        ),
      }),
    );

/** 1–3 ASNs with distinct shipment ids. */
export const canonicalAsns = fc
  .uniqueArray(word, { minLength: 1, maxLength: 3 })
  .chain((ids) => fc.tuple(...ids.map((id) => canonicalAsn(id))));

const DELIMITER_POOL = [
  '*',
  '~',
  '^',
  '|',
  '!',
  '>',
  ':',
  ';',
  '+',
  "'",
  '#',
  '$',
  '%',
  '&',
  '@',
  '`',
  '\u2026',
  '\u00a7',
  '\u001d',
  '\u001c',
  '\u001f',
];

/** A legal delimiter set: three distinct characters that never occur in data; the segment may be a line break. */
export const delimiters: fc.Arbitrary<X12Delimiters> = fc
  .tuple(fc.shuffledSubarray(DELIMITER_POOL, { minLength: 3, maxLength: 3 }), fc.boolean())
  .map(([[element = '*', component = '>', segment = '~'], newline]) => ({
    element,
    component,
    segment: newline ? '\n' : segment,
  }));

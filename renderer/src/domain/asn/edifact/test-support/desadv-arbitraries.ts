import fc from 'fast-check';
import { gs1CheckDigit, withGs1CheckDigit } from '../../../gs1/check-digit';
import { formatDecimal } from '../../../quantity';
import type { AsnLine, AsnLogisticUnit, AsnParty, AsnUnitKind, CanonicalAsn, ItemId } from '../../canonical-asn';
import { scanGtinOf } from '../item-ids';
import type { EdifactSeparators } from '../separators';
import { separatorsProblem } from '../separators';

/**
 * Random canonical ASNs and separator sets for the DESADV round-trip property (issue 4, item 6). Data strings
 * deliberately contain every character a separator set may use, so the release character is exercised.
 */
const SERVICE_POOL = [...Array.from(':+?\'*|^~!#$%&/\\;<=>@[]{}"`_()-.,§¤'), '\u001c', '\u001d', '\u001f'];

/** Legal separator sets (ISO 9735-1 §7): distinct, not alphanumeric; LF possible as the segment terminator. */
export const separatorSets: fc.Arbitrary<EdifactSeparators> = fc
  .record({
    decimal: fc.constantFrom<'.' | ','>('.', ','),
    chars: fc.uniqueArray(fc.constantFrom(...SERVICE_POOL), { minLength: 5, maxLength: 5 }),
    repetition: fc.boolean(),
    newlineTerminator: fc.boolean(),
  })
  .map(({ decimal, chars, repetition, newlineTerminator }) => {
    const [component = ':', element = '+', release = '?', repeat = '*', segment = "'"] = chars.filter(
      (c) => c !== decimal,
    );
    return {
      component,
      element,
      decimal,
      release,
      repetition: repetition ? repeat : null,
      segment: newlineTerminator ? '\n' : segment,
    };
  })
  .filter((separators) => separatorsProblem(separators) === null);

const DATA_UNITS = [
  ...Array.from('ABCXYZabcxyz0123456789 '),
  ...SERVICE_POOL.filter((c) => c >= ' '),
  'é',
  'ß',
  '漢',
  '😀',
];

/** Printable text (no control characters, no line breaks) that is full of service characters. */
export const text = (maxLength = 12): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...DATA_UNITS), minLength: 1, maxLength }).filter((s) => s.trim() !== '');

const digits = (length: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...Array.from('0123456789')), minLength: length, maxLength: length });

const gln = digits(12).map(withGs1CheckDigit);
const gtin14 = digits(13).map(withGs1CheckDigit);
/** SSCCs, one in eight with a wrong check digit (the reader keeps it and warns). */
const sscc = fc
  .tuple(digits(17), fc.nat(7))
  .map(([data, n]) => (n === 0 ? data + String((gs1CheckDigit(data) + 1) % 10) : withGs1CheckDigit(data)));

/** Decimal quantities in canonical form: small counts, weights with 3 decimals, and values past 2^53. */
export const quantity: fc.Arbitrary<string> = fc
  .tuple(fc.oneof(fc.bigInt(0n, 1000n), fc.bigInt(0n, 10n ** 18n)), fc.integer({ min: 0, max: 3 }))
  .map(([units, scale]) => formatDecimal({ units, scale }));

const date = fc
  .record({
    y: fc.integer({ min: 2000, max: 2099 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const dateTime = fc
  .tuple(
    date,
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
  )
  .map(
    ([day, h, m, s]) =>
      `${day}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}${s === undefined ? '' : `:${String(s).padStart(2, '0')}`}`,
  );

const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });

/** `T` with its possibly-undefined properties made optional instead. */
type Defined<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** Drops undefined properties, as exactOptionalPropertyTypes wants optional fields absent rather than undefined. */
function defined<T extends object>(value: T): Defined<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Defined<T>;
}

const party: fc.Arbitrary<AsnParty> = fc.oneof(
  fc.record({ name: text(), gln }),
  fc.record({ name: text(), code: fc.record({ qualifier: fc.constantFrom('91', '92', '31B', 'ZZZ'), value: text() }) }),
  fc.record({ name: text() }),
);

const itemId: fc.Arbitrary<ItemId> = fc.oneof(
  fc.record({
    qualifier: fc.constant('gtin' as const),
    senderQualifier: fc.constantFrom('SRV', 'EN', 'UP'),
    value: gtin14,
  }),
  fc.record({ qualifier: fc.constant('buyer' as const), senderQualifier: fc.constantFrom('IN', 'BP'), value: text() }),
  fc.record({
    qualifier: fc.constant('vendor' as const),
    senderQualifier: fc.constantFrom('SA', 'VN', 'VP'),
    value: text(),
  }),
  fc.record({ qualifier: fc.constant('sku' as const), senderQualifier: fc.constant('SK'), value: text() }),
  fc.record({ qualifier: fc.constant('isbn' as const), senderQualifier: fc.constant('IB'), value: text() }),
  fc.record({ qualifier: fc.constant('other' as const), senderQualifier: fc.constant('MF'), value: text() }),
);

const PACKAGINGS: readonly (readonly [AsnUnitKind, string | undefined])[] = [
  ['pallet', '201'],
  ['pallet', 'PX'],
  ['carton', 'CT'],
  ['carton', 'BX'],
  ['package', 'CR'],
  ['package', undefined],
];

/** A forest of units: each unit's parent is an earlier unit or none, so any depth and no cycles. */
const units: fc.Arbitrary<AsnLogisticUnit[]> = fc
  .array(
    fc.record({
      sscc: opt(sscc),
      ownId: text(8),
      parent: fc.nat(),
      hasParent: fc.boolean(),
      packaging: fc.constantFrom(...PACKAGINGS),
      weight: opt(fc.record({ value: quantity, unit: fc.constantFrom('KGM', 'LBR') })),
    }),
    { maxLength: 8 },
  )
  .map((drafts) => {
    const made: AsnLogisticUnit[] = [];
    const ids = new Set<string>();
    drafts.forEach((draft, index) => {
      const unitId = draft.sscc ?? `U${index}-${draft.ownId}`;
      if (ids.has(unitId)) return;
      ids.add(unitId);
      const parent = draft.hasParent && made.length > 0 ? made[draft.parent % made.length] : undefined;
      const [kind, packagingCode] = draft.packaging;
      made.push(
        defined({
          unitId,
          sscc: draft.sscc,
          parentUnitId: parent?.unitId ?? null,
          kind,
          packagingCode,
          grossWeight: draft.weight,
        }),
      );
    });
    return made;
  });

const lineDraft = fc.record({
  itemIds: fc.uniqueArray(itemId, { minLength: 1, maxLength: 3, selector: (id) => `${id.qualifier}|${id.value}` }),
  unit: fc.nat(),
  inUnit: fc.boolean(),
  description: opt(text(20)),
  quantity,
  uom: fc.constantFrom('PCE', 'EA', 'KGM', 'CT'),
  orderedQuantity: opt(quantity),
  packSize: opt(quantity),
  lot: opt(text()),
  expiry: opt(date),
  serials: fc.uniqueArray(text(), { maxLength: 7 }),
  order: fc.nat(),
  hasOrder: fc.boolean(),
  poLine: opt(digits(3)),
});

export const canonicalAsn: fc.Arbitrary<CanonicalAsn> = fc
  .record({
    asnId: text(20),
    version: fc.integer({ min: 1, max: 999 }),
    status: fc.constantFrom<'open' | 'cancelled'>('open', 'open', 'cancelled'),
    supplier: party,
    shipFrom: opt(party),
    shipTo: opt(party),
    buyer: opt(party),
    scac: opt(
      fc.string({ unit: fc.constantFrom(...Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ')), minLength: 2, maxLength: 4 }),
    ),
    carrierName: opt(text()),
    trailer: opt(text()),
    seals: fc.uniqueArray(text(), { maxLength: 3 }),
    billOfLading: opt(text()),
    proNumber: opt(text()),
    shippedAt: opt(fc.oneof(date, dateTime)),
    expectedArrival: opt(fc.oneof(date, dateTime)),
    orders: fc.uniqueArray(fc.record({ poNumber: text(), poDate: opt(date) }), {
      maxLength: 3,
      selector: (order) => order.poNumber,
    }),
    references: fc.array(fc.record({ qualifier: fc.constantFrom('PK', 'DQ', 'AAK', 'CR', 'ZZZ'), value: text() }), {
      maxLength: 3,
    }),
    units,
    lines: fc.uniqueArray(fc.record({ lineId: text(6), draft: lineDraft }), {
      minLength: 1,
      maxLength: 6,
      selector: (line) => line.lineId,
    }),
  })
  .map((a) => {
    const lines: AsnLine[] = a.lines.map(({ lineId, draft }) => {
      const unit = draft.inUnit && a.units.length > 0 ? a.units[draft.unit % a.units.length] : undefined;
      const order = draft.hasOrder && a.orders.length > 0 ? a.orders[draft.order % a.orders.length] : undefined;
      return defined({
        lineId,
        unitId: unit?.unitId ?? null,
        itemIds: draft.itemIds,
        gtin: scanGtinOf(draft.itemIds),
        description: draft.description,
        quantity: draft.quantity,
        uom: draft.uom,
        orderedQuantity: draft.orderedQuantity,
        packSize: draft.packSize,
        lot: draft.lot,
        expiry: draft.expiry,
        serials: draft.serials,
        poNumber: order?.poNumber,
        poLine: order ? draft.poLine : undefined,
      });
    });
    return defined({
      asnId: a.asnId,
      version: a.version,
      status: a.status,
      source: { format: 'edifact-desadv' as const, origin: 'generated', controlRefs: [] },
      supplier: a.supplier,
      shipFrom: a.shipFrom,
      shipTo: a.shipTo,
      buyer: a.buyer,
      carrier: defined({
        scac: a.scac,
        name: a.carrierName,
        trailer: a.trailer,
        seals: a.seals,
        billOfLading: a.billOfLading,
        proNumber: a.proNumber,
      }),
      shippedAt: a.shippedAt,
      expectedArrival: a.expectedArrival,
      orders: a.orders.map((order) => defined(order)),
      references: a.references.length === 0 ? undefined : a.references,
      units: a.units,
      lines,
      warnings: [],
    });
  });

import type { AsnImportError } from '../asn-importer';
import type { AsnCarrier, AsnLine, AsnLogisticUnit, AsnParty, CanonicalAsn, ItemId } from '../canonical-asn';
import { gtin14Of } from '../identifiers';
import type { AsnDraft, UnitDraft } from './group-rows';
import { kindOf } from './group-rows';
import type { CsvRow } from './read-row';
import { cellAt } from './read-row';

/**
 * A drafted ASN as a CanonicalAsn. Seals and serials hold several values in one cell, separated by `|`
 * (docs/asn-csv-format.md): a comma would clash with the `,` delimiter and the decimal comma.
 */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Only the keys whose value is defined: the canonical model uses absent keys, never `undefined` values. */
function defined<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const ITEM_QUALIFIERS = [
  ['gtin', 'gtin'],
  ['buyer_item', 'buyer'],
  ['vendor_item', 'vendor'],
] as const;

function lineOf(row: CsvRow, defaultUom: string | undefined, errors: AsnImportError[]): AsnLine | undefined {
  const v = row.values;
  const itemIds: ItemId[] = ITEM_QUALIFIERS.flatMap(([column, qualifier]) => {
    const value = v.get(column);
    return value === undefined ? [] : [{ qualifier, senderQualifier: column, value }];
  });
  const quantity = v.get('quantity');
  const uom = v.get('uom') ?? defaultUom;
  const missing = [
    ...(itemIds.length === 0 ? ['an item (gtin, buyer_item or vendor_item)'] : []),
    ...(quantity === undefined ? ['a quantity'] : []),
    ...(uom === undefined ? ['a unit of measure'] : []),
  ];
  if (quantity === undefined || uom === undefined || itemIds.length === 0) {
    errors.push({
      code: 'csv-incomplete-line',
      message: `Row ${row.row} describes an item but lacks ${missing.join(' and ')}.`,
      at: { line: row.line },
    });
    return undefined;
  }
  const gtinValue = v.get('gtin');
  return defined<AsnLine>({
    lineId: v.get('line_id') ?? `row-${row.row}`,
    poNumber: v.get('po_number'),
    poLine: v.get('po_line'),
    unitId: v.get('sscc') ?? null,
    itemIds,
    gtin: gtinValue === undefined ? undefined : (gtin14Of(gtinValue) ?? undefined),
    description: v.get('description'),
    quantity,
    uom,
    orderedQuantity: v.get('ordered_quantity'),
    packSize: v.get('pack_size'),
    lot: v.get('lot'),
    expiry: v.get('expiry'),
    serials: splitList(v.get('serials')),
  });
}

function unitOf(unit: UnitDraft, hasChildren: boolean, errors: AsnImportError[]): AsnLogisticUnit {
  const weight = unit.given.get('gross_weight');
  const weightUom = unit.given.get('weight_uom');
  if (weight && !weightUom) {
    const where = cellAt(weight.row, 'gross_weight');
    errors.push({
      code: 'csv-weight-unit',
      message: `${where.text}: a weight needs its unit (weight_uom, e.g. KG).`,
      at: where.at,
    });
  }
  return defined<AsnLogisticUnit>({
    unitId: unit.sscc,
    sscc: unit.sscc,
    parentUnitId: unit.given.get('parent_sscc')?.value ?? null,
    kind: kindOf(unit, hasChildren),
    grossWeight: weight && weightUom ? { value: weight.value, unit: weightUom.value } : undefined,
  });
}

function party(name: string | undefined, gln: string | undefined): AsnParty | undefined {
  return name === undefined && gln === undefined ? undefined : defined<AsnParty>({ name: name ?? '', gln });
}

export function buildAsn(
  draft: AsnDraft,
  fileName: string,
  defaultUom: string | undefined,
  fileWarnings: CanonicalAsn['warnings'],
): { asn: CanonicalAsn; errors: AsnImportError[] } {
  const errors: AsnImportError[] = [];
  const get = (column: Parameters<typeof draft.shipment.get>[0]) => draft.shipment.get(column)?.value;
  const lines: AsnLine[] = [];
  const lineRows = new Map<string, CsvRow>();
  for (const row of draft.lineRows) {
    const line = lineOf(row, defaultUom, errors);
    if (!line) continue;
    const earlier = lineRows.get(line.lineId);
    if (earlier) {
      const where = cellAt(row, 'line_id');
      errors.push({
        code: 'csv-duplicate-line-id',
        message: `${where.text}: line id "${line.lineId}" is already used in row ${earlier.row} of ASN ${draft.asnId}.`,
        at: where.at,
      });
    }
    lineRows.set(line.lineId, row);
    lines.push(line);
  }
  const parents = new Set([...draft.units.values()].map((unit) => unit.given.get('parent_sscc')?.value));
  const units = [...draft.units.values()]
    .sort((a, b) => a.order - b.order)
    .map((unit) => unitOf(unit, parents.has(unit.sscc), errors));
  const carrier = defined<AsnCarrier>({
    scac: get('carrier_scac'),
    name: get('carrier_name'),
    trailer: get('trailer'),
    seals: splitList(get('seal')),
    billOfLading: get('bill_of_lading'),
  });
  const asn = defined<CanonicalAsn>({
    asnId: draft.asnId,
    version: Number(get('asn_version') ?? '1'),
    status: 'open',
    source: { format: 'csv', origin: fileName, controlRefs: [] },
    supplier: party(get('supplier'), get('supplier_gln')) ?? { name: '' },
    shipFrom: party(undefined, get('ship_from_gln')),
    shipTo: party(get('ship_to'), get('ship_to_gln')),
    carrier,
    shippedAt: get('ship_date'),
    expectedArrival: get('delivery_date'),
    orders: [...draft.poNumbers].map((poNumber) => ({ poNumber })),
    units,
    lines,
    warnings: [...fileWarnings, ...draft.warnings],
  });
  return { asn, errors };
}

import { isQuantity } from '../quantity';
import type { AsnImportError } from './asn-importer';
import type { AsnWarning, CanonicalAsn } from './canonical-asn';
import { readSscc } from './identifiers';

/**
 * Rules every canonical ASN must meet whatever its source, run after any importer (issue 4, item 2). Errors make
 * the ASN unusable on a dock and reject the file: a line in a unit that does not exist, a unit that is its own
 * ancestor, two units with one SSCC (a scan could not tell them apart), a quantity that is not a decimal ≥ 0, a
 * date that does not exist. Warnings leave it usable: an SSCC whose check digit is wrong still matches its label.
 *
 * Pure and total: never throws for a well-typed ASN. Warnings an importer already gave (same code, same
 * SSCC in the message) are not repeated, so calling this after an importer that checks too adds nothing twice.
 */
export interface AsnValidation {
  readonly errors: readonly AsnImportError[];
  readonly warnings: readonly AsnWarning[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)?)?$/;

/** True for a YYYY-MM-DD that names a day on the calendar (no 2025-02-30). */
export function isRealDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A YYYY-MM-DD, or an ISO 8601 date-time with a real date. */
export function isRealDateOrDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  return match !== null && isRealDate(match[1] ?? '');
}

function isNonNegativeDecimal(text: string): boolean {
  return isQuantity(text) && !text.startsWith('-');
}

function hasWarning(asn: CanonicalAsn, code: string, subject: string): boolean {
  return asn.warnings.some((warning) => warning.code.endsWith(code) && warning.message.includes(subject));
}

export function validateCanonicalAsn(asn: CanonicalAsn): AsnValidation {
  const errors: AsnImportError[] = [];
  const warnings: AsnWarning[] = [];
  const id = asn.asnId || '(no id)';
  const error = (code: string, message: string) => errors.push({ code, message: `ASN ${id}: ${message}` });
  if (asn.asnId.trim() === '') error('asn-id', 'the ASN has no id; a dock cannot receive against it');
  if (!Number.isSafeInteger(asn.version) || asn.version < 1)
    error('asn-version', `version ${asn.version} is not 1, 2, 3…`);

  const units = new Map<string, (typeof asn.units)[number]>();
  const ssccs = new Map<string, string>();
  for (const unit of asn.units) {
    if (units.has(unit.unitId)) error('duplicate-unit', `unit id ${unit.unitId} is used by two units`);
    units.set(unit.unitId, unit);
    if (unit.grossWeight && !isNonNegativeDecimal(unit.grossWeight.value)) {
      error('weight', `unit ${unit.unitId} weighs "${unit.grossWeight.value}", which is not a decimal of 0 or more`);
    }
    if (unit.sscc === undefined) continue;
    const reading = readSscc(unit.sscc);
    if (reading.kind !== 'sscc' || reading.sscc !== unit.sscc) {
      error('sscc-format', `unit ${unit.unitId} has SSCC "${unit.sscc}"; an SSCC is 18 digits`);
      continue;
    }
    const other = ssccs.get(unit.sscc);
    if (other !== undefined) error('duplicate-sscc', `SSCC ${unit.sscc} is on two units (${other} and ${unit.unitId})`);
    ssccs.set(unit.sscc, unit.unitId);
    if (!reading.checkDigitValid && !hasWarning(asn, 'sscc-check-digit', unit.sscc)) {
      warnings.push({
        code: 'sscc-check-digit',
        message: `SSCC ${unit.sscc} fails its check digit (expected ${reading.expected}); check the label before receiving it.`,
      });
    }
  }
  for (const unit of asn.units) {
    if (unit.parentUnitId !== null && !units.has(unit.parentUnitId)) {
      error('unknown-parent', `unit ${unit.unitId} sits in unit ${unit.parentUnitId}, which the ASN does not list`);
    }
  }
  errors.push(...cycles(asn, units));

  const lineIds = new Set<string>();
  for (const line of asn.lines) {
    const at = `line ${line.lineId}`;
    if (lineIds.has(line.lineId)) error('duplicate-line', `line id ${line.lineId} is used by two lines`);
    lineIds.add(line.lineId);
    if (line.unitId !== null && !units.has(line.unitId)) {
      error('unknown-unit', `${at} sits in unit ${line.unitId}, which the ASN does not list`);
    }
    for (const [name, value] of [
      ['quantity', line.quantity],
      ['ordered quantity', line.orderedQuantity],
      ['pack size', line.packSize],
    ] as const) {
      if (value !== undefined && !isNonNegativeDecimal(value)) {
        error('quantity', `${at} has ${name} "${value}", which is not a decimal of 0 or more such as 12 or 2.5`);
      }
    }
    if (line.uom.trim() === '') error('uom', `${at} has no unit of measure`);
    if (line.expiry !== undefined && !isRealDate(line.expiry)) {
      error('expiry', `${at} expires on "${line.expiry}", which is not a real date (YYYY-MM-DD)`);
    }
  }
  for (const order of asn.orders) {
    if (order.poDate !== undefined && !isRealDate(order.poDate)) {
      error('po-date', `PO ${order.poNumber} is dated "${order.poDate}", which is not a real date (YYYY-MM-DD)`);
    }
  }
  for (const [name, value] of [
    ['ship date', asn.shippedAt],
    ['expected arrival', asn.expectedArrival],
  ] as const) {
    if (value !== undefined && !isRealDateOrDateTime(value)) error('date', `the ${name} "${value}" is not a real date`);
  }
  return { errors, warnings };
}

/** Units that are their own ancestor, each cycle reported once. */
function cycles(asn: CanonicalAsn, units: ReadonlyMap<string, CanonicalAsn['units'][number]>): AsnImportError[] {
  const errors: AsnImportError[] = [];
  const done = new Set<string>();
  for (const start of asn.units) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null = start.unitId;
    while (current !== null && !done.has(current) && units.has(current)) {
      if (onPath.has(current)) {
        const loop = path.slice(path.indexOf(current));
        errors.push({
          code: 'unit-cycle',
          message: `ASN ${asn.asnId}: units ${[...loop, current].join(' → ')} contain each other; a unit cannot be inside itself`,
        });
        break;
      }
      onPath.add(current);
      path.push(current);
      current = units.get(current)?.parentUnitId ?? null;
    }
    for (const id of path) done.add(id);
  }
  return errors;
}

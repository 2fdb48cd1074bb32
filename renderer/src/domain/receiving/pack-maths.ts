import type { AsnLine } from '../asn/canonical-asn';
import type { Gs1Element, ScanResult } from '../gs1/scan-types';
import { compareQuantities, formatQuantity, isQuantity } from '../quantity';
import { divideQuantities, multiplyQuantities } from './decimal-maths';

/**
 * Pack maths for audit receiving (issue 5, item 2): the worker opens a unit and counts in whatever he sees (single
 * items, inner packs, cases, a GS1 case label, a weight), and the count must land in the ASN line's unit so it
 * can be compared with what was shipped. All quantities are decimal strings; nothing is rounded: a count that
 * does not make a whole decimal number of the target unit (7 EA into cases of 6) is returned as a problem with
 * its whole part and remainder, for the worker to count again or count in the smaller unit.
 *
 * Units of measure arrive in three vocabularies: X12 DE 355 (EA, CA case, CT carton, PK package, PL pallet/unit
 * load, LB), UN/ECE Recommendation 20 (C62 one, H87 piece, KGM kilogram, GRM gram, LBR pound) and the package
 * types of UN/ECE Recommendation 21 that EDIFACT senders also put in quantities (CT carton, CS case, PK pack,
 * PX pallet). They are mapped onto five dock units: EA, PK (inner pack), CS (case/carton), PL (pallet) and the
 * masses KGM, GRM, LBR. Beware PL: X12 355 says pallet, Recommendation 21 says pail; the default table follows
 * X12 (the common case on US ASNs), and a station whose EDIFACT partners mean "pail" passes its own table.
 */

/** A dock unit: counted levels of packaging, or a mass. */
export type DockUnit = 'EA' | 'PK' | 'CS' | 'PL' | 'KGM' | 'GRM' | 'LBR';

/** Sender codes → dock units. Upper-cased before lookup. */
export const DEFAULT_UOM_ALIASES: Readonly<Record<string, DockUnit>> = {
  EA: 'EA',
  EACH: 'EA',
  PCE: 'EA', // EDIFACT "piece" (EANCOM uses PCE in QTY)
  PC: 'EA',
  C62: 'EA', // Rec. 20 "one"
  H87: 'EA', // Rec. 20 "piece"
  PK: 'PK', // X12 355 package / Rec. 21 pack: the inner pack
  IP: 'PK', // inner pack
  CS: 'CS',
  CA: 'CS', // X12 355 case
  CT: 'CS', // carton: the case level in a warehouse
  CASE: 'CS',
  PL: 'PL', // X12 355 pallet/unit load (Rec. 21 PL is "pail": override for such partners)
  PX: 'PL', // Rec. 21 pallet
  PF: 'PL', // X12 355 pallet (lift)
  KGM: 'KGM',
  KG: 'KGM',
  GRM: 'GRM',
  GR: 'GRM',
  G: 'GRM',
  LBR: 'LBR',
  LB: 'LBR',
};

/** Grams in one unit of each mass. The international pound is exactly 0.45359237 kg (by definition, 1959). */
const GRAMS: Readonly<Partial<Record<DockUnit, string>>> = { KGM: '1000', GRM: '1', LBR: '453.59237' };

function isMass(unit: DockUnit): boolean {
  return GRAMS[unit] !== undefined;
}

/** The dock unit for a sender's code, or null when it is not one Dockside can convert. */
export function dockUnitOf(
  code: string,
  aliases: Readonly<Record<string, DockUnit>> = DEFAULT_UOM_ALIASES,
): DockUnit | null {
  return aliases[code.trim().toUpperCase()] ?? null;
}

/** One level of an item's packaging: how many base units (EA) it holds, and its GTIN when it has one. */
export interface PackLevel {
  readonly unit: DockUnit;
  /** Base units in one of this level, decimal string ("72" for a case of 6 × 12). */
  readonly each: string;
  readonly gtin?: string;
}

/** An item's packaging: EA is the base level (each = 1). */
export interface ItemPackaging {
  readonly levels: readonly PackLevel[];
}

/**
 * Packaging built from the inside out: `nestedPackaging('0…1', [{ unit: 'PK', contains: '12' }, { unit: 'CS',
 * contains: '6' }])` is a case of 6 inner packs of 12 = 72 EA.
 */
export function nestedPackaging(
  eachGtin: string | undefined,
  steps: readonly { readonly unit: DockUnit; readonly contains: string; readonly gtin?: string }[],
): ItemPackaging {
  const levels: PackLevel[] = [{ unit: 'EA', each: '1', ...(eachGtin === undefined ? {} : { gtin: eachGtin }) }];
  let each = '1';
  for (const step of steps) {
    if (compareQuantities(step.contains, '0') <= 0) {
      throw new RangeError(`a ${step.unit} must contain more than 0 of the level below, not ${step.contains}`);
    }
    each = multiplyQuantities(each, step.contains);
    levels.push({ unit: step.unit, each, ...(step.gtin === undefined ? {} : { gtin: step.gtin }) });
  }
  return { levels };
}

/**
 * The packaging to count a line against: the item's master data (`known`) with the ASN line's pack size laid on
 * top, because the supplier packed this shipment that way (X12 PO401 / EDIFACT PAC + QTY+52 "units per pack").
 * `packSize` is taken as base units per one of the line's unit when that unit is a pack level (a line of 10 CS with
 * pack size 12 = cases of 12 EA), and as base units per case when the line is in EA (a line of 120 EA shipped in
 * packs of 12). The line's GTIN is the GTIN of the line's unit unless master data already names one.
 */
export function packagingForLine(
  line: Pick<AsnLine, 'uom' | 'packSize' | 'gtin'>,
  known: ItemPackaging = { levels: [{ unit: 'EA', each: '1' }] },
  aliases: Readonly<Record<string, DockUnit>> = DEFAULT_UOM_ALIASES,
): ItemPackaging {
  const levels = new Map<DockUnit, PackLevel>(known.levels.map((level) => [level.unit, level]));
  if (!levels.has('EA')) levels.set('EA', { unit: 'EA', each: '1' });
  const lineUnit = dockUnitOf(line.uom, aliases);
  const packSize = line.packSize;
  const usable = packSize !== undefined && isQuantity(packSize) && compareQuantities(packSize, '0') > 0;
  if (usable && lineUnit !== null && !isMass(lineUnit)) {
    const packUnit: DockUnit = lineUnit === 'EA' ? 'CS' : lineUnit;
    const previous = levels.get(packUnit);
    levels.set(packUnit, { ...previous, unit: packUnit, each: formatQuantity(packSize) });
  }
  if (line.gtin !== undefined && lineUnit !== null && !isMass(lineUnit)) {
    const level = levels.get(lineUnit);
    if (level !== undefined && level.gtin === undefined) levels.set(lineUnit, { ...level, gtin: line.gtin });
  }
  return { levels: [...levels.values()] };
}

export type Conversion =
  | { readonly ok: true; readonly quantity: string; readonly unit: DockUnit }
  | {
      readonly ok: false;
      readonly problem: 'not-whole';
      /** Whole target units, and what is left over in the source unit: "7 EA = 1 CS + 1 EA". */
      readonly whole: string;
      readonly remainder: string;
      readonly remainderUnit: DockUnit;
      readonly message: string;
    }
  | { readonly ok: false; readonly problem: 'unknown-unit' | 'no-conversion'; readonly message: string };

/**
 * Converts `quantity` in `from` into `to`: masses by their fixed factors, counts through the item's packaging.
 * A result that is a terminating decimal is exact and returned as is, even when not whole ("3 EA" = "0.5 CS": a
 * half case is a true statement the line can carry). A result with no finite decimal form is not rounded: the
 * problem `not-whole` gives the whole part and the remainder.
 */
export function convertQuantity(
  quantity: string,
  from: string,
  to: string,
  packaging: ItemPackaging,
  aliases: Readonly<Record<string, DockUnit>> = DEFAULT_UOM_ALIASES,
): Conversion {
  const source = dockUnitOf(from, aliases);
  const target = dockUnitOf(to, aliases);
  if (source === null || target === null) {
    const unknown = source === null ? from : to;
    return { ok: false, problem: 'unknown-unit', message: `Dockside does not know the unit "${unknown}"` };
  }
  const value = formatQuantity(quantity);
  if (source === target) return { ok: true, quantity: value, unit: target };
  const sourceGrams = GRAMS[source];
  const targetGrams = GRAMS[target];
  if (sourceGrams !== undefined && targetGrams !== undefined) {
    return finish(value, source, target, sourceGrams, targetGrams);
  }
  const sourceLevel = packaging.levels.find((level) => level.unit === source);
  const targetLevel = packaging.levels.find((level) => level.unit === target);
  if (sourceGrams !== undefined || targetGrams !== undefined || !sourceLevel || !targetLevel) {
    const missing = !sourceLevel && sourceGrams === undefined ? source : target;
    return {
      ok: false,
      problem: 'no-conversion',
      message:
        sourceGrams !== undefined || targetGrams !== undefined
          ? `${source} and ${target} cannot be converted: one is a weight, the other a count`
          : `How many EA are in one ${missing} of this item is not known: count in ${target}`,
    };
  }
  return finish(value, source, target, sourceLevel.each, targetLevel.each);
}

/** value × perSource ÷ perTarget (per… = base units, EA or grams, in one unit), in words when not a decimal. */
function finish(value: string, source: DockUnit, target: DockUnit, perSource: string, perTarget: string): Conversion {
  const quotient = divideQuantities(multiplyQuantities(value, perSource), perTarget);
  if (quotient.exact) return { ok: true, quantity: quotient.quotient, unit: target };
  // The remainder is in base units; say it in the source unit when that is exact ("5 PK"), else in base units.
  const inSource = divideQuantities(quotient.remainder, perSource);
  const remainder = inSource.exact ? inSource.quotient : quotient.remainder;
  const remainderUnit = inSource.exact ? source : baseUnitOf(source);
  return {
    ok: false,
    problem: 'not-whole',
    whole: quotient.whole,
    remainder,
    remainderUnit,
    message: `${value} ${source} is ${quotient.whole} ${target} and ${remainder} ${remainderUnit}, not a whole number of ${target}: count the rest in ${remainderUnit}`,
  };
}

function baseUnitOf(unit: DockUnit): DockUnit {
  return isMass(unit) ? 'GRM' : 'EA';
}

/** What one scan says was counted, in the unit the scan names. */
export type ScannedCount =
  | { readonly ok: true; readonly quantity: string; readonly unit: DockUnit; readonly gtin: string }
  | { readonly ok: false; readonly problem: 'no-item' | 'unknown-gtin' | 'invalid-scan'; readonly message: string };

/**
 * Reads a count from a parsed GS1 scan, against the item's packaging:
 * - (02) CONTENT + (37) COUNT (GS1 Barcode Syntax Dictionary: 37 requires 00 and 02): `count` of the trade item named by
 *   (02), which may be an inner pack's or a case's GTIN, so "(02) pack GTIN (37) 6" is 6 PK;
 * - (01) GTIN alone: one of the level that GTIN identifies (scanning each item or each case);
 * - (01) GTIN + (30) VAR. COUNT: that many base units;
 * - (01)/(02) + (310n) net weight in kg (n = implied decimals): the weight in KGM, built from the element's
 *   digits so it never passes through a float (the parser's `netWeightKg` is a number).
 * GTINs compare as GTIN-14 (GTIN-8/12/13 left-padded with zeros, as in AI 01 and 02).
 */
export function countFromScan(scan: ScanResult, packaging: ItemPackaging): ScannedCount {
  if (!scan.valid || scan.kind !== 'gs1') {
    return { ok: false, problem: 'invalid-scan', message: 'This scan is not a GS1 item or case label' };
  }
  const value = (ai: string): string | undefined => scan.elements.find((e) => e.ai === ai)?.value;
  const content = value('02');
  const gtin = content ?? value('01');
  if (gtin === undefined) {
    return { ok: false, problem: 'no-item', message: 'This label names no item: scan the item or case barcode' };
  }
  const weight = netWeightKg(scan.elements);
  if (weight !== undefined) return { ok: true, quantity: weight, unit: 'KGM', gtin };
  const level = packaging.levels.find((l) => l.gtin !== undefined && gtin14(l.gtin) === gtin14(gtin));
  if (!level) {
    return { ok: false, problem: 'unknown-gtin', message: `GTIN ${gtin} is not a known pack of this item` };
  }
  const variableCount = value('30');
  if (content === undefined && variableCount !== undefined) {
    return { ok: true, quantity: formatQuantity(variableCount), unit: 'EA', gtin };
  }
  const count = content !== undefined ? value('37') : undefined;
  return { ok: true, quantity: count === undefined ? '1' : formatQuantity(count), unit: level.unit, gtin };
}

/** Count from a scan converted into the ASN line's unit: the one call the audit screen needs. */
export function countScanInLineUnit(
  scan: ScanResult,
  line: Pick<AsnLine, 'uom' | 'packSize' | 'gtin'>,
  known?: ItemPackaging,
  aliases: Readonly<Record<string, DockUnit>> = DEFAULT_UOM_ALIASES,
): ({ readonly scanned: ScannedCount & { ok: true } } & Conversion) | (ScannedCount & { ok: false }) {
  const packaging = packagingForLine(line, known, aliases);
  const scanned = countFromScan(scan, packaging);
  if (!scanned.ok) return scanned;
  return { scanned, ...convertQuantity(scanned.quantity, scanned.unit, line.uom, packaging, aliases) };
}

/** GTIN-8/12/13/14 as 14 digits. */
export function gtin14(gtin: string): string {
  return gtin.padStart(14, '0');
}

/** (310n) net weight as a decimal string in kg, n = implied decimals. */
function netWeightKg(elements: readonly Gs1Element[]): string | undefined {
  const element = elements.find((e) => /^310\d$/.test(e.ai));
  if (!element) return undefined;
  const decimals = Number(element.ai.charAt(3));
  const digits = element.value.padStart(decimals + 1, '0');
  const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return formatQuantity(text);
}

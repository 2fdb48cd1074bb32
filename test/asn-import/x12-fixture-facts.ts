import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AsnLine, CanonicalAsn } from '../../renderer/src/domain/asn/canonical-asn';
import { gtin14Of } from '../../renderer/src/domain/asn/identifiers';
import { x12AsnImporter } from '../../renderer/src/domain/asn/x12/x12-asn-importer';
import { addQuantities } from '../../renderer/src/domain/quantity';

/**
 * The public EDI samples in `../shared/fixtures/edi/` (third-party test data: read from there, never copied into
 * the repository) and what `expected.json` beside them says a correct reader extracts. Shapes below are the
 * parts of expected.json the X12 tests use.
 */
export const FIXTURE_DIR = path.resolve(fileURLToPath(new URL('../../', import.meta.url)), '../shared/fixtures/edi');

export interface ExpectedItem {
  readonly hl: string;
  readonly lin01: string;
  readonly ids: Readonly<Record<string, string>>;
  readonly sn1_qty: string;
  readonly sn1_uom: string;
  readonly sn1_qty_ordered: string | null;
}

export interface ExpectedSscc {
  readonly hl: string;
  readonly man_value: string;
  readonly sscc18: string | null;
  readonly check_digit_valid: boolean | null;
}

export interface ExpectedTransaction {
  readonly st_control: string;
  readonly bsn: { readonly shipment_id: string; readonly purpose: string };
  readonly hl_tree: readonly string[];
  readonly po_numbers: readonly string[];
  readonly marks: readonly { readonly hl: string; readonly qualifier: string; readonly value: string }[];
  readonly ssccs: readonly ExpectedSscc[];
  readonly items: readonly ExpectedItem[];
  readonly units_per_item: Readonly<Record<string, { readonly qty: number; readonly uom: string }>>;
  readonly total_units: number;
}

export interface ExpectedFile {
  readonly delimiters: { readonly element: string; readonly component: string; readonly segment: string };
  readonly utf8_bom: boolean;
  readonly envelope_issues: readonly string[];
  readonly transactions: readonly ExpectedTransaction[];
}

export const EXPECTED = JSON.parse(readFileSync(path.join(FIXTURE_DIR, 'expected.json'), 'utf8')) as Readonly<
  Record<string, ExpectedFile>
>;

export const X12_856_FILES = readdirSync(FIXTURE_DIR)
  .filter((name) => name.startsWith('x12_856_'))
  .sort();

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}

/** Reads a fixture that must import; fails the test with the importer's own message otherwise. */
export function importFixture(name: string): readonly CanonicalAsn[] {
  const result = x12AsnImporter.read({ text: fixtureText(name), fileName: name });
  if (!result.ok) throw new Error(`${name} was rejected: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.asns;
}

/** INDEX.md's convention: a line is counted under the first of these qualifiers found on its LIN. */
const PRIORITY = ['UP', 'UK', 'EN', 'IB', 'BP', 'VN', 'VP', 'SK', 'IN', 'CB', 'LT'];
const GTIN_QUALIFIERS = new Set(['UP', 'UK', 'EN', 'UA']);

/** `UP:008815509183` as the importer stores it (GTINs as GTIN-14 when their check digit holds). */
export function canonicalKey(key: string): string {
  const [qualifier = '', ...rest] = key.split(':');
  const value = rest.join(':');
  const gtin = GTIN_QUALIFIERS.has(qualifier) ? gtin14Of(value) : null;
  return `${qualifier}:${gtin ?? value}`;
}

export function keyOfLine(line: AsnLine): string {
  for (const qualifier of PRIORITY) {
    const id = line.itemIds.find((itemId) => itemId.senderQualifier === qualifier);
    if (id) return `${qualifier}:${id.value}`;
  }
  return line.lot !== undefined ? `LT:${line.lot}` : '?';
}

/** Units per item, summed exactly: `{ 'UP:00008815509183': '8 EA' }`. */
export function unitsPerItem(lines: readonly AsnLine[]): Record<string, string> {
  const sums = new Map<string, { qty: string; uom: string }>();
  for (const line of lines) {
    const key = keyOfLine(line);
    const known = sums.get(key);
    sums.set(key, { qty: known ? addQuantities(known.qty, line.quantity) : line.quantity, uom: line.uom });
  }
  return Object.fromEntries([...sums].map(([key, { qty, uom }]) => [key, `${qty} ${uom}`]));
}

/** Lot rows (a LIN that names only a lot) are batches of their parent item, never items of their own. */
export function isLotItem(item: ExpectedItem): boolean {
  return Object.keys(item.ids).every((qualifier) => qualifier === 'LT');
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CanonicalAsn } from '../../renderer/src/domain/asn/canonical-asn';
import { edifactDesadvImporter } from '../../renderer/src/domain/asn/edifact/desadv-importer';

/**
 * The public EDI samples of issue 4 (`../shared/fixtures/edi/`, third-party test data with INDEX.md and
 * expected.json): read in place, never copied into the repository.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURE_DIR = path.resolve(repoRoot, '../shared/fixtures/edi');

if (!existsSync(path.join(FIXTURE_DIR, 'expected.json'))) {
  throw new Error(`the EDI fixtures of issue 4 are missing: expected them in ${FIXTURE_DIR}`);
}

export function fixtureText(name: string): string {
  return readFileSync(path.join(FIXTURE_DIR, name), 'utf8');
}

export function fixtureNames(prefix: string): string[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.startsWith(prefix))
    .sort();
}

/** What expected.json says about an EDIFACT file (the fields these tests use). */
export interface ExpectedEdifact {
  readonly utf8_bom: boolean;
  readonly envelope_issues: readonly string[];
  readonly messages: readonly ExpectedMessage[];
}

export interface ExpectedMessage {
  readonly unh_ref: string;
  readonly type: string;
  readonly segment_count_actual: number;
  readonly UNT: readonly [string, string];
  readonly bgm: { readonly doc_code: string; readonly doc_number: string; readonly function: string };
  readonly rff: readonly string[];
  readonly nad: readonly string[];
  readonly cps: readonly { readonly id: string; readonly parent: string }[];
  readonly ssccs: readonly { readonly cps: string; readonly gin_value: string; readonly check_digit_valid: boolean }[];
  readonly lines: readonly ExpectedLine[];
}

export interface ExpectedLine {
  readonly cps: string;
  readonly lin01: string;
  readonly item: string;
  readonly item_type: string;
  readonly pia: readonly string[] | null;
  readonly qty: Readonly<Record<string, string>>;
}

export function expectedFor(name: string): ExpectedEdifact {
  const all = JSON.parse(fixtureText('expected.json')) as Record<string, ExpectedEdifact | undefined>;
  const expected = all[name];
  if (!expected) throw new Error(`expected.json has no entry for ${name}`);
  return expected;
}

/** The ASNs the DESADV importer reads from a fixture; throws (failing the test) when it rejects the file. */
export function importFixture(name: string): readonly CanonicalAsn[] {
  const result = edifactDesadvImporter.read({ text: fixtureText(name), fileName: name });
  if (!result.ok) throw new Error(`${name} was rejected: ${JSON.stringify(result.errors)}`);
  return result.asns;
}

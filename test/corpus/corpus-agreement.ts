import { readFileSync } from 'node:fs';
import { parseScan } from '../../renderer/src/domain/gs1/parse-scan';
import type { ParseScanOptions, ScanResult } from '../../renderer/src/domain/gs1/scan-types';

/**
 * Runs the independent corpus of public GS1 test cases (gs1-public-cases.json) through parseScan and measures
 * agreement (issue 3, goal: ≥ 99.5%). Shared by the corpus test and the benchmark. A case agrees when our
 * verdict on validity matches the source's and, where the source states them, the elements (in order) and the
 * pairing verdict match too. Cases marked `differs` are deliberate rule choices; they still count against us.
 */
export interface CorpusCase {
  readonly id: string;
  readonly source: string;
  readonly form: 'fnc1' | 'ai' | 'bracketed' | 'digital-link' | 'scan' | 'plain';
  readonly ai?: string;
  readonly input: string;
  readonly valid: boolean;
  readonly elements?: readonly (readonly [string, string])[];
  readonly pairing?: 'ok' | 'issues';
  readonly options?: { readonly digitalLinkZeroSuppressedGtin?: 'pad' | 'reject' };
  readonly note?: string;
  readonly differs?: string;
}

export interface CorpusSource {
  readonly title: string;
  readonly url: string;
  readonly what: string;
}

export interface Corpus {
  readonly referenceDate: string;
  readonly sources: Readonly<Record<string, CorpusSource>>;
  readonly excluded: readonly { readonly source: string; readonly input: string; readonly reason: string }[];
  readonly cases: readonly CorpusCase[];
}

export interface Disagreement {
  readonly case: CorpusCase;
  readonly raw: string;
  /** What we said, in one line. */
  readonly got: string;
}

export interface Agreement {
  readonly total: number;
  readonly agreed: number;
  readonly percent: number;
  readonly disagreements: readonly Disagreement[];
  readonly bySource: Readonly<Record<string, { total: number; agreed: number }>>;
}

export function loadCorpus(): Corpus {
  return JSON.parse(readFileSync(new URL('./gs1-public-cases.json', import.meta.url), 'utf8')) as Corpus;
}

const GS = '\u001d';

/** The characters a scanner would transmit for the case (see the corpus's "forms"). */
export function rawOf(c: CorpusCase): string {
  switch (c.form) {
    case 'fnc1':
      // FNC1 in first position is what the ]C1 identifier stands for; later FNC1s are transmitted as GS.
      return c.input.startsWith('^') ? `]C1${c.input.slice(1).replaceAll('^', GS)}` : c.input;
    case 'ai':
      return `]C1${c.ai ?? ''}${c.input}`;
    case 'bracketed':
    case 'digital-link':
    case 'scan':
    case 'plain':
      return c.input;
  }
}

function describe(r: ScanResult): string {
  if (!r.valid) return `invalid: ${r.error.message}`;
  const els = r.elements.map((e) => `(${e.ai})${e.value}`).join('');
  const pairing = r.kind === 'gs1' && r.pairingIssues.length > 0 ? ` [pairing: ${r.pairingIssues[0]?.message}]` : '';
  return `valid ${r.kind} ${els}${pairing}`;
}

function agrees(c: CorpusCase, r: ScanResult): boolean {
  if (r.valid !== c.valid) return false;
  if (!r.valid) return true;
  if (c.elements) {
    const got = r.elements;
    if (got.length !== c.elements.length) return false;
    for (let i = 0; i < got.length; i++) {
      const want = c.elements[i];
      if (want === undefined || want[0] !== got[i]?.ai || want[1] !== got[i]?.value) return false;
    }
  }
  if (c.pairing) {
    const issues = r.kind === 'gs1' ? r.pairingIssues.length : 0;
    if ((issues > 0 ? 'issues' : 'ok') !== c.pairing) return false;
  }
  return true;
}

export function measureAgreement(corpus: Corpus = loadCorpus()): Agreement {
  const referenceDate = new Date(`${corpus.referenceDate}T00:00:00Z`);
  const disagreements: Disagreement[] = [];
  const bySource: Record<string, { total: number; agreed: number }> = {};
  for (const c of corpus.cases) {
    const options: ParseScanOptions = { referenceDate, ...c.options };
    const raw = rawOf(c);
    const r = parseScan(raw, options);
    const tally = (bySource[c.source] ??= { total: 0, agreed: 0 });
    tally.total++;
    if (agrees(c, r)) tally.agreed++;
    else disagreements.push({ case: c, raw, got: describe(r) });
  }
  const total = corpus.cases.length;
  const agreed = total - disagreements.length;
  return { total, agreed, percent: total === 0 ? 0 : (agreed / total) * 100, disagreements, bySource };
}

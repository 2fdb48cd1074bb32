import { CSET82 } from '../domain/gs1/charsets';
import { diagnoseMismatch, sequenceOf, type LearnProblem } from './learn-diagnosis';
import { maxGapOf, showToken, showTokens, tokenize, type KeyToken } from './key-tokens';
import type { RawKey } from './raw-keys';
import type { GsMethod, ScannerProfile, ScanTerminator } from './scanner-profile';
import { TEST_LABEL_HEAD, TEST_LABEL_SYMBOLS, TEST_LABEL_TAIL } from './test-label';
import { DEFAULT_WEDGE_BURST_OPTIONS } from './wedge-burst';

/**
 * Learns how a keyboard-wedge scanner types from the keys it sent while IT scanned the printed test label
 * (test-label.ts). The label's data is known, so whatever else arrived is the scanner's doing: the
 * characters before it are its prefix (and AIM identifier), after it its suffix and terminator, and what
 * stands where the label has FNC1 is how it types GS. Pure: recorded keys in, a profile or a reason out.
 */
export interface Finding {
  /** `fix`: scans will fail or be misread until the scanner is changed; `warn`: works, but worse; `ok`: fine. */
  readonly severity: 'ok' | 'warn' | 'fix';
  readonly text: string;
}

export type LearnResult =
  | {
      readonly ok: true;
      readonly profile: ScannerProfile;
      readonly findings: readonly Finding[];
      /** Which printed symbol was scanned, when the AIM identifier tells. */
      readonly label: string | null;
      readonly arrived: string;
    }
  | {
      readonly ok: false;
      readonly problem: LearnProblem | 'unusable';
      readonly message: string;
      readonly arrived: string;
    };

/** Fewest ms the capture waits between a scanner's keys (the default), and the most it should: beyond that a
 * fast typist's keys would be taken for a scan (DOMAIN.md: people type tens of ms apart). */
export const MIN_INTER_KEY_MS = DEFAULT_WEDGE_BURST_OPTIONS.maxInterKeyMs;
export const MAX_INTER_KEY_MS = 60;

const GS_FIX =
  "Set the scanner to transmit FNC1 as GS (ASCII 29; often called 'GS1-128 FNC1 transmit' or 'send <GS>'), " +
  'or as a function key such as F8 or a character such as ~ if it cannot type control characters, then learn again.';

export function learnScannerProfile(keys: readonly RawKey[], learnedAt: Date): LearnResult {
  const tokens = tokenize(keys);
  const arrived = showTokens(tokens);
  const seq = sequenceOf(tokens);
  const head = seq.indexOf(TEST_LABEL_HEAD);
  const afterHead = head + TEST_LABEL_HEAD.length;
  const tail = head < 0 ? -1 : seq.indexOf(TEST_LABEL_TAIL, afterHead);
  if (tail < 0) return { ok: false, ...diagnoseMismatch(tokens, medianGapOf(tokens)), arrived };
  const fail = (message: string): LearnResult => ({ ok: false, problem: 'unusable', message, arrived });

  const gs = gsMethodOf(tokens.slice(afterHead, tail));
  if (typeof gs === 'string') return fail(gs);

  // Before the data: [prefix] [AIM identifier] [a GS for the leading FNC1, from some scanners].
  let start = head;
  const leadingGs = gs.kind !== 'lost' && start > 0 && sameGs(tokens[start - 1], gs);
  if (leadingGs) start -= 1;
  const aim = /\][A-Za-z][0-9A-Za-z]$/.exec(seq.slice(Math.max(0, start - 3), start))?.[0] ?? null;
  if (aim !== null) start -= 3;
  const before = charsOf(tokens.slice(0, start), 'before');
  if ('message' in before) return fail(before.message);
  const prefix = before.text;

  // After the data: [suffix] [terminator], then nothing, unless the label was scanned twice in a row.
  const rest = tokens.slice(tail + TEST_LABEL_TAIL.length);
  const end = rest.findIndex((t) => t.kind === 'terminator');
  const last = rest[end];
  const terminator: ScanTerminator = last?.kind === 'terminator' ? last.key : 'none';
  const trailing = end < 0 ? [] : rest.slice(end + 1);
  if (trailing.length > 0 && !sequenceOf(trailing).includes(TEST_LABEL_HEAD)) {
    return fail(
      `The scanner sends ${showTokens(rest.slice(end))} at the end of a scan, but only one Enter or Tab may end it. Remove the extra keys from the scanner's suffix, then learn again.`,
    );
  }
  const after = charsOf(end < 0 ? rest : rest.slice(0, end), 'after');
  if ('message' in after) return fail(after.message);
  const suffix = after.text;
  if (gs.kind === 'substitute' && (prefix + suffix).includes(gs.char)) {
    return fail(`The scanner types "${gs.char}" for GS and also in its prefix or suffix. ${GS_FIX}`);
  }

  // Timed up to the end key: a second scan of the label after a pause says nothing about the scanner's speed.
  const maxGapMs = maxGapOf(end < 0 ? tokens : tokens.slice(0, tail + TEST_LABEL_TAIL.length + end + 1));
  // Half as much again as the slowest gap seen, plus 5 ms for a busy PC's jitter; never below the default and
  // never above what a fast typist reaches.
  const maxInterKeyMs = Math.min(MAX_INTER_KEY_MS, Math.max(MIN_INTER_KEY_MS, Math.ceil(maxGapMs * 1.5) + 5));
  const profile: ScannerProfile = {
    prefix,
    suffix,
    terminator,
    gs,
    aimId: aim,
    maxGapMs,
    maxInterKeyMs,
    learnedAt: learnedAt.toISOString(),
  };
  const findings = findingsFor(profile, leadingGs, ignoredKeys(tokens));
  return { ok: true, profile, findings, label: aim === null ? null : (TEST_LABEL_SYMBOLS[aim] ?? null), arrived };
}

/** What stood where the label has FNC1; a string says why the scanner cannot be used as it is. */
function gsMethodOf(between: readonly KeyToken[]): GsMethod | string {
  const [only] = between;
  if (only === undefined) return { kind: 'lost' };
  if (between.length > 1) {
    return `The scanner types several keys (${showTokens(between)}) where the label has a GS separator. ${GS_FIX}`;
  }
  switch (only.kind) {
    case 'gs':
      return { kind: only.method };
    case 'function-key':
      return { kind: 'function-key', key: only.key };
    case 'char':
      // A substitute must be a character GS1 data never contains (CSET 82, GS1 General Specifications §7.11),
      // or real data would turn into separators; "]" would break AIM identifiers (ISO/IEC 15424).
      if (CSET82.includes(only.char) || only.char === ']' || /\s/u.test(only.char)) {
        return `The scanner types "${only.char}" for GS, but "${only.char}" can be part of GS1 data, so Dockside cannot tell them apart. ${GS_FIX}`;
      }
      return { kind: 'substitute', char: only.char };
    case 'terminator':
    case 'chord':
    case 'alt-code':
    case 'named':
      return `The scanner types ${showToken(only)} for GS, which Dockside cannot read as a separator. ${GS_FIX}`;
    default: {
      const never: never = only;
      return String(never);
    }
  }
}

function sameGs(token: KeyToken | undefined, gs: GsMethod): boolean {
  if (token === undefined) return false;
  if (token.kind === 'gs') return gs.kind === token.method;
  if (token.kind === 'function-key') return gs.kind === 'function-key' && gs.key === token.key;
  return token.kind === 'char' && gs.kind === 'substitute' && gs.char === token.char;
}

/** The characters of a prefix or suffix; keys the capture ignores are skipped, keys that would break it refused. */
function charsOf(tokens: readonly KeyToken[], where: 'before' | 'after'): { text: string } | { message: string } {
  let text = '';
  for (const t of tokens) {
    if (t.kind === 'char') text += t.char;
    else if (t.kind !== 'chord' && t.kind !== 'function-key') {
      return {
        message: `The scanner sends ${showToken(t)} ${where} the label's data, which Dockside takes for someone typing. Remove it from the scanner's ${where === 'before' ? 'prefix' : 'suffix'} (only Enter or Tab may end a scan), then learn again.`,
      };
    }
  }
  return { text };
}

function ignoredKeys(tokens: readonly KeyToken[]): string {
  return tokens
    .filter((t) => t.kind === 'chord')
    .map(showToken)
    .join(' ');
}

function findingsFor(p: ScannerProfile, leadingGs: boolean, ignored: string): Finding[] {
  const out: Finding[] = [];
  if (p.gs.kind === 'lost') {
    out.push({
      severity: 'fix',
      text: `The scanner drops the GS separator. Labels with a variable-length field (lot, serial, count, PO) before other data cannot be read correctly: the fields run together. ${GS_FIX}`,
    });
  }
  if (leadingGs)
    out.push({ severity: 'ok', text: 'It also types GS for the leading FNC1; Dockside ignores that one.' });
  if (p.aimId === null) {
    out.push({
      severity: 'warn',
      text: "It sends no AIM symbology identifiers (ISO/IEC 15424, like ]C1), so Dockside cannot warn when a supplier's label is GS1 data printed as plain Code 128. Turn on 'AIM ID' (symbology identifier) transmission in the scanner's setup.",
    });
  }
  if (p.terminator === 'none') {
    out.push({
      severity: 'warn',
      text: 'It sends no Enter or Tab after a scan, so Dockside has to wait for the keys to stop. Set it to send Enter after each scan.',
    });
  }
  if (p.maxGapMs > MAX_INTER_KEY_MS) {
    out.push({
      severity: 'fix',
      text: `It types slowly (up to ${Math.round(p.maxGapMs)} ms between keys), as slowly as a person, so its scans can be taken for typing. Set its keyboard speed (inter-character delay) to the fastest, then learn again.`,
    });
  }
  if (ignored !== '') out.push({ severity: 'ok', text: `It also sends ${ignored}; Dockside ignores those keys.` });
  return out;
}

function medianGapOf(tokens: readonly KeyToken[]): number {
  const gaps = tokens.slice(1).map((t, i) => t.at - (tokens[i]?.at ?? t.at));
  gaps.sort((a, b) => a - b);
  return gaps.length === 0 ? 0 : (gaps[Math.floor(gaps.length / 2)] ?? 0);
}

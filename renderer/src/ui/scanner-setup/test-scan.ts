import { parseScan } from '../../domain/gs1/parse-scan';
import { showText } from '../../scanner/key-tokens';
import { detectPlainCode128Gs1 } from '../../scanner/plain-code128';
import { TEST_LABEL_DATA } from '../../scanner/test-label';

/** What the setup screen's test box says about one scan, after the capture (and the stored profile) had it. */
export interface TestScanVerdict {
  readonly tone: 'success' | 'warning' | 'error';
  /** The scan as it arrived, control characters visible (GS as ‹GS›). */
  readonly shown: string;
  readonly lines: readonly string[];
}

export function judgeTestScan(raw: string): TestScanVerdict {
  const shown = showText(raw);
  const plain = detectPlainCode128Gs1(raw);
  const scan = parseScan(plain?.asGs1 ?? raw);
  if (!scan.valid) return { tone: 'error', shown, lines: [scan.error.message] };
  const lines: string[] = [];
  if (plain !== null) lines.push(plain.warning);
  const aim = scan.symbology.aim;
  lines.push(aim === null ? 'No AIM symbology identifier.' : `Symbology: ${scan.symbology.name} (${aim}).`);
  if (scan.kind === 'gs1') {
    lines.push(scan.elements.map((e) => `(${e.ai}) ${e.value}`).join(' · '));
    lines.push(...scan.warnings);
    if (raw.endsWith(TEST_LABEL_DATA)) lines.push('This is the test label, and its GS separator arrived.');
  } else if (scan.kind === 'other') {
    lines.push(`Not GS1 data: "${showText(scan.data)}".`, ...scan.warnings);
  } else {
    lines.push(`A ${scan.kind} code (${scan.pattern}): ${scan.code}.`);
  }
  return {
    tone: plain !== null || (scan.kind === 'gs1' && scan.warnings.length > 0) ? 'warning' : 'success',
    shown,
    lines,
  };
}

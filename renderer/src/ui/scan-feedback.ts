import type { ReceiveOutcome } from '../db/receive-unit';
import type { SsccScan } from '../domain/gs1/sscc-scan';

/**
 * What the worker sees and hears after a scan: one line, in the dock's words. Three tones, so the ear alone
 * tells "done", "nothing happened, look" (a repeat scan) and "stop, this unit has a problem".
 */
export type FeedbackTone = 'success' | 'warning' | 'error';

export interface ScanFeedback {
  readonly tone: FeedbackTone;
  readonly title: string;
  readonly detail: string;
  readonly at: number;
}

const SCAN_ERROR_TITLES: Record<Extract<SsccScan, { ok: false }>['reason'], string> = {
  'check-digit': 'Label misread or misprinted',
  'invalid-gs1': 'Label data is wrong',
  'not-an-sscc': 'Not an SSCC label',
};

export function feedbackForScanError(scan: Extract<SsccScan, { ok: false }>, at: number): ScanFeedback {
  return { tone: 'error', title: SCAN_ERROR_TITLES[scan.reason], detail: scan.message, at };
}

const UNIT_WORDS: Record<ReceiveOutcomeUnit['kind'], string> = {
  pallet: 'Pallet',
  tare: 'Pallet',
  carton: 'Carton',
  package: 'Package',
};
type ReceiveOutcomeUnit = Extract<ReceiveOutcome, { kind: 'received' }>['unit'];

export function feedbackForOutcome(outcome: ReceiveOutcome, at: number): ScanFeedback {
  switch (outcome.kind) {
    case 'received': {
      const nested = outcome.event.units.length - 1;
      const what = UNIT_WORDS[outcome.unit.kind];
      const lines = outcome.event.contents.length;
      return {
        tone: 'success',
        title: `${what} received`,
        detail: `SSCC ${outcome.event.sscc} · ${outcome.asnId}${nested > 0 ? ` · with ${nested} nested units` : ''} · ${lines} ${lines === 1 ? 'line' : 'lines'}`,
        at,
      };
    }
    case 'unknown-sscc':
      return {
        tone: 'error',
        title: 'Unknown SSCC',
        detail: `SSCC ${outcome.sscc} is not on any ASN on this station. Set the unit aside and call a supervisor.`,
        at,
      };
    case 'already-received':
      return {
        tone: 'warning',
        title: 'Already received',
        detail: `SSCC ${outcome.sscc} (on ${outcome.asnId}) was received at ${new Date(outcome.receivedAt).toLocaleTimeString()}. Nothing was recorded twice.`,
        at,
      };
    case 'asn-cancelled':
      return {
        tone: 'error',
        title: 'ASN cancelled',
        detail: `SSCC ${outcome.sscc} belongs to ASN ${outcome.asnId}, which the supplier cancelled. Do not receive it; call a supervisor.`,
        at,
      };
    default: {
      const never: never = outcome;
      throw new Error(`Unhandled outcome ${JSON.stringify(never)}`);
    }
  }
}

/**
 * A label problem the supplier must fix, found on a scan that was otherwise handled (GS1 data printed as plain
 * Code 128, scanner/plain-code128.ts): a success becomes a warning, so the worker hears it and can set the
 * label aside for the supervisor; problems keep their own tone. The note comes first, on its own line: it is
 * the news.
 */
export function withLabelWarning(feedback: ScanFeedback, warning: string): ScanFeedback {
  const tone = feedback.tone === 'success' ? 'warning' : feedback.tone;
  return { ...feedback, tone, detail: `${warning}\n${feedback.detail}` };
}

import type { AsnLogisticUnit } from '../domain/asn/canonical-asn';
import type { SsccScan } from '../domain/gs1/sscc-scan';
import type { DockOutcome } from '../receiving/dock-commands';

/**
 * What the worker sees and hears after a scan or a dock action: a short title and the detail, in the dock's
 * words. Three tones, so the ear alone tells "done", "nothing happened, look" (a repeat scan, an undo) and
 * "stop, this unit has a problem".
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

/** Which dock command answered: the title names what happened in that command's terms. */
export type DockAction = 'receive' | 'putaway' | 'arrival' | 'undo' | 'close';

/** What the caller knows beyond the outcome: the scanned SSCC and the kind of unit it is, for the title. */
export interface DockFeedbackContext {
  readonly sscc?: string;
  readonly unitKind?: AsnLogisticUnit['kind'];
}

const SEVERITY: Record<FeedbackTone, number> = { success: 0, warning: 1, error: 2 };

const UNIT_WORDS: Record<AsnLogisticUnit['kind'], string> = {
  pallet: 'Pallet',
  tare: 'Pallet',
  carton: 'Carton',
  package: 'Package',
};

/**
 * A dock command's outcome as one feedback: the most severe announcement sets the tone (a success with a
 * warning attached must sound like a warning), every announcement is in the detail, most severe first, and a
 * supervisor request is spelled out ("Call a supervisor: …"), since approvals are not on this screen yet.
 */
export function feedbackForDock(
  action: DockAction,
  outcome: DockOutcome,
  at: number,
  context: DockFeedbackContext = {},
): ScanFeedback {
  const announcements = [...outcome.announcements].sort((a, b) => SEVERITY[b.tone] - SEVERITY[a.tone]);
  const tone: FeedbackTone = announcements[0]?.tone ?? (outcome.events.length > 0 ? 'success' : 'warning');
  const lines = announcements.map((a) => a.text);
  for (const request of outcome.supervisorRequests) lines.push(`Call a supervisor: ${request.text}`);
  const received = outcome.events.find((e) => e.type === 'unit.received');
  // The full SSCC and the ASN, under the worker's words: the office and the tests match on them.
  if (action === 'receive' && context.sscc !== undefined) {
    lines.push(
      `SSCC ${context.sscc}${(received?.asnId ?? outcome.receiptId) ? ` · ${received?.asnId ?? outcome.receiptId}` : ''}`,
    );
  }
  if (lines.length === 0) lines.push('Nothing was recorded.');
  return { tone, title: titleOf(action, tone, outcome, context), detail: lines.join('\n'), at };
}

/**
 * The commands return announcements without a reason code, so a few refusals are told apart by their words
 * (dock-commands.ts, machines/*.machine.ts). A wording change there only costs a more generic title here.
 */
function titleOf(action: DockAction, tone: FeedbackTone, outcome: DockOutcome, context: DockFeedbackContext): string {
  const types = new Set(outcome.events.map((e) => e.type));
  const text = outcome.announcements.map((a) => a.text).join(' ');
  switch (action) {
    case 'receive': {
      if (types.has('unit.received')) return `${context.unitKind ? UNIT_WORDS[context.unitKind] : 'Unit'} received`;
      if (/already received/i.test(text)) return 'Already received';
      if (/not on any ASN/i.test(text)) return 'Unknown SSCC';
      if (/Record the arrival|Record the trailer/i.test(text)) return 'Record the arrival first';
      if (/supervisor/i.test(text)) return 'Stop — call a supervisor';
      return tone === 'error' ? 'Not received' : 'Check this unit';
    }
    case 'putaway':
      if (types.has('unit.put-away')) return 'Put away';
      if (/^Wrong (location|bin)/.test(text)) return 'Wrong location';
      return 'Not put away';
    case 'arrival':
      if (types.has('receipt.arrived'))
        return tone === 'error' ? 'Seal problem — call a supervisor' : 'Arrival recorded';
      return 'Arrival not recorded';
    case 'undo':
      return types.has('event.reversed') ? 'Undone' : 'Nothing to undo';
    case 'close':
      if (types.has('receipt.closed')) return tone === 'success' ? 'Receipt closed' : 'Receipt closed with differences';
      return 'Receipt not closed';
    default: {
      const never: never = action;
      return never;
    }
  }
}

/** A command that threw (storage full, database closed): the transaction rolled back, so nothing was kept. */
export function feedbackForFailure(what: string, error: unknown, at: number): ScanFeedback {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    tone: 'error',
    title: 'Not saved',
    detail: `${what} could not be saved (${reason}). Nothing was recorded; do it again. If it keeps failing, call IT.`,
    at,
  };
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

import { readSsccScan } from '../../domain/gs1/sscc-scan';
import { readLocationScan } from '../../domain/receiving/putaway-rules';
import {
  DEFAULT_PUTAWAY,
  putAwayAt,
  receiveSscc,
  unitAwaitingPutaway,
  type DockDeps,
  type DockOutcome,
} from '../../receiving/dock-commands';
import { detectPlainCode128Gs1 } from '../../scanner/plain-code128';
import {
  feedbackForDock,
  feedbackForFailure,
  feedbackForScanError,
  withLabelWarning,
  type ScanFeedback,
} from '../scan-feedback';

export interface DockScanResult {
  readonly feedback: ScanFeedback;
  /** Events were committed: the sync loop has something to send. */
  readonly recorded: boolean;
}

/**
 * One scan at the dock (issue 5, item 6): an SSCC receives its unit; a location label puts away the unit that
 * waits for it; anything else gets the parser's own words. Never throws: a command that fails (storage full,
 * database closed) rolled its transaction back, and the worker is told plainly that nothing was saved.
 */
export async function handleDockScan(
  deps: DockDeps,
  raw: string,
  now: () => number = Date.now,
): Promise<DockScanResult> {
  // GS1 data printed as plain Code 128 (]C0) is read as the GS1 it is, with a warning for the supplier.
  const plain = detectPlainCode128Gs1(raw);
  const scan = readSsccScan(plain?.asGs1 ?? raw);
  let result: DockScanResult;
  if (scan.ok) {
    result = await run(`The scan of ${scan.sscc}`, now, async () => {
      const outcome = await receiveSscc(deps, scan.sscc);
      const context = { sscc: scan.sscc, ...(await unitKindOf(deps, outcome, scan.sscc)) };
      return { feedback: feedbackForDock('receive', outcome, now(), context), recorded: outcome.events.length > 0 };
    });
  } else if (scan.reason === 'not-an-sscc' && readLocationScan(raw, deps.putaway ?? DEFAULT_PUTAWAY).ok) {
    result = await run(`The putaway at ${raw.trim()}`, now, async () => {
      // A location label with nothing to put away: say so, rather than "not an SSCC" to a worker who scanned
      // exactly the label they meant to.
      if ((await unitAwaitingPutaway(deps.db)) === null) {
        const detail = `${raw.trim()} is a location label, but no pallet or carton is waiting for putaway. Scan a pallet or carton label.`;
        return { feedback: { tone: 'error', title: 'Nothing to put away', detail, at: now() }, recorded: false };
      }
      const outcome = await putAwayAt(deps, raw);
      return { feedback: feedbackForDock('putaway', outcome, now()), recorded: outcome.events.length > 0 };
    });
  } else {
    result = { feedback: feedbackForScanError(scan, now()), recorded: false };
  }
  if (plain !== null) return { ...result, feedback: withLabelWarning(result.feedback, plain.warning) };
  return result;
}

/** Runs a command; one that throws wrote nothing (its transaction aborted), which is what the worker is told. */
export async function run(
  what: string,
  now: () => number,
  command: () => Promise<DockScanResult>,
): Promise<DockScanResult> {
  try {
    return await command();
  } catch (error) {
    return { feedback: feedbackForFailure(what, error, now()), recorded: false };
  }
}

/** The scanned unit's kind ("Pallet received"), read after the commit from the projection it wrote. */
async function unitKindOf(deps: DockDeps, outcome: DockOutcome, sscc: string) {
  if (!outcome.events.some((e) => e.type === 'unit.received')) return {};
  const state = await deps.db.unitStates.where('sscc').equals(sscc).first();
  return state ? { unitKind: state.announced.kind } : {};
}

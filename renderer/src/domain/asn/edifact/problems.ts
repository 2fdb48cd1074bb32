import type { AsnImportError } from '../asn-importer';
import type { AsnWarning } from '../canonical-asn';
import type { SegmentPlace } from './segment';
import { whereIs } from './segment';

/**
 * Problem codes of the EDIFACT DESADV importer. Errors reject the whole file (an import is all or nothing);
 * warnings stay with the ASN and are shown to the receiver.
 */
export type DesadvErrorCode =
  | 'not-edifact'
  | 'binary'
  | 'bad-una'
  | 'bad-segment'
  | 'truncated'
  | 'envelope-order'
  | 'not-desadv'
  | 'segment-order'
  | 'no-bgm'
  | 'bad-quantity'
  | 'nothing-to-receive'
  | 'internal';

export type DesadvWarningCode =
  | 'no-unb'
  | 'no-unz'
  | 'unterminated-unz'
  | 'unz-count'
  | 'unz-reference'
  | 'unt-count'
  | 'unt-reference'
  | 'message-version'
  | 'skipped-message'
  | 'repetition-dropped'
  | 'document-code'
  | 'message-function'
  | 'duplicate-bgm'
  | 'no-despatch-number'
  | 'no-supplier'
  | 'duplicate-party'
  | 'lower-case-qualifier'
  | 'misplaced-agency'
  | 'gln-check-digit'
  | 'unknown-qualifier'
  | 'unknown-segment'
  | 'misplaced-segment'
  | 'bad-date'
  | 'bad-measure'
  | 'no-cps'
  | 'cps-no-id'
  | 'cps-duplicate'
  | 'cps-self-parent'
  | 'cps-missing-parent'
  | 'cps-cycle'
  | 'multi-sscc-level'
  | 'sscc-check-digit'
  | 'sscc-repeated'
  | 'not-an-sscc'
  | 'sscc-range'
  | 'gtin-check-digit'
  | 'no-item-id'
  | 'no-quantity'
  | 'second-quantity'
  | 'lot-conflict'
  | 'cnt-mismatch'
  | 'merged-messages'
  | 'replaced-message'
  | 'cancelled-message';

/** Beyond this many warnings of one code per ASN, the rest are counted in one summary warning. */
export const WARNINGS_PER_CODE = 50;

/** Never capped: each names a pallet or carton label that the receiver has to check at the dock. */
const UNCAPPED: ReadonlySet<string> = new Set<DesadvWarningCode>(['sscc-check-digit']);

export function importError(code: DesadvErrorCode, message: string, segment?: SegmentPlace): AsnImportError {
  return segment ? { code, message, at: whereIs(segment) } : { code, message };
}

/** Collects warnings for one ASN, capping repeats so a 100,000-line file with one systematic fault stays readable. */
export class WarningSink {
  private readonly list: AsnWarning[] = [];
  private readonly counts = new Map<string, number>();

  add(code: DesadvWarningCode, message: string, segment?: SegmentPlace): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count <= WARNINGS_PER_CODE || UNCAPPED.has(code))
      this.list.push(segment ? { code, message, at: whereIs(segment) } : { code, message });
  }

  warnings(): AsnWarning[] {
    const summary: AsnWarning[] = [];
    for (const [code, count] of this.counts) {
      if (count > WARNINGS_PER_CODE && !UNCAPPED.has(code)) {
        summary.push({ code, message: `${count - WARNINGS_PER_CODE} more warnings like the ones above (${code})` });
      }
    }
    return [...this.list, ...summary];
  }
}

import type { AsnPageV1, AsnV1 } from '../../renderer/src/domain/asn-wire';
import { encodeAsnCursor } from './asn-cursor';

/**
 * The ERP's ASNs as a change log: every new version of an ASN takes the next change sequence, and a page lists
 * the latest state of each ASN whose last change is after the cursor, oldest change first. A station that stored
 * the cursor of its last page therefore sees each revision or cancellation exactly once, in the order it happened.
 */
export class AsnCatalog {
  private readonly latest = new Map<string, { asn: AsnV1; sequence: number }>();
  private sequence = 0;

  /** Records a new state of an ASN (created, revised or cancelled). */
  record(asn: AsnV1): void {
    this.sequence += 1;
    this.latest.set(asn.asnId, { asn, sequence: this.sequence });
  }

  get(asnId: string): AsnV1 | undefined {
    return this.latest.get(asnId)?.asn;
  }

  /** Highest change sequence recorded so far; a cursor can never be beyond it. */
  get lastSequence(): number {
    return this.sequence;
  }

  /** ASNs changed after `afterSequence`, at most `limit` of them; with none, the same position comes back. */
  page(afterSequence: number, limit: number): AsnPageV1 {
    const changed = [...this.latest.values()]
      .filter((entry) => entry.sequence > afterSequence)
      .sort((a, b) => a.sequence - b.sequence);
    const taken = changed.slice(0, limit);
    const last = taken.at(-1);
    return {
      items: taken.map((entry) => entry.asn),
      nextCursor: encodeAsnCursor(last ? last.sequence : afterSequence),
      hasMore: changed.length > taken.length,
    };
  }
}

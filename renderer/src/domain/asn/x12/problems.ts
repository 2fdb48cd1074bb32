import type { AsnImportError } from '../asn-importer';
import type { AsnWarning } from '../canonical-asn';
import type { X12Segment } from './tokenizer';

/**
 * Problems found while reading an 856. Warnings stay with the ASN; an error rejects the whole file (an import is
 * all or nothing, issue 4). Inside the reader an error is raised as `X12Rejection` so that deep helpers need not
 * thread results through every call; the importer catches it at its boundary and returns it as a value, so
 * callers never see an exception.
 */
export class X12Rejection extends Error {
  override readonly name = 'X12Rejection';
  constructor(readonly error: AsnImportError) {
    super(error.message);
  }
}

export function atSegment(segment: X12Segment): NonNullable<AsnWarning['at']> {
  return { line: segment.line, segment: segment.position, tag: segment.tag };
}

/** Raises an error that rejects the file; `message` should say what to do, not only what is wrong. */
export function reject(code: string, message: string, segment?: X12Segment): never {
  throw new X12Rejection(segment ? { code, message, at: atSegment(segment) } : { code, message });
}

/** Element n of a segment, trimmed (X12.5: trailing spaces are padding, not data); '' when absent. */
export function el(segment: X12Segment, n: number): string {
  return (segment.elements[n] ?? '').trim();
}

/** Segment as the sender wrote it, for messages: `DTM*011*200`, with the file's own element separator. */
export function shown(segment: X12Segment, upTo = segment.elements.length): string {
  const text = segment.elements.slice(0, upTo).join(segment.delimiters.element);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Collects warnings for one ASN, dropping exact repeats so a 10,000-line file does not bury the receiver. */
export class WarningList {
  private readonly seen = new Set<string>();
  readonly items: AsnWarning[] = [];

  add(code: string, message: string, segment?: X12Segment): void {
    const key = `${code}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(segment ? { code, message, at: atSegment(segment) } : { code, message });
  }

  /** Adds a warning made elsewhere (e.g. by the envelope check). */
  push(warning: AsnWarning): void {
    const key = `${warning.code}\u0000${warning.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(warning);
  }

  /** Adds a warning once per `key` (e.g. one unknown qualifier), however often it occurs. */
  once(key: string, code: string, message: string, segment?: X12Segment): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(segment ? { code, message, at: atSegment(segment) } : { code, message });
  }
}

import { LedgerRecordV1 } from './ledger-record';

/**
 * Reads the ledger file back. Each record is one line ending in "\n", written in one append and fsync'd before
 * the station is answered. A crash mid-append can therefore leave only the last line incomplete: that batch was
 * never acknowledged, so dropping it loses nothing the station believes was applied (it resends the batch).
 * Anything wrong before the last line is not a torn append but damage, and guessing past it could silently lose
 * or invent receipts, so it stops the ERP with an error naming the file and the line.
 */
export interface Replay {
  readonly records: LedgerRecordV1[];
  /** Length in bytes of the part of the file that holds good records. */
  readonly goodBytes: number;
  /** The dropped last line, when there was one. */
  readonly torn: { readonly line: number; readonly reason: string } | null;
}

export class LedgerCorruptError extends Error {
  override readonly name = 'LedgerCorruptError';
  constructor(
    readonly file: string,
    readonly line: number,
    reason: string,
  ) {
    super(
      `Demo ERP ledger ${file} is damaged at line ${line}: ${reason}. Later lines cannot be trusted, so the ERP ` +
        `will not start: repair line ${line}, or move the file aside to start with an empty ledger.`,
    );
  }
}

const NEWLINE = 0x0a;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export function replayLedger(bytes: Uint8Array, file: string): Replay {
  const records: LedgerRecordV1[] = [];
  let start = 0;
  let goodBytes = 0;
  for (let line = 1; start < bytes.length; line++) {
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline === -1 ? bytes.length : newline + 1;
    const isLast = end === bytes.length;
    const problem = newline === -1 ? 'the line has no end (an append was cut short)' : null;
    const parsed =
      problem === null ? parseLine(bytes.subarray(start, newline)) : { ok: false as const, reason: problem };
    if (!parsed.ok) {
      if (isLast) return { records, goodBytes, torn: { line, reason: parsed.reason } };
      throw new LedgerCorruptError(file, line, parsed.reason);
    }
    records.push(parsed.record);
    goodBytes = end;
    start = end;
  }
  return { records, goodBytes, torn: null };
}

function parseLine(bytes: Uint8Array): { ok: true; record: LedgerRecordV1 } | { ok: false; reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(utf8.decode(bytes));
  } catch (error) {
    return { ok: false, reason: `not a JSON record (${error instanceof Error ? error.message : String(error)})` };
  }
  const checked = LedgerRecordV1.safeParse(json);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    return { ok: false, reason: `not a ledger record (${where}${issue?.message ?? 'invalid'})` };
  }
  return { ok: true, record: checked.data };
}

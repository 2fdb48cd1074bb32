import { describe, expect, it } from 'vitest';
import { LedgerCorruptError, replayLedger } from './ledger-replay';
import type { LedgerRecordV1 } from './ledger-record';
import { cartonEvent } from './test-support';

const record = (seq: number): LedgerRecordV1 => ({
  v: 1,
  stationId: 'DOCK-01',
  appliedAt: '2025-06-10T08:00:00.000Z',
  events: [cartonEvent(seq)],
});
const line = (seq: number) => `${JSON.stringify(record(seq))}\n`;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('replaying the ledger file', () => {
  it('reads every complete record, and an empty file as an empty ledger', () => {
    const text = line(1) + line(2);
    const replay = replayLedger(bytes(text), 'ledger.jsonl');
    expect(replay.records.map((r) => r.events[0]?.seq)).toEqual([1, 2]);
    expect(replay.goodBytes).toBe(bytes(text).length);
    expect(replay.torn).toBeNull();
    expect(replayLedger(new Uint8Array(), 'ledger.jsonl')).toEqual({ records: [], goodBytes: 0, torn: null });
  });

  it('drops a torn last line and says where the good part ends', () => {
    const good = line(1) + line(2);
    const torn = line(3).slice(0, 40);
    const replay = replayLedger(bytes(good + torn), 'ledger.jsonl');
    expect(replay.records).toHaveLength(2);
    expect(replay.goodBytes).toBe(bytes(good).length);
    expect(replay.torn).toEqual({ line: 3, reason: expect.stringMatching(/no end/) as unknown });
  });

  it('drops a last line that ends but is unreadable (for example zeros left by a crash)', () => {
    const replay = replayLedger(bytes(`${line(1)}\u0000\u0000\u0000\n`), 'ledger.jsonl');
    expect(replay.records).toHaveLength(1);
    expect(replay.torn?.line).toBe(2);
  });

  it('refuses damage before the last line, naming the file and the line', () => {
    const text = line(1) + '{"v":1,"oops"\n' + line(3);
    expect(() => replayLedger(bytes(text), '/data/ledger.jsonl')).toThrow(LedgerCorruptError);
    expect(() => replayLedger(bytes(text), '/data/ledger.jsonl')).toThrow(
      /\/data\/ledger\.jsonl is damaged at line 2: not a JSON record/,
    );
    const wrongShape = line(1) + '{"v":2}\n' + line(3);
    expect(() => replayLedger(bytes(wrongShape), 'f')).toThrow(/line 2: not a ledger record/);
    expect(() => replayLedger(bytes(`${line(1)}\n${line(2)}`), 'f')).toThrow(/line 2/);
  });
});

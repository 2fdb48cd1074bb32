import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDocksideDb } from '../db/schema';
import { DEFAULT_RECEIVING_CONFIG, loadReceivingConfig, saveReceivingConfig } from './receiving-config';

const db = openDocksideDb(`config-${crypto.randomUUID()}`);
afterEach(async () => {
  await db.delete();
});

describe('receiving configuration', () => {
  it('defaults to exact quantities, no sampling, zones A and Q; a saved one replaces what it names', async () => {
    expect(await loadReceivingConfig(db)).toEqual(DEFAULT_RECEIVING_CONFIG);
    const rule = { ruleId: 'r1', sample: { kind: 'every-unit' as const }, checklistId: 'standard' };
    await saveReceivingConfig(db, { ...DEFAULT_RECEIVING_CONFIG, inspectionRules: [rule] });
    expect((await loadReceivingConfig(db)).inspectionRules).toEqual([rule]);
    expect((await loadReceivingConfig(db)).putaway.quarantineZone).toBe('Q');
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_LIABILITY, DISCREPANCY_CODES } from './discrepancy-codes';
import { PARTNER_CODES } from './partner-codes';

describe('partner codes', () => {
  it('covers every discrepancy code, and only those', () => {
    expect(Object.keys(PARTNER_CODES).sort()).toEqual([...DISCREPANCY_CODES].sort());
  });

  it('uses the X12 412 and UNCL 4221 codes looked up', () => {
    expect(PARTNER_CODES.damaged).toEqual({
      x12ReceivingCondition: '01',
      recadvDiscrepancy: 'AF',
      recadvChangeReason: 'DME',
    });
    expect(PARTNER_CODES.short.x12ReceivingCondition).toBe('02');
    expect(PARTNER_CODES.over).toMatchObject({ x12ReceivingCondition: '03', recadvDiscrepancy: 'AC' });
    expect(PARTNER_CODES['unexpected-unit']).toMatchObject({ x12ReceivingCondition: '14', recadvDiscrepancy: 'AE' });
  });

  it('never reports an internal discrepancy to a partner', () => {
    for (const code of DISCREPANCY_CODES) {
      if (DEFAULT_LIABILITY[code] !== 'internal') continue;
      expect(PARTNER_CODES[code]).toEqual({
        x12ReceivingCondition: null,
        recadvDiscrepancy: null,
        recadvChangeReason: null,
      });
    }
  });

  it('gives X12 two-digit codes and EDIFACT codes of at most three characters', () => {
    for (const codes of Object.values(PARTNER_CODES)) {
      if (codes.x12ReceivingCondition !== null) expect(codes.x12ReceivingCondition).toMatch(/^\d{2}$/);
      if (codes.recadvDiscrepancy !== null) expect(codes.recadvDiscrepancy).toMatch(/^[A-Z]{1,3}$/);
      if (codes.recadvChangeReason !== null) expect(codes.recadvChangeReason).toMatch(/^[A-Z]{1,3}$/);
    }
  });
});

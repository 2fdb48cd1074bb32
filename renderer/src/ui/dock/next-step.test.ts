import { describe, expect, it } from 'vitest';
import type { ReceiptRow, UnitStateRow } from '../../db/schema';
import { asnName, nextStep } from './next-step';

const receipt = (patch: Partial<ReceiptRow>): ReceiptRow => ({
  receiptId: 'ASN-1',
  asnId: 'ASN-1',
  status: 'receiving',
  mode: 'trust',
  dockDoor: 'D1',
  trailer: 'T',
  sealNumber: null,
  seal: 'none',
  expectedUnits: 6,
  receivedUnits: 3,
  openDiscrepancies: 0,
  arrivedAt: null,
  closedAt: null,
  updatedAt: '',
  ...patch,
});
const waiting = (suggestedLocation: string | null): UnitStateRow =>
  ({
    unitId: 'u',
    sscc: '376104250021234821',
    announced: { unitId: 'u', kind: 'pallet', parentUnitId: null },
    suggestedLocation,
  }) as UnitStateRow;

describe('the next step', () => {
  it('asks for an arrival when nothing is being received', () => {
    expect(nextStep([], null).text).toMatch(/record its arrival/);
  });

  it('stops everything on a seal problem', () => {
    const step = nextStep([receipt({ status: 'awaiting-seal-approval' }), receipt({ receiptId: 'B' })], waiting('A'));
    expect(step).toEqual({ tone: 'stop', text: 'Seal problem on ASN-1: do not unload. Call a supervisor.' });
  });

  it('sends the unit on the forks away before the next scan, to a zone or a bin', () => {
    expect(nextStep([receipt({})], waiting('A')).text).toBe('Take Pallet …4821 to zone A — scan the location label');
    expect(nextStep([receipt({})], waiting('A-01-02')).text).toContain('to location A-01-02');
    expect(nextStep([receipt({})], waiting('A'), 3).text).toMatch(/label \(2 more waiting for putaway\)$/);
  });

  it('asks for the next pallet, then for the close', () => {
    expect(nextStep([receipt({})], null).text).toBe('Scan the next pallet or carton');
    expect(nextStep([receipt({ receivedUnits: 6 })], null).text).toBe(
      'All units of ASN-1 received. Close the receipt.',
    );
    expect(nextStep([receipt({ status: 'closing', receivedUnits: 6 })], null).tone).toBe('stop');
  });

  it('says ASN once', () => {
    expect(asnName('ASN-AHD-1')).toBe('ASN-AHD-1');
    expect(asnName('4711')).toBe('ASN 4711');
  });
});

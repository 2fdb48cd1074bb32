import { describe, expect, it } from 'vitest';
import { withGs1CheckDigit } from '../domain/gs1/check-digit';
import { primaryReads } from './label-reads';

const SSCC = withGs1CheckDigit('35410738000000105');
const GTIN = withGs1CheckDigit('0541073800015');

describe('primaryReads', () => {
  it('keeps only the SSCC when a logistic label shows its content barcode too', () => {
    expect(primaryReads([`]C102${GTIN}3720\u001d10LOT1`, `]C100${SSCC}`])).toEqual([`]C100${SSCC}`]);
  });

  it('keeps every read when the frame holds no SSCC', () => {
    const reads = [`]E0${GTIN.slice(1)}`, ']Q1LOC-A-01-02'];
    expect(primaryReads(reads)).toEqual(reads);
  });

  it('does not count an SSCC with a wrong check digit as the primary read', () => {
    const broken = `]C100${SSCC.slice(0, 17)}${(Number(SSCC.slice(17)) + 1) % 10}`;
    const reads = [broken, `]C102${GTIN}3720`];
    expect(primaryReads(reads)).toEqual(reads);
  });
});

import { describe, expect, it } from 'vitest';
import { glnOf, gtin14Of, readSscc } from './identifiers';

describe('readSscc', () => {
  it('reads 18 digits and the 20-digit (00)-prefixed form alike', () => {
    expect(readSscc('354107380000001051')).toEqual({
      kind: 'sscc',
      sscc: '354107380000001051',
      checkDigitValid: true,
      expected: 1,
    });
    expect(readSscc('00007121610006156802')).toMatchObject({ sscc: '007121610006156802', checkDigitValid: true });
  });

  it('keeps an SSCC with a wrong check digit and says which digit was expected', () => {
    expect(readSscc('00000010012345614785')).toEqual({
      kind: 'sscc',
      sscc: '000010012345614785',
      checkDigitValid: false,
      expected: 8,
    });
  });

  it('refuses other lengths instead of truncating them', () => {
    expect(readSscc('0000123456781234567892')).toMatchObject({ kind: 'not-an-sscc' });
    expect(readSscc('12345678901234567890')).toMatchObject({ kind: 'not-an-sscc' });
    expect(readSscc('35410738000000105X')).toMatchObject({ kind: 'not-an-sscc' });
  });
});

describe('gtin14Of', () => {
  it('pads valid UPC-A, EAN-13 and EAN-8 to GTIN-14', () => {
    expect(gtin14Of('008815509183')).toBe('00008815509183');
    expect(gtin14Of('5410738000152')).toBe('05410738000152');
    expect(gtin14Of('96385074')).toBe('00000096385074');
  });

  it('refuses numbers with a wrong check digit or another length', () => {
    expect(gtin14Of('5410738000153')).toBeNull();
    expect(gtin14Of('1234567')).toBeNull();
    expect(gtin14Of('U0070062')).toBeNull();
  });
});

describe('glnOf', () => {
  it('accepts a valid 13-digit GLN only', () => {
    expect(glnOf('5411234512309')).toBe('5411234512309');
    expect(glnOf('5411234512308')).toBeNull();
    expect(glnOf('0078742035260')).toBe('0078742035260');
  });
});

import { describe, expect, it } from 'vitest';
import { checkKeyedQuantity, groupDigits, sameKeyedQuantity } from './plausibility';

describe('plausibility of keyed quantities', () => {
  it('asks to confirm 1000 keyed for 10 expected, in words the dock understands', () => {
    expect(checkKeyedQuantity({ keyed: '1000', uom: 'EA', expected: '10' })).toEqual({
      verdict: 'confirm',
      reason: 'many-times-expected',
      quantity: '1000',
      message: '1,000 EA is 100× the 10 EA expected — key it again to confirm',
    });
  });

  it('accepts up to the multiple, and says "about" for ratios without a short decimal', () => {
    expect(checkKeyedQuantity({ keyed: '100', uom: 'EA', expected: '10' })).toEqual({
      verdict: 'plausible',
      quantity: '100',
    });
    expect(checkKeyedQuantity({ keyed: '25', uom: 'CS', expected: '10' }, { maxTimesExpected: '2' })).toMatchObject({
      message: '25 CS is 2.5× the 10 CS expected — key it again to confirm',
    });
    expect(checkKeyedQuantity({ keyed: '1000', uom: 'EA', expected: '3' })).toMatchObject({
      message: '1,000 EA is about 333× the 3 EA expected — key it again to confirm',
    });
    expect(checkKeyedQuantity({ keyed: '1000', uom: 'EA', expected: '32' })).toMatchObject({
      message: '1,000 EA is about 31× the 32 EA expected — key it again to confirm',
    });
    expect(checkKeyedQuantity({ keyed: '50', uom: 'KGM', expected: '0.4' })).toMatchObject({
      message: '50 KGM is 125× the 0.4 KGM expected — key it again to confirm',
    });
  });

  it('never reveals the expected quantity in blind receiving', () => {
    const verdict = checkKeyedQuantity({ keyed: '1000', uom: 'EA', expected: '10', blind: true });
    expect(verdict).toMatchObject({
      verdict: 'confirm',
      message: '1,000 EA is far more than usual — key it again to confirm',
    });
    expect(checkKeyedQuantity({ keyed: '4', uom: 'EA', expected: '0', blind: true })).toMatchObject({
      message: '4 EA is not expected here — key it again to confirm',
    });
  });

  it('asks to confirm something keyed against a line expecting nothing', () => {
    expect(checkKeyedQuantity({ keyed: '4', uom: 'EA', expected: '0' })).toMatchObject({
      reason: 'nothing-expected',
      message: 'No EA of this item are expected — key 4 again to confirm',
    });
  });

  it('applies an absolute cap, also when receiving without an ASN', () => {
    expect(
      checkKeyedQuantity({ keyed: '5001', uom: 'EA' }, { maxTimesExpected: '10', absoluteCap: '5000' }),
    ).toMatchObject({
      reason: 'above-cap',
      message: '5,001 EA is more than 5,000 EA — key it again to confirm',
    });
    expect(
      checkKeyedQuantity({ keyed: '5000', uom: 'EA' }, { maxTimesExpected: '10', absoluteCap: '5000' }),
    ).toMatchObject({
      verdict: 'plausible',
    });
    expect(
      checkKeyedQuantity({ keyed: '90', uom: 'EA', expected: '10' }, { maxTimesExpected: '10', absoluteCap: '50' }),
    ).toMatchObject({
      reason: 'above-cap',
    });
  });

  it('asks to confirm zero, refuses negatives, fractions of countable units and non-numbers', () => {
    expect(checkKeyedQuantity({ keyed: '0', uom: 'EA', expected: '10' })).toMatchObject({
      verdict: 'confirm',
      reason: 'zero',
    });
    expect(checkKeyedQuantity({ keyed: '-3', uom: 'EA' })).toMatchObject({ verdict: 'refuse', reason: 'negative' });
    expect(checkKeyedQuantity({ keyed: '2.5', uom: 'CT' })).toEqual({
      verdict: 'refuse',
      reason: 'fraction-of-countable',
      message: '2.5 CT: CT are counted in whole numbers — key a whole number',
    });
    expect(checkKeyedQuantity({ keyed: '2.5', uom: 'KGM', expected: '2' })).toMatchObject({
      verdict: 'plausible',
      quantity: '2.5',
    });
    expect(checkKeyedQuantity({ keyed: '2.5', uom: 'ZZ' })).toMatchObject({ verdict: 'plausible' });
    expect(checkKeyedQuantity({ keyed: '12.0', uom: 'EA' })).toEqual({ verdict: 'plausible', quantity: '12' });
    expect(checkKeyedQuantity({ keyed: ' 1e3 ', uom: 'EA' })).toMatchObject({
      verdict: 'refuse',
      reason: 'not-a-number',
    });
    expect(checkKeyedQuantity({ keyed: '', uom: 'EA' })).toMatchObject({ reason: 'not-a-number' });
  });

  it('compares the confirming entry by value', () => {
    expect(sameKeyedQuantity('1000', ' 1000.0 ')).toBe(true);
    expect(sameKeyedQuantity('1000', '100')).toBe(false);
    expect(sameKeyedQuantity('x', 'x')).toBe(false);
  });

  it('groups digits by three', () => {
    expect(groupDigits('1234567.25')).toBe('1,234,567.25');
    expect(groupDigits('-1000')).toBe('-1,000');
    expect(groupDigits('999')).toBe('999');
  });
});

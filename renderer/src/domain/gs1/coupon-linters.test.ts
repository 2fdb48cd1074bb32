import { describe, expect, it } from 'vitest';
import { PACKAGE_TYPES } from './package-type-codes';
import { parseScan } from './parse-scan';

/**
 * The linters the Syntax Dictionary names for AIs (7041), (8110) and (8112). Many more vectors (the GS1
 * Barcode Syntax Tests' own) are in test/corpus/gs1-public-cases.json; these pin the wording and the position,
 * which is where the first bad field starts in the raw scan.
 */
const options = { referenceDate: new Date('2026-06-15T00:00:00Z') };
const error = (raw: string) => {
  const r = parseScan(raw, options);
  return r.valid ? null : { message: r.error.message, position: r.error.position };
};

describe('AI (7041) package type (UN/ECE Recommendation 21 as extended by GS1)', () => {
  it('accepts listed codes of one to three characters and refuses others', () => {
    expect(PACKAGE_TYPES.size).toBeGreaterThan(400);
    for (const code of ['1A', '8', '9', 'BME', 'PX', 'X20', 'ZZ'])
      expect(parseScan(`(00)106141411234567897(7041)${code}`, options).valid).toBe(true);
    expect(error('(7041)0000')).toEqual({
      message: 'AI (7041): 0000 is not a package type code (UN/ECE Recommendation 21)',
      position: 6,
    });
  });
});

describe('AI (8110) North American coupon code', () => {
  it('reads the GS1 US guideline examples', () => {
    for (const data of [
      '10614141011111275110111',
      '106141410222223100110222111101231023456721104561045678991201',
      '106141411234562891101201212085010048000214025610048000310123191000',
      '106141416543213500110000310123196000',
    ])
      expect(parseScan(`(8110)${data}`, options).valid).toBe(true);
  });

  it('names the field that is wrong and points at it', () => {
    // GCP VLI 0 → 6 digits, offer code, save value VLI 6 (must be 1–5) at value offset 13.
    expect(error('(8110)01234561234566123456')).toEqual({
      message: 'AI (8110) coupon code: length digit of the save value must be 1 to 5; label has 6',
      position: 6 + 13,
    });
    expect(error('(8110)012345612345611115')).toEqual({
      message: 'AI (8110) coupon code: purchase requirement code must be one of 0, 1, 2, 3, 4, 9; label has 5',
      position: 6 + 17,
    });
    expect(error('(8110)0123456123456111101233200229')).toBeNull();
    expect(error('(8110)0123456123456111101233210229')?.message).toBe(
      'AI (8110) coupon code: expiration date 210229 is not a date',
    );
    expect(error('(8110)01234561234561111012335006064500607')?.message).toBe(
      'AI (8110) coupon code: start date 2050-06-07 is after the expiration date 2050-06-06',
    );
    expect(error('(8110)0123456123456111101237')).toEqual({
      message: 'AI (8110) coupon code: unexpected data "7" after the last field (character 22)',
      position: 6 + 21,
    });
    expect(error('(8110)0123456')?.message).toBe('AI (8110) coupon code: ends before its offer code');
  });
});

describe('AI (8112) positive offer file coupon', () => {
  it('checks format code, funder ID, offer code and serial number', () => {
    expect(error('(8112)001234561234560123456')).toBeNull();
    expect(error('(8112)061234567890121234569123456789012345')).toBeNull();
    expect(error('(8112)201234561234560123456')).toEqual({
      message: 'AI (8112) coupon offer: format code must be one of 0, 1; label has 2',
      position: 6,
    });
    expect(error('(8112)0012345612345612345')?.message).toBe(
      'AI (8112) coupon offer: serial number needs 7 digits, label has 4',
    );
  });
});

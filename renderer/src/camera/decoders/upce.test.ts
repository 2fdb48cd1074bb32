import { describe, expect, it } from 'vitest';
import { expandUpce } from './upce';

/** GS1 General Specifications §5.2.2.4.2: the four zero-suppression cases, by the last data digit. */
describe('UPC-E expansion', () => {
  it.each([
    ['01234505', '012000003455'], // last digit 0: manufacturer 01X00, item 00345
    ['01234515', '012100003455'], // 1
    ['01234525', '012200003455'], // 2
    ['01234535', '012300000455'], // 3: manufacturer 01230 (no X), item 00045
    ['01234545', '012340000055'], // 4
    ['01234565', '012345000065'], // 5–9: item 0000X
  ])('%s → %s', (upce, upca) => {
    expect(expandUpce(upce)).toBe(upca);
  });
});

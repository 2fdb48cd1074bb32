import { describe, expect, it } from 'vitest';
import { nextRowIndex, PAGE_ROWS } from './list-keys';

describe('nextRowIndex', () => {
  it('moves one row with the arrows, stopping at the ends', () => {
    expect(nextRowIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(nextRowIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(nextRowIndex(2, 'ArrowDown', 3)).toBe(2);
    expect(nextRowIndex(1, 'ArrowUp', 3)).toBe(0);
    expect(nextRowIndex(0, 'ArrowUp', 3)).toBe(0);
  });

  it('jumps a page, and to the ends with Home and End', () => {
    expect(nextRowIndex(0, 'PageDown', 20)).toBe(PAGE_ROWS);
    expect(nextRowIndex(15, 'PageDown', 20)).toBe(19);
    expect(nextRowIndex(3, 'PageUp', 20)).toBe(0);
    expect(nextRowIndex(7, 'Home', 20)).toBe(0);
    expect(nextRowIndex(7, 'End', 20)).toBe(19);
  });

  it('ignores other keys and empty lists', () => {
    expect(nextRowIndex(0, 'Enter', 3)).toBeNull();
    expect(nextRowIndex(0, 'a', 3)).toBeNull();
    expect(nextRowIndex(0, 'ArrowDown', 0)).toBeNull();
  });
});

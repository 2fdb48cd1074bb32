/**
 * Keyboard movement in the inbound list (issue 4, item 5: the hierarchy one key away). Pure, so the rules are
 * tested without a DOM: arrows move one row, Page keys a screenful, Home/End the ends; Enter is the row
 * button's own click.
 */
export const PAGE_ROWS = 8;

export function nextRowIndex(current: number, key: string, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return current < 0 ? 0 : Math.min(current + 1, last);
    case 'ArrowUp':
      return current <= 0 ? 0 : current - 1;
    case 'PageDown':
      return Math.min(Math.max(current, 0) + PAGE_ROWS, last);
    case 'PageUp':
      return Math.max(current - PAGE_ROWS, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}

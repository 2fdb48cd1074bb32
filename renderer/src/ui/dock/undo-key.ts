/**
 * The dock's undo key: Ctrl+Z (Cmd+Z on a Mac keyboard), only when no text field has the focus, where Ctrl+Z
 * is the field's own undo. Not a function key: scanners are often set up to type GS as F8 or similar
 * (scanner/gs-keys.ts), and a scan must never undo anything.
 */
export function isUndoKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'repeat'>,
  focused: Focusable | null,
): boolean {
  if (event.repeat || event.altKey || event.shiftKey) return false;
  if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return false;
  return !isTextField(focused);
}

/** Duck-typed on tag and type, so the rule is tested without a DOM. */
type Focusable = Pick<Element, 'tagName'> & { readonly type?: string; readonly isContentEditable?: boolean };

const NOT_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'submit', 'reset', 'color', 'file']);

function isTextField(element: Focusable | null): boolean {
  if (element === null) return false;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !NOT_TEXT_INPUTS.has((element.type ?? 'text').toLowerCase());
  return element.isContentEditable === true;
}

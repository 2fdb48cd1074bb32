import { describe, expect, it } from 'vitest';
import { isUndoKey } from './undo-key';

const key = (patch: Partial<Parameters<typeof isUndoKey>[0]> = {}) => ({
  key: 'z',
  ctrlKey: true,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  repeat: false,
  ...patch,
});

describe('the undo key', () => {
  it('is Ctrl+Z (or Cmd+Z) with no text field focused', () => {
    expect(isUndoKey(key(), null)).toBe(true);
    expect(isUndoKey(key({ ctrlKey: false, metaKey: true, key: 'Z' }), { tagName: 'BODY' })).toBe(true);
    expect(isUndoKey(key(), { tagName: 'BUTTON' })).toBe(true);
    expect(isUndoKey(key(), { tagName: 'INPUT', type: 'radio' })).toBe(true);
  });

  it('leaves a text field its own Ctrl+Z, and ignores repeats, Shift (redo) and function keys', () => {
    expect(isUndoKey(key(), { tagName: 'INPUT', type: 'search' })).toBe(false);
    expect(isUndoKey(key(), { tagName: 'TEXTAREA' })).toBe(false);
    expect(isUndoKey(key(), { tagName: 'DIV', isContentEditable: true })).toBe(false);
    expect(isUndoKey(key({ repeat: true }), null)).toBe(false);
    expect(isUndoKey(key({ shiftKey: true }), null)).toBe(false);
    expect(isUndoKey(key({ key: 'F8', ctrlKey: false }), null)).toBe(false);
  });
});

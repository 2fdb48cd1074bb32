import { showTokens, type KeyToken } from './key-tokens';
import { charOf, LAYOUTS, typedThrough, US } from './keyboard-layouts';
import { TEST_LABEL, TEST_LABEL_HEAD } from './test-label';

/**
 * Why the test label's data was not found in what arrived, in words IT can act on. Tried in order, because a
 * mangled scan of the right label must not be blamed on the label: keyboard layout, Caps Lock, a person
 * typing, part of the label changed on the way, and only then a different label.
 */
export type LearnProblem = 'nothing' | 'keyboard-layout' | 'caps-lock' | 'typed' | 'garbled' | 'wrong-label';

export interface Diagnosis {
  readonly problem: LearnProblem;
  readonly message: string;
}

/** One UTF-16 unit per token, so string positions are token positions; anything but a character is U+E000. */
export function sequenceOf(tokens: readonly KeyToken[]): string {
  return tokens.map((t) => (t.kind === 'char' ? (t.char.length === 1 ? t.char : '\ufffd') : '\ue000')).join('');
}

const LAYOUT_FIX =
  "Set the scanner's keyboard language (often called keyboard country) to this PC's keyboard layout with the " +
  "setup barcodes in the scanner's manual, then learn again.";

export function diagnoseMismatch(tokens: readonly KeyToken[], typingGapMs: number): Diagnosis {
  const seq = sequenceOf(tokens);
  const chars = tokens.filter((t) => t.kind === 'char').length;
  if (chars === 0) {
    return {
      problem: 'nothing',
      message:
        tokens.length === 0
          ? 'Nothing arrived from the scanner. Check that it is connected and set to USB keyboard (HID) mode, then scan the test label again.'
          : 'Only control keys arrived, no characters. Check that the scanner is set to USB keyboard (HID) mode, then scan the test label again.',
    };
  }
  for (const scanner of LAYOUTS) {
    for (const pc of LAYOUTS) {
      if (scanner === pc) continue;
      const twisted = typedThrough(TEST_LABEL_HEAD, scanner, pc);
      if (twisted !== null && seq.includes(twisted)) {
        return {
          problem: 'keyboard-layout',
          message: `Characters change on the way: ${firstChange(twisted)}. The scanner types for a ${scanner.name} keyboard, but this PC uses ${pc.name}. ${LAYOUT_FIX}`,
        };
      }
    }
  }
  // The physical keys (KeyboardEvent.code is named by US positions) spell the label while the characters do
  // not: the scanner types for a US keyboard and this PC has some other layout.
  const byKeys = usSequenceOf(tokens);
  const at = byKeys.indexOf(TEST_LABEL_HEAD);
  if (at >= 0) {
    const got = seq.slice(at, at + TEST_LABEL_HEAD.length);
    return {
      problem: 'keyboard-layout',
      message: `Characters change on the way: ${firstChange(got)}. The scanner types for a US English keyboard, but this PC uses another keyboard layout. ${LAYOUT_FIX}`,
    };
  }
  if (seq.includes(swapCase(TEST_LABEL_HEAD))) {
    return {
      problem: 'caps-lock',
      message: `Letters arrive in the wrong case ("${TEST_LABEL.lot}" arrived as "${swapCase(TEST_LABEL.lot)}"). Turn Caps Lock off on this PC, or turn off case conversion in the scanner's setup, then learn again.`,
    };
  }
  if (typingGapMs > TYPING_GAP_MS) {
    return {
      problem: 'typed',
      message: `These keys came about ${Math.round(typingGapMs)} ms apart, as fast as a person types, not as fast as a scanner. Scan the printed test label; if that was the scanner, set its keyboard speed (inter-character delay) to the fastest.`,
    };
  }
  const gtinAt = seq.indexOf(`01${TEST_LABEL.gtin}10`);
  if (gtinAt >= 0) {
    const start = gtinAt + 18;
    const got = showTokens(tokens.slice(start, start + TEST_LABEL.lot.length));
    return {
      problem: 'garbled',
      message: `The test label was read, but its lot "${TEST_LABEL.lot}" arrived as "${got}". Characters change on the way: check the scanner's keyboard language and case settings against this PC's keyboard layout, then learn again.`,
    };
  }
  return {
    problem: 'wrong-label',
    message: `That was not the Dockside test label: the scanner sent "${clip(showTokens(tokens.filter((t) => t.kind !== 'terminator' && t.kind !== 'chord')))}". Print the test label on this screen (GTIN ${TEST_LABEL.gtin}, lot ${TEST_LABEL.lot}) and scan that one.`,
  };
}

/** The median gap between keys; people type 100 ms or more apart, scanners a few ms. */
export const TYPING_GAP_MS = 40;

function usSequenceOf(tokens: readonly KeyToken[]): string {
  return tokens
    .map((t) => {
      if (t.kind !== 'char') return '\ue000';
      const us = charOf(US, t.code, t.shift);
      if (us === null) return t.char.length === 1 ? t.char : '\ufffd';
      // Keep the case the key arrived in: synthetic and some virtual keyboards report capitals without Shift.
      return isLetter(us) && isLetter(t.char) ? (t.char === t.char.toUpperCase() ? us.toUpperCase() : us) : us;
    })
    .join('');
}

/** `"z" arrived as "y"` for the first character of the label's data that changed. */
function firstChange(got: string): string {
  for (let i = 0; i < TEST_LABEL_HEAD.length; i++) {
    const want = TEST_LABEL_HEAD.charAt(i);
    const have = got.charAt(i);
    if (want !== have) return `the label's "${want}" arrived as "${have}"`;
  }
  return 'the label arrived changed';
}

function isLetter(c: string): boolean {
  return c.toLowerCase() !== c.toUpperCase();
}

function swapCase(text: string): string {
  return Array.from(text)
    .map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase()))
    .join('');
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

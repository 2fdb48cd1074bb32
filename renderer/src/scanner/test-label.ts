/**
 * The label the scanner setup screen prints and then asks IT to scan. Every part is chosen to expose one way a
 * keyboard wedge can mangle a scan, so comparing what arrived with this tells how the scanner is configured:
 * - (10) lot is variable-length and not last, so the symbol carries FNC1 after it and the scanner must type a
 *   GS there (GS1 General Specifications §5.4 and §7.8.5); a scanner that drops it shows up at once;
 * - the lot has Y and z (swapped on German QWERTZ layouts), "-" and "/" (moved on most non-US layouts), and
 *   mixed case (Caps Lock); the GTIN's digits are shifted symbols on French AZERTY layouts;
 * - the GTIN is GS1's own example GTIN (check digit valid), so it can never be a real product at the dock.
 */
export const TEST_LABEL = Object.freeze({
  gtin: '09506000134352',
  lot: 'TEST-Yz/7',
  serial: 'SETUP42',
});

const GS = '\u001d';

/** What a scanner should type for the label's data (after any prefix and AIM identifier): the part before GS. */
export const TEST_LABEL_HEAD = `01${TEST_LABEL.gtin}10${TEST_LABEL.lot}`;
/** The part after GS. */
export const TEST_LABEL_TAIL = `21${TEST_LABEL.serial}`;
/** The element string, GS for the FNC1 separator (no leading FNC1: that is the symbology identifier's job). */
export const TEST_LABEL_DATA = `${TEST_LABEL_HEAD}${GS}${TEST_LABEL_TAIL}`;
/** The bracketed form: bwip-js encodes it (FNC1 placed by the AI rules) and people read it under the bars. */
export const TEST_LABEL_HRI = `(01)${TEST_LABEL.gtin}(10)${TEST_LABEL.lot}(21)${TEST_LABEL.serial}`;

/** AIM identifiers (ISO/IEC 15424) of the two symbols on the printed sheet. */
export const TEST_LABEL_SYMBOLS: Readonly<Record<string, string>> = Object.freeze({
  ']C1': 'the GS1-128 test label',
  ']d2': 'the GS1 DataMatrix test label',
});

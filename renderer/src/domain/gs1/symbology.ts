import type { Symbology } from './scan-types';

/**
 * AIM symbology identifiers (ISO/IEC 15424; GS1 General Specifications §5.1.2 / Figure 5.1.2-1 for the GS1
 * ones). `gs1` marks identifiers that announce GS1 element strings (FNC1 in first position).
 */
interface SymbologyInfo {
  readonly name: string;
  readonly gs1: boolean;
}

const KNOWN: Readonly<Record<string, SymbologyInfo>> = {
  ']C0': { name: 'code-128', gs1: false },
  ']C1': { name: 'gs1-128', gs1: true },
  ']C2': { name: 'code-128-aim', gs1: false },
  ']d1': { name: 'datamatrix', gs1: false },
  ']d2': { name: 'gs1-datamatrix', gs1: true },
  ']Q1': { name: 'qr', gs1: false },
  ']Q3': { name: 'gs1-qr', gs1: true },
  ']e0': { name: 'gs1-databar', gs1: true },
  ']e1': { name: 'gs1-composite', gs1: true },
  ']e2': { name: 'gs1-composite', gs1: true },
  ']E0': { name: 'ean-13', gs1: false },
  ']E3': { name: 'ean-13-addon', gs1: false },
  ']E4': { name: 'ean-8', gs1: false },
  ']I0': { name: 'itf', gs1: false },
  ']I1': { name: 'itf', gs1: false },
  ']J1': { name: 'gs1-dotcode', gs1: true },
  ']z1': { name: 'aztec', gs1: false },
  ']z4': { name: 'gs1-aztec', gs1: true },
};

export interface SymbologyPrefix {
  readonly symbology: Symbology;
  readonly gs1: boolean;
  /** Characters consumed by the identifier (0 when none). */
  readonly length: number;
}

const NONE: SymbologyPrefix = { symbology: { aim: null, name: 'unknown' }, gs1: false, length: 0 };

/** Reads a "]Xn" prefix; an unlisted but well-formed one is reported by its code and treated as non-GS1. */
export function readSymbologyPrefix(raw: string): SymbologyPrefix {
  if (raw.length < 3 || raw.charCodeAt(0) !== 93) return NONE;
  const aim = raw.slice(0, 3);
  const info = KNOWN[aim];
  if (info) return { symbology: { aim, name: info.name }, gs1: info.gs1, length: 3 };
  if (/^\][A-Za-z][0-9A-Za-z]$/.test(aim))
    return { symbology: { aim, name: `aim-${aim.slice(1)}` }, gs1: false, length: 3 };
  return NONE;
}

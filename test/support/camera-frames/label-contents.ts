import type { CameraSymbology } from '../../../renderer/src/camera/decoder-contract';
import { withGs1CheckDigit } from '../../../renderer/src/domain/gs1/check-digit';
import type { Prng } from './prng';

/**
 * What a label carries: the bwip-js encoder input, and the `raw` a wedge scanner with AIM identifiers would
 * send for it (ISO/IEC 15424 identifier + data, GS for FNC1 separators). The expected raw is written out here
 * from the GS1 rules, independently of both the encoder and the decoders.
 */
export interface LabelContent {
  /** What a person would call it: "GS1-128 SSCC (pallet label)". */
  readonly name: string;
  readonly symbology: CameraSymbology;
  readonly bcid: string;
  readonly text: string;
  readonly expectedRaw: string;
  /**
   * The GS1 element strings the label carries, as [AI, value], in order: what parsing its scan must give
   * (EAN/UPC and ITF-14 as their GTIN-14 under AI 01; none for a non-GS1 location label).
   */
  readonly elements: readonly (readonly [string, string])[];
  /** Quiet zone each side, in modules, as the symbology specification requires. */
  readonly quietZone: number;
  readonly barHeight?: number;
  readonly itfRatio?: number;
  /** ITF-14 printed on corrugated board carries a bearer frame (GS1 General Specifications §5.3.2.4). */
  readonly bearer?: boolean;
}

const GS = '\u001d';

/**
 * AIs whose first two digits give a predefined length need no FNC1 after them (GS1 General Specifications
 * §7.8.5, figure 7.8.5-2); every other element is followed by FNC1 (GS) unless it is the last.
 */
const PREDEFINED = new Set(['00', '01', '02', '03', '04', '11', '12', '13', '15', '16', '17', '18', '19', '20']);
const PREDEFINED_PREFIX = ['31', '32', '33', '34', '35', '36', '41'];

function predefined(ai: string): boolean {
  const two = ai.slice(0, 2);
  return PREDEFINED.has(two) || PREDEFINED_PREFIX.includes(two);
}

/** Builds both the bracketed encoder input and the element string with GS separators. */
export function elementString(elements: readonly (readonly [string, string])[]): {
  bracketed: string;
  data: string;
} {
  const bracketed = elements.map(([ai, value]) => `(${ai})${value}`).join('');
  const data = elements
    .map(([ai, value], i) => `${ai}${value}${i < elements.length - 1 && !predefined(ai) ? GS : ''}`)
    .join('');
  return { bracketed, data };
}

const digits = (rng: Prng, n: number): string => Array.from({ length: n }, () => String(rng.int(0, 9))).join('');
const lot = (rng: Prng): string => `L${digits(rng, 2)}${'ABCDEFGH'[rng.int(0, 7)] ?? 'A'}${digits(rng, 3)}`;
const date = (rng: Prng): string =>
  `2${rng.int(6, 9)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}`;
/** GS1 company prefix 9506000 is GS1's own example prefix (GS1 General Specifications examples). */
const sscc = (rng: Prng): string => withGs1CheckDigit(`3950600${digits(rng, 10)}`);
const gtin14 = (rng: Prng, indicator = '0'): string => withGs1CheckDigit(`${indicator}950600${digits(rng, 6)}`);

function gs1128(name: string, elements: readonly (readonly [string, string])[]): LabelContent {
  const { bracketed, data } = elementString(elements);
  // GS1 Logistic Label: bars 32 mm high at X = 0.495–0.94 mm, i.e. 34–65 modules (GS1 GenSpecs §5.4.4.4).
  return {
    name,
    symbology: 'code-128',
    bcid: 'gs1-128',
    text: bracketed,
    expectedRaw: `]C1${data}`,
    elements,
    quietZone: 10,
    barHeight: 40,
  };
}

export const CONTENTS = {
  ssccPallet: (rng: Prng): LabelContent => gs1128('GS1-128 SSCC (pallet label)', [['00', sscc(rng)]]),
  cartonContents: (rng: Prng): LabelContent =>
    gs1128('GS1-128 carton: content GTIN, count, lot', [
      ['02', gtin14(rng, '1')],
      ['37', String(rng.int(6, 144))],
      ['10', lot(rng)],
    ]),
  cartonWeight: (rng: Prng): LabelContent =>
    gs1128('GS1-128 carton: GTIN, net weight, best before', [
      ['01', gtin14(rng, '9')],
      ['3103', digits(rng, 6)],
      ['15', date(rng)],
    ]),
  location: (rng: Prng): LabelContent => {
    const text = `LOC-${'ABCD'[rng.int(0, 3)] ?? 'A'}-${digits(rng, 2)}-${digits(rng, 2)}`;
    return {
      name: 'Code 128 warehouse location',
      symbology: 'code-128',
      bcid: 'code128',
      text,
      expectedRaw: `]C0${text}`,
      elements: [],
      quietZone: 10,
      barHeight: 30,
    };
  },
  itf14: (rng: Prng): LabelContent => {
    const value = gtin14(rng, String(rng.int(1, 8)));
    // ITF-14: X 0.495–1.016 mm, bars 32 mm high (≈ 40 modules at X = 0.8 mm), ratio 2.5 (GS1 GenSpecs §5.3.2).
    return {
      name: 'ITF-14 on corrugated (GTIN-14)',
      symbology: 'itf',
      bcid: 'itf14',
      text: value,
      expectedRaw: `]I1${value}`,
      elements: [['01', value]],
      quietZone: 10,
      barHeight: 40,
      itfRatio: 2.5,
      bearer: true,
    };
  },
  ean13: (rng: Prng): LabelContent => {
    const value = withGs1CheckDigit(`${rng.int(4, 9)}${digits(rng, 11)}`);
    return {
      name: 'EAN-13 (retail GTIN-13)',
      symbology: 'ean-13',
      bcid: 'ean13',
      text: value,
      expectedRaw: `]E0${value}`,
      elements: [['01', `0${value}`]],
      quietZone: 11,
      barHeight: 70,
    };
  },
  upca: (rng: Prng): LabelContent => {
    const value = withGs1CheckDigit(`0${digits(rng, 10)}`);
    // Sent as 13 digits under ]E0 (ISO/IEC 15420 Annex: UPC-A in full EAN-13 form).
    return {
      name: 'UPC-A (GTIN-12)',
      symbology: 'upc-a',
      bcid: 'upca',
      text: value,
      expectedRaw: `]E00${value}`,
      elements: [['01', `00${value}`]],
      quietZone: 9,
      barHeight: 70,
    };
  },
  ean8: (rng: Prng): LabelContent => {
    const value = withGs1CheckDigit(`9${digits(rng, 6)}`);
    return {
      name: 'EAN-8 (GTIN-8)',
      symbology: 'ean-8',
      bcid: 'ean8',
      text: value,
      expectedRaw: `]E4${value}`,
      elements: [['01', `000000${value}`]],
      quietZone: 7,
      barHeight: 55,
    };
  },
  upce: (): LabelContent =>
    // UPC-E 01234565 stands for UPC-A 012345000065 (zero suppression, GS1 GenSpecs §5.2.2.4.2).
    ({
      name: 'UPC-E (zero-suppressed GTIN-12)',
      symbology: 'upc-e',
      bcid: 'upce',
      text: '01234565',
      expectedRaw: ']E00012345000065',
      elements: [['01', '00012345000065']],
      quietZone: 9,
      barHeight: 70,
    }),
  gs1DataMatrix: (rng: Prng): LabelContent => {
    const elements: [string, string][] = [
      ['01', gtin14(rng)],
      ['17', date(rng)],
      ['10', lot(rng)],
      ['21', digits(rng, 10)],
    ];
    const { bracketed, data } = elementString(elements);
    return {
      name: 'GS1 DataMatrix: GTIN, expiry, lot, serial',
      symbology: 'datamatrix',
      bcid: 'gs1datamatrix',
      text: bracketed,
      expectedRaw: `]d2${data}`,
      elements,
      quietZone: 2,
    };
  },
  gs1DataMatrixCarton: (rng: Prng): LabelContent => {
    const elements: [string, string][] = [
      ['00', sscc(rng)],
      ['02', gtin14(rng, '1')],
      ['37', String(rng.int(6, 144))],
    ];
    const { bracketed, data } = elementString(elements);
    return {
      name: 'GS1 DataMatrix: SSCC, content GTIN, count',
      symbology: 'datamatrix',
      bcid: 'gs1datamatrix',
      text: bracketed,
      expectedRaw: `]d2${data}`,
      elements,
      quietZone: 2,
    };
  },
  digitalLink: (rng: Prng): LabelContent => {
    const [gtin, batch, expiry] = [gtin14(rng), lot(rng), date(rng)];
    const url = `https://id.gs1.org/01/${gtin}/10/${batch}?17=${expiry}`;
    return {
      name: 'QR Code: GS1 Digital Link URI',
      symbology: 'qr',
      bcid: 'qrcode',
      text: url,
      expectedRaw: `]Q1${url}`,
      elements: [
        ['01', gtin],
        ['10', batch],
        ['17', expiry],
      ],
      quietZone: 4,
    };
  },
  gs1Qr: (rng: Prng): LabelContent => {
    const elements: [string, string][] = [
      ['01', gtin14(rng)],
      ['10', lot(rng)],
      ['17', date(rng)],
    ];
    const { bracketed, data } = elementString(elements);
    return {
      name: 'GS1 QR Code: GTIN, lot, expiry',
      symbology: 'qr',
      bcid: 'gs1qrcode',
      text: bracketed,
      expectedRaw: `]Q3${data}`,
      elements,
      quietZone: 4,
    };
  },
} as const satisfies Record<string, (rng: Prng) => LabelContent>;

export type ContentKind = keyof typeof CONTENTS;

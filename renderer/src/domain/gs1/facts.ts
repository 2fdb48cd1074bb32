import { lookupAi } from './ai-table';
import { AI_DICTIONARY } from './ai-table.generated';
import { resolveDate } from './dates';
import type { Amount, Gs1Element, Measure, ScanFacts } from './scan-types';

/**
 * Decoded facts a receiving clerk works with, from the ordered elements. Dates: YYMMDD through the §7.12
 * century window, DD=00 as the month's last day (dates.ts). Measures and amounts: the AI's last digit is the
 * number of implied decimals (GS1 General Specifications §3.6, "n indicates the implied decimal point").
 */
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const DATE_FACTS: Readonly<
  Record<string, 'productionDate' | 'dueDate' | 'packDate' | 'bestBefore' | 'sellBy' | 'expiry'>
> = {
  '11': 'productionDate',
  '12': 'dueDate',
  '13': 'packDate',
  '15': 'bestBefore',
  '16': 'sellBy',
  '17': 'expiry',
};

type MeasureKey =
  | 'netWeightKg'
  | 'grossWeightKg'
  | 'netWeightLb'
  | 'grossWeightLb'
  | 'lengthM'
  | 'widthM'
  | 'heightM'
  | 'netVolumeL'
  | 'netVolumeM3'
  | 'grossVolumeL'
  | 'grossVolumeM3';

const MEASURE_KEYS: Readonly<Record<string, MeasureKey>> = {
  '310': 'netWeightKg',
  '330': 'grossWeightKg',
  '320': 'netWeightLb',
  '340': 'grossWeightLb',
  '311': 'lengthM',
  '312': 'widthM',
  '313': 'heightM',
  '315': 'netVolumeL',
  '316': 'netVolumeM3',
  '335': 'grossVolumeL',
  '336': 'grossVolumeM3',
};

const GLN_FACTS: Readonly<
  Record<string, 'shipToGln' | 'billToGln' | 'purchaseFromGln' | 'shipForGln' | 'locationGln' | 'payToGln'>
> = {
  '410': 'shipToGln',
  '411': 'billToGln',
  '412': 'purchaseFromGln',
  '413': 'shipForGln',
  '414': 'locationGln',
  '415': 'payToGln',
};

/** Quantity and unit of each measure AI family, from the dictionary titles ("NET WEIGHT (kg)"), built once. */
const MEASURE_UNITS = new Map<string, { quantity: string; unit: string }>();
for (const e of AI_DICTIONARY) {
  const m = /^(.*?) \((.*)\)(, log)?$/.exec(e.title);
  if (e.first.startsWith('3') && e.first.length === 4 && m?.[1] !== undefined && m[2] !== undefined) {
    MEASURE_UNITS.set(e.first.slice(0, 3), { quantity: m[1].toLowerCase() + (m[3] ? ' (logistic)' : ''), unit: m[2] });
  }
}
MEASURE_UNITS.set('337', { quantity: 'kg per m²', unit: 'kg/m²' });

export function withDecimals(digits: string, decimals: number): number {
  if (decimals === 0) return Number(digits);
  const padded = digits.padStart(decimals + 1, '0');
  return Number(`${padded.slice(0, -decimals)}.${padded.slice(-decimals)}`);
}

export function decodeFacts(elements: readonly Gs1Element[], referenceYear: number): ScanFacts {
  const f: Mutable<ScanFacts> = {};
  let measures: Measure[] | undefined;
  let amounts: Amount[] | undefined;
  for (const { ai, value } of elements) {
    const dateKey = DATE_FACTS[ai];
    if (dateKey) {
      const date = resolveDate(value, referenceYear, true);
      if (date !== null) f[dateKey] = date;
      continue;
    }
    const glnKey = GLN_FACTS[ai];
    if (glnKey) {
      f[glnKey] = value;
      continue;
    }
    switch (ai) {
      case '00':
        f.sscc = value;
        continue;
      case '01':
        f.gtin = value;
        continue;
      case '02':
        f.contentGtin = value;
        continue;
      case '10':
        f.lot = value;
        continue;
      case '20':
        f.variant = value;
        continue;
      case '21':
        f.serial = value;
        continue;
      case '30':
        f.variableCount = Number(value);
        continue;
      case '37':
        f.count = Number(value);
        continue;
      case '400':
        f.customerPo = value;
        continue;
    }
    const decimals = lookupAi(ai)?.decimals ?? null;
    if (decimals === null) continue;
    const family = ai.slice(0, 3);
    if (ai.startsWith('39')) {
      (amounts ??= []).push(amountOf(ai, value, decimals));
      continue;
    }
    const unit = MEASURE_UNITS.get(family);
    if (!unit) continue;
    const number = withDecimals(value, decimals);
    (measures ??= []).push({ ai, quantity: unit.quantity, value: number, unit: unit.unit });
    const key = MEASURE_KEYS[family];
    if (key) f[key] = number;
  }
  if (measures) f.measures = measures;
  if (amounts) f.amounts = amounts;
  return f;
}

function amountOf(ai: string, value: string, decimals: number): Amount {
  switch (ai.charAt(2)) {
    case '0':
      return { ai, kind: 'amount', value: withDecimals(value, decimals) };
    case '1':
      return { ai, kind: 'amount', value: withDecimals(value.slice(3), decimals), currency: value.slice(0, 3) };
    case '2':
      return { ai, kind: 'price', value: withDecimals(value, decimals) };
    case '3':
      return { ai, kind: 'price', value: withDecimals(value.slice(3), decimals), currency: value.slice(0, 3) };
    case '4':
      return { ai, kind: 'percent-off', value: withDecimals(value, decimals) };
    default:
      return { ai, kind: 'price-per-unit', value: withDecimals(value, decimals) };
  }
}

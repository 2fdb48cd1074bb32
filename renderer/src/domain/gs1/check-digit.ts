/**
 * GS1 mod-10 check digit, shared by GTIN-8/12/13/14, SSCC, GLN and the other GS1 keys.
 * GS1 General Specifications §7.9.1: from the rightmost data digit, weights alternate 3, 1, 3, ...;
 * the check digit brings the weighted sum up to the next multiple of ten.
 */
export function gs1CheckDigit(dataDigits: string): number {
  if (!/^\d+$/.test(dataDigits)) {
    throw new RangeError(`GS1 check digit needs digits only, got "${dataDigits}"`);
  }
  let sum = 0;
  for (let i = 0; i < dataDigits.length; i++) {
    const digit = dataDigits.charCodeAt(dataDigits.length - 1 - i) - 48;
    sum += i % 2 === 0 ? digit * 3 : digit;
  }
  return (10 - (sum % 10)) % 10;
}

/** Appends the check digit to a key's data digits. */
export function withGs1CheckDigit(dataDigits: string): string {
  return dataDigits + String(gs1CheckDigit(dataDigits));
}

/** True when the last digit of a complete key is its correct check digit. */
export function hasValidGs1CheckDigit(key: string): boolean {
  if (!/^\d{2,}$/.test(key)) return false;
  return gs1CheckDigit(key.slice(0, -1)) === Number(key.slice(-1));
}

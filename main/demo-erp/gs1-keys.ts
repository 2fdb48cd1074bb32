import { withGs1CheckDigit } from '../../renderer/src/domain/gs1/check-digit';

/**
 * GS1 identification keys built from a GS1 Company Prefix (GS1 General Specifications §1.4.4): the prefix is
 * assigned to one company, which numbers its own items, locations and logistic units behind it. Each key ends in
 * the mod-10 check digit (§7.9.1). Throws when the parts do not fit, so a typo in seed data fails loudly.
 */

/** SSCC (§2.2.1): extension digit + company prefix + serial reference = 17 digits, then the check digit. */
export function buildSscc(extensionDigit: number, companyPrefix: string, serialReference: number): string {
  return withGs1CheckDigit(String(extensionDigit) + fill(companyPrefix, serialReference, 16, 'SSCC'));
}

/** GTIN-14 (§2.1.2): indicator digit (1-8 for a case of a base item) + company prefix + item reference. */
export function buildGtin14(indicator: number, companyPrefix: string, itemReference: number): string {
  return withGs1CheckDigit(String(indicator) + fill(companyPrefix, itemReference, 12, 'GTIN'));
}

/** GLN (§2.4.1): company prefix + location reference = 12 digits, then the check digit. */
export function buildGln(companyPrefix: string, locationReference: number): string {
  return withGs1CheckDigit(fill(companyPrefix, locationReference, 12, 'GLN'));
}

function fill(companyPrefix: string, reference: number, width: number, key: string): string {
  if (!/^\d{6,12}$/.test(companyPrefix))
    throw new RangeError(`${key}: company prefix "${companyPrefix}" is not 6-12 digits`);
  const referenceWidth = width - companyPrefix.length;
  const digits = String(reference).padStart(referenceWidth, '0');
  if (!Number.isSafeInteger(reference) || reference < 0 || digits.length > referenceWidth) {
    throw new RangeError(
      `${key}: reference ${reference} does not fit in ${referenceWidth} digits after ${companyPrefix}`,
    );
  }
  return companyPrefix + digits;
}

import type { AsnParty } from '../canonical-asn';
import { glnOf } from '../identifiers';
import { el, shown, type WarningList } from './problems';
import type { X12Segment } from './tokenizer';

/**
 * N1 name segment: N101 entity identifier code (DE 98: ST ship-to, SF ship-from, SH shipper, SU supplier,
 * VN vendor, SE selling party, BY buying party), N102 name, N103 identification code qualifier (DE 66: UL = GLN,
 * 92 = assigned by buyer, 1 = D-U-N-S…) and N104 the code. A GLN is kept only when its check digit holds.
 */
export interface N1Reading {
  readonly role: string;
  readonly party: AsnParty;
}

export function readN1(segment: X12Segment, warnings: WarningList): N1Reading {
  const role = el(segment, 1);
  const qualifier = el(segment, 3);
  const value = el(segment, 4);
  const name = el(segment, 2) || value;
  if (qualifier === 'UL' && value !== '') {
    const gln = glnOf(value);
    if (gln !== null) return { role, party: { name, gln } };
    warnings.add(
      'x12-gln-invalid',
      `${shown(segment)} at line ${segment.line}: "${value}" is sent as a GLN (UL) but is not 13 digits with a valid check digit; kept as a code`,
      segment,
    );
  }
  if (qualifier !== '' && value !== '') return { role, party: { name, code: { qualifier, value } } };
  return { role, party: { name } };
}

/** Roles that name the supplier, in order of preference: supplier, vendor, selling party. */
export const SUPPLIER_ROLES = ['SU', 'VN', 'SE'] as const;
/** Roles that name where the goods leave from: ship-from, then shipper. */
export const SHIP_FROM_ROLES = ['SF', 'SH'] as const;

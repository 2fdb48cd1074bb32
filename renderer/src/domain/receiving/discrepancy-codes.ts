/**
 * The discrepancies a dock records (../shared/guide/DOMAIN.md, "Discrepancies and their standard codes"). One
 * list for the whole app: events, tolerances, the supervisor screens and the partner formats (X12 861 `RCD`
 * condition codes, EDIFACT RECADV `QVR` reasons) all name a discrepancy by these codes.
 */
export const DISCREPANCY_CODES = [
  'short',
  'over',
  'damaged',
  'wrong-item',
  'unexpected-unit',
  'missing-unit',
  'lot-mismatch',
  'expiry-mismatch',
  'expiry-unacceptable',
  'label-unreadable',
  'temperature-out-of-range',
  'seal-broken',
  'duplicate-scan',
] as const;
export type DiscrepancyCode = (typeof DISCREPANCY_CODES)[number];

/** Who bears the cost: it decides who is claimed against and which partner message reports it. */
export type Liability = 'carrier' | 'supplier' | 'internal';

/** The usual liability of each discrepancy; a supervisor may assign another when resolving it. */
export const DEFAULT_LIABILITY: Readonly<Record<DiscrepancyCode, Liability>> = {
  short: 'supplier',
  over: 'supplier',
  damaged: 'carrier',
  'wrong-item': 'supplier',
  'unexpected-unit': 'supplier',
  'missing-unit': 'supplier',
  'lot-mismatch': 'supplier',
  'expiry-mismatch': 'supplier',
  'expiry-unacceptable': 'supplier',
  'label-unreadable': 'supplier',
  'temperature-out-of-range': 'carrier',
  'seal-broken': 'carrier',
  'duplicate-scan': 'internal',
};

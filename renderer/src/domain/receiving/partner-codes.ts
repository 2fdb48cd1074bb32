import type { DiscrepancyCode } from './discrepancy-codes';

/**
 * How each Dockside discrepancy is reported to partners in X12 861 and EDIFACT RECADV (DOMAIN.md,
 * "Discrepancies and their standard codes"). Every code below was looked up; where no standard code fits, the
 * mapping is `null` and a comment says so, because a guessed code is a wrong claim against a partner.
 *
 * X12 861, data element 412 "Receiving Condition Code" (code list seen for X12 releases 5040 and 6010 at
 * zenbridge.io/edi-dictionary/X12/6010/…/element/412): 01 Damaged Product or Container, 02 Quantity Short,
 * 03 Quantity Over, 04 Quality Problem, 05 Incorrect Product, 06 Non-standard Container, 07 Good Condition,
 * 08 Rejected, 09 Hold, 10 Material Scrapped, 11 Adjust Supplier Shipped Cumulative Quantity, 12 Quantity Over -
 * Returned to Supplier, 13 Quantity Received, But Cannot Process Because No Matching Ship Notice, 14 Quantity
 * Received and Processed with No Matching Ship Notice/Manifest, 16 Not Received - Ship Notice Required.
 * Where it goes: in the RCD segment the condition code is RCD08 (then RCD11, RCD14, … for up to five contested
 * quantities), each following its "quantity in question" (RCD06, RCD09, …) and unit (RCD07, RCD10, …); RCD04 is the
 * quantity RETURNED, not a condition code (X12 003030 RCD syntax note C060708, stedi.com/edi/x12-003030/segment/RCD).
 * The public 861 fixture agrees: `RCD******1*EA*09` is RCD06 = 1, RCD07 = EA, RCD08 = 09 (Hold). BRA06 carries one
 * code for the whole receipt.
 *
 * EDIFACT RECADV QVR (quantity variances). Per EANCOM 1997 RECADV, SG22 QVR (ref.gs1.org/standards/eancom/1997,
 * RECADV segment layout "GDP"): C279 6064 the variance (negative for less), 6063 its qualifier (12 despatch
 * quantity, 21 ordered, 46 delivered, 195 received not accepted to be returned, 196 received not accepted to be
 * destroyed); 4221 "Discrepancy, coded" restricted to AC Over-shipped, AE Delivered but not advised, AF Goods
 * delivered damaged, AG Delivered too late, BP Shipment partial - back order to follow, CP Shipment partial -
 * considered complete, no backorder; and C960 4295 "Change reason, coded": AT Item not ordered, AUE Article code
 * unknown, BN Bar code not readable, DME Damaged, IS Substitution, PC Pack difference, PE Minimum/maximum product
 * durability date unacceptable. The UN code list 4221 (UNCL, e.g. D.96A, D.16A; vocabulary.uncefact.org/uncl4221)
 * has the same AC/AE/AF and no code for a lot, a temperature, a seal or a shortage as seen by the receiver: BP and
 * CP describe the supplier's back-order intent, which the dock cannot know, so a shortage is said by the negative
 * 6064 against 6063 = 12 with no 4221.
 */
export interface PartnerCodes {
  /** X12 861 RCD08 (and BRA06) receiving condition code, DE 412; null when X12 has none for it. */
  readonly x12ReceivingCondition: X12ReceivingCondition | null;
  /** EDIFACT RECADV QVR 4221 discrepancy code; null when none fits. */
  readonly recadvDiscrepancy: RecadvDiscrepancy | null;
  /** EDIFACT RECADV QVR C960/4295 change reason (EANCOM); null when none fits. */
  readonly recadvChangeReason: RecadvChangeReason | null;
}

/** X12 DE 412 codes Dockside sends. */
export type X12ReceivingCondition = '01' | '02' | '03' | '04' | '05' | '07' | '08' | '09' | '14';

/** UNCL 4221 codes Dockside sends (EANCOM RECADV subset). */
export type RecadvDiscrepancy = 'AC' | 'AE' | 'AF';

/** EANCOM RECADV 4295 codes Dockside sends. */
export type RecadvChangeReason = 'AT' | 'BN' | 'DME' | 'PE';

export const PARTNER_CODES: Readonly<Record<DiscrepancyCode, PartnerCodes>> = {
  short: { x12ReceivingCondition: '02', recadvDiscrepancy: null, recadvChangeReason: null },
  over: { x12ReceivingCondition: '03', recadvDiscrepancy: 'AC', recadvChangeReason: null },
  damaged: { x12ReceivingCondition: '01', recadvDiscrepancy: 'AF', recadvChangeReason: 'DME' },
  // X12 05 Incorrect Product; EANCOM 4295 AT Item not ordered (the GTIN is on no line of this unit or ASN).
  'wrong-item': { x12ReceivingCondition: '05', recadvDiscrepancy: null, recadvChangeReason: 'AT' },
  // A unit whose SSCC the ASN does not list: X12 14 "received and processed with no matching ship notice";
  // UNCL 4221 AE "delivered but not advised".
  'unexpected-unit': { x12ReceivingCondition: '14', recadvDiscrepancy: 'AE', recadvChangeReason: null },
  // A unit on the ASN that never came: its quantities are short (X12 02); RECADV says it by the negative variance.
  'missing-unit': { x12ReceivingCondition: '02', recadvDiscrepancy: null, recadvChangeReason: null },
  // No X12 412 or UNCL 4221 code names a lot mismatch; agree one with the partner (e.g. 4221 ZZZ mutually defined).
  'lot-mismatch': { x12ReceivingCondition: null, recadvDiscrepancy: null, recadvChangeReason: null },
  // Likewise for an expiry that differs from the despatch advice.
  'expiry-mismatch': { x12ReceivingCondition: null, recadvDiscrepancy: null, recadvChangeReason: null },
  // EANCOM 4295 PE "minimum/maximum product durability date unacceptable". X12 has no dating code in 412; the
  // goods are refused, so 08 Rejected is sent (a status, not a reason: confirm with the partner).
  'expiry-unacceptable': { x12ReceivingCondition: '08', recadvDiscrepancy: null, recadvChangeReason: 'PE' },
  // EANCOM 4295 BN "bar code not readable"; no X12 412 code.
  'label-unreadable': { x12ReceivingCondition: null, recadvDiscrepancy: null, recadvChangeReason: 'BN' },
  // X12 04 Quality Problem is the nearest; UNCL 4221/EANCOM 4295 have no temperature code.
  'temperature-out-of-range': { x12ReceivingCondition: '04', recadvDiscrepancy: null, recadvChangeReason: null },
  // No code in either standard; a broken seal is a carrier matter (DEFAULT_LIABILITY), reported to the carrier.
  'seal-broken': { x12ReceivingCondition: null, recadvDiscrepancy: null, recadvChangeReason: null },
  // Internal: a second scan of the same unit is the dock's own mistake and is never reported to a partner.
  'duplicate-scan': { x12ReceivingCondition: null, recadvDiscrepancy: null, recadvChangeReason: null },
};

/** X12 DE 412 code for a receipt with no discrepancy on a line ("07 Good Condition"). */
export const X12_GOOD_CONDITION = '07';
/** X12 DE 412 "09 Hold": stock received into quarantine pending a decision. */
export const X12_HOLD = '09';

/** EANCOM RECADV QVR 6063 qualifiers Dockside uses: the variance is against the despatched (ASN) quantity. */
export const RECADV_VARIANCE_QUALIFIER = {
  despatched: '12',
  receivedToBeReturned: '195',
  receivedToBeDestroyed: '196',
} as const;

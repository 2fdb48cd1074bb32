import type { AsnMeasure, AsnParty, AsnReference } from '../canonical-asn';
import { el, shown, type WarningList } from './problems';
import { readN1 } from './parties';
import type { X12Segment } from './tokenizer';
import { x12DateTime } from './x12-dates';
import { grossWeightOf } from './x12-numbers';

/**
 * Shipment-level segments: those before the first HL and those in the S loop. Carrier (TD5 SCAC, TD3 trailer
 * and seal, REF*BM bill of lading, REF*CN PRO number, REF*SN seal), other references (REF), dates (DTM),
 * parties (N1) and the gross weight (TD1, MEA). The first value of each kind wins: later ones repeat it or describe other legs.
 */
export interface ShipmentDraft {
  readonly parties: Map<string, AsnParty>;
  scac?: string;
  carrierName?: string;
  trailer?: string;
  readonly seals: string[];
  billOfLading?: string;
  proNumber?: string;
  shippedAt?: string;
  expectedArrival?: string;
  grossWeight?: AsnMeasure;
  /** Other shipment-level REFs (REF01 DE 128 qualifier + REF02), e.g. PK packing list, IA vendor number. */
  readonly references: AsnReference[];
}

export function newShipmentDraft(): ShipmentDraft {
  return { parties: new Map(), seals: [], references: [] };
}

/** DTM01 qualifiers (DE 374) read or knowingly passed over; any other is reported once. */
const KNOWN_DATES = new Set([
  '002', // delivery requested
  '010', // requested ship
  '011', // shipped
  '017', // estimated delivery
  '036', // expiration
  '037', // ship not before
  '038', // ship no later
  '050', // received
  '067', // current schedule delivery
  '068', // current schedule ship
  '094', // effective / manufacture
  '097', // transaction creation
  '118', // requested pick-up
  '510', // on perishable batch levels (fixture #10); no canonical field, so not stored
]);

/** DTM02 (DE 373) with DTM03 time, warning when malformed (fixture #1: `DTM*011*200`). */
export function readDtm(segment: X12Segment, warnings: WarningList): { qualifier: string; value: string | null } {
  const qualifier = el(segment, 1);
  const date = el(segment, 2);
  if (!KNOWN_DATES.has(qualifier)) {
    warnings.once(
      `dtm:${qualifier}`,
      'x12-unknown-qualifier',
      `DTM qualifier "${qualifier}" (DE 374) at line ${segment.line} is not one Dockside reads; ignored`,
      segment,
    );
  }
  if (date === '') return { qualifier, value: null };
  const { value, timeIgnored } = x12DateTime(date, el(segment, 3), el(segment, 4));
  if (value === null) {
    warnings.add(
      'x12-date-malformed',
      `${shown(segment)} at line ${segment.line}: "${date}" is not a date (CCYYMMDD); ignored`,
      segment,
    );
  } else if (timeIgnored) {
    warnings.add(
      'x12-date-malformed',
      `${shown(segment)} at line ${segment.line}: time "${el(segment, 3)}" ignored`,
      segment,
    );
  }
  return { qualifier, value };
}

function readDates(segment: X12Segment, draft: ShipmentDraft, warnings: WarningList): void {
  const { qualifier, value } = readDtm(segment, warnings);
  if (value === null) return;
  if (qualifier === '011') draft.shippedAt ??= value;
  else if (qualifier === '017' || qualifier === '067') draft.expectedArrival ??= value;
}

function addSeal(draft: ShipmentDraft, seal: string): void {
  if (seal !== '' && !draft.seals.includes(seal)) draft.seals.push(seal);
}

/** Reads one shipment-level segment into the draft; segments it has no use for are passed over. */
export function readShipmentSegment(segment: X12Segment, draft: ShipmentDraft, warnings: WarningList): void {
  switch (segment.tag) {
    case 'DTM':
      readDates(segment, draft, warnings);
      return;
    case 'REF': {
      const [qualifier, value] = [el(segment, 1), el(segment, 2)];
      if (value === '') return;
      if (qualifier === 'BM') draft.billOfLading ??= value;
      else if (qualifier === 'CN') draft.proNumber ??= value;
      else if (qualifier === 'SN') addSeal(draft, value);
      else if (!draft.references.some((ref) => ref.qualifier === qualifier && ref.value === value)) {
        draft.references.push({ qualifier, value });
      }
      return;
    }
    case 'TD5':
      // TD502 identification code qualifier (DE 66) `2` = SCAC in TD503; TD505 routing names the carrier.
      if (el(segment, 2) === '2' && el(segment, 3) !== '') draft.scac ??= el(segment, 3);
      if (el(segment, 5) !== '') draft.carrierName ??= el(segment, 5);
      return;
    case 'TD3': {
      // TD302 equipment initial + TD303 equipment number = the trailer; TD309 seal number.
      const trailer = el(segment, 2) + el(segment, 3);
      if (trailer !== '') draft.trailer ??= trailer;
      addSeal(draft, el(segment, 9));
      return;
    }
    case 'TD1':
    case 'MEA': {
      const weight = grossWeightOf(segment, warnings);
      if (weight) draft.grossWeight ??= weight;
      return;
    }
    case 'N1': {
      const { role, party } = readN1(segment, warnings);
      if (!draft.parties.has(role)) draft.parties.set(role, party);
      return;
    }
    default:
      return;
  }
}

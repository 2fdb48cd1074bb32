import type { AsnParty } from '../canonical-asn';
import { glnOf } from '../identifiers';
import { KNOWN_DATES, KNOWN_FUNCTIONS, KNOWN_PARTIES, KNOWN_REFERENCES } from './codes';
import { readEdifactDate } from './dates';
import type { DesadvDraft, DraftOrder } from './desadv-draft';
import type { EdifactSegment } from './segment';
import { elementAt, placeOf, valueAt } from './segment';

/**
 * Header segments of a DESADV (D.96A/D.01B, before the first CPS): BGM, DTM, RFF (SG1), NAD (SG2), TDT (SG6),
 * EQD and SEL (SG7).
 */

/** BGM: C002 1001 document name code, 1004 number (D.01B: C106 1004 number : 1056 version), 1225 function. */
export function readBgm(segment: EdifactSegment, draft: DesadvDraft): void {
  if (draft.bgm) {
    draft.warnings.add('duplicate-bgm', `a second BGM at line ${segment.line} is ignored`, segment);
    return;
  }
  const documentCode = valueAt(segment, 1);
  const number = valueAt(segment, 2, 0);
  const versionText = valueAt(segment, 2, 1);
  const messageFunction = valueAt(segment, 3);
  const version = /^\d{1,6}$/.test(versionText) && Number(versionText) > 0 ? Number(versionText) : undefined;
  draft.bgm = {
    place: placeOf(segment),
    documentCode,
    number,
    messageFunction,
    ...(version === undefined ? {} : { version }),
  };
  if (documentCode !== '' && documentCode !== '351') {
    draft.warnings.add(
      'document-code',
      `BGM document name code ${documentCode} is not 351 (despatch advice); the message is read as a despatch advice`,
      segment,
    );
  }
  if (!KNOWN_FUNCTIONS.has(messageFunction)) {
    draft.warnings.add(
      'message-function',
      `BGM message function ${messageFunction} is not a UN/EDIFACT code (9 original, 5 replace, 1 cancel); read as an original`,
      segment,
    );
  }
}

/** Date qualifiers that say when the goods arrive, best first: estimated arrival, estimated and scheduled delivery. */
const ARRIVAL_RANK: Readonly<Record<string, number>> = { '132': 1, '17': 2, '358': 3 };

/**
 * Header DTM (C507). At message level: 11 despatch, 132/17/358 arrival. Inside a reference group (SG1 RFF-DTM,
 * SG3 under NAD) the date belongs to the reference: 171 after RFF+ON is that order's date; others are ignored.
 */
export function readHeaderDtm(
  segment: EdifactSegment,
  draft: DesadvDraft,
  reference: { readonly order: DraftOrder | null } | null,
): void {
  const qualifier = valueAt(segment, 1, 0);
  if (!KNOWN_DATES.has(qualifier)) {
    draft.warnings.add('unknown-qualifier', `DTM qualifier ${qualifier} is not known to Dockside; ignored`, segment);
    return;
  }
  const order = reference?.order ?? null;
  const wanted = reference ? order !== null && qualifier === '171' : qualifier === '11' || qualifier in ARRIVAL_RANK;
  if (!wanted) return;
  const date = readDate(segment, draft);
  if (date === null) return;
  if (order) {
    order.poDate ??= date.slice(0, 10);
  } else if (qualifier === '11') {
    draft.shippedAt ??= date;
  } else {
    const rank = ARRIVAL_RANK[qualifier] ?? 9;
    if (draft.expectedArrivalRank === undefined || rank < draft.expectedArrivalRank) {
      draft.expectedArrival = date;
      draft.expectedArrivalRank = rank;
    }
  }
}

/** The DTM's date as ISO 8601, or null with a warning when it is malformed. */
export function readDate(segment: EdifactSegment, draft: DesadvDraft): string | null {
  const reading = readEdifactDate(valueAt(segment, 1, 1), valueAt(segment, 1, 2));
  if (reading.ok) return reading.value;
  draft.warnings.add('bad-date', `DTM+${valueAt(segment, 1, 0)}: ${reading.problem}; the date is ignored`, segment);
  return null;
}

/**
 * Header RFF (C506: 1153 qualifier, 1154 value): ON is an order of the shipment; BM (bill of lading) and CN
 * (carrier's reference, the PRO number) belong to the carrier; anything else is kept as a reference. Returns the
 * order an RFF+ON named, for the DTM+171 that may follow it.
 */
export function readHeaderRff(segment: EdifactSegment, draft: DesadvDraft): DraftOrder | null {
  const qualifier = valueAt(segment, 1, 0);
  const value = valueAt(segment, 1, 1);
  if (!KNOWN_REFERENCES.has(qualifier)) {
    draft.warnings.add(
      'unknown-qualifier',
      `RFF qualifier ${qualifier} is not known to Dockside; kept as sent`,
      segment,
    );
  }
  if (value === '') return null;
  if (qualifier === 'ON') return orderOf(draft, value);
  if (qualifier === 'BM') draft.carrier.billOfLading ??= value;
  else if (qualifier === 'CN') draft.carrier.proNumber ??= value;
  else draft.references.push({ qualifier, value });
  return null;
}

/** The draft's order with this PO number, added on first mention. */
export function orderOf(draft: DesadvDraft, poNumber: string): DraftOrder {
  let order = draft.orders.get(poNumber);
  if (!order) {
    order = { poNumber };
    draft.orders.set(poNumber, order);
  }
  return order;
}

/** Agencies that senders put in the wrong element (fixture #17: `NAD+SU+1694901+31B`, SAN agency in C058). */
const MISPLACED_AGENCY = /^(9|91|92|31B|ZZZ|ZZ)$/;

/**
 * NAD: 3035 party qualifier, C082 (3039 id : 1131 : 3055 agency), C058 name and address, C080 party name. A GLN
 * needs agency 9 (GS1) and a valid check digit; other ids are kept with their agency as the party's code.
 */
export function readNad(segment: EdifactSegment, draft: DesadvDraft): void {
  const sent = valueAt(segment, 1);
  const role = sent.toUpperCase();
  if (role !== sent) {
    draft.warnings.add('lower-case-qualifier', `NAD qualifier "${sent}" is in lower case; read as ${role}`, segment);
  }
  if (!KNOWN_PARTIES.has(role)) {
    draft.warnings.add('unknown-qualifier', `NAD party qualifier ${role} is not known to Dockside; ignored`, segment);
    return;
  }
  const id = valueAt(segment, 2, 0);
  let agency = valueAt(segment, 2, 2);
  const address = elementAt(segment, 3);
  let addressIsAgency = false;
  if (
    agency === '' &&
    address.length === 1 &&
    MISPLACED_AGENCY.test(address[0] ?? '') &&
    segment.elements.length === 3
  ) {
    agency = address[0] ?? '';
    addressIsAgency = true;
    draft.warnings.add(
      'misplaced-agency',
      `NAD+${role}: the code list agency ${agency} was sent in the name-and-address element; read as the agency of ${id}`,
      segment,
    );
  }
  const party = partyOf(segment, role, id, agency, addressIsAgency ? [] : address, draft);
  if (draft.parties.has(role)) {
    draft.warnings.add('duplicate-party', `a second NAD+${role} at line ${segment.line} is ignored`, segment);
    return;
  }
  draft.parties.set(role, party);
}

function partyOf(
  segment: EdifactSegment,
  role: string,
  id: string,
  agency: string,
  address: readonly string[],
  draft: DesadvDraft,
): AsnParty {
  const nameParts = elementAt(segment, 4).filter((part) => part !== '');
  const name = (nameParts.length > 0 ? nameParts : address.filter((part) => part !== '')).join(' ') || id;
  const gln = agency === '9' ? glnOf(id) : null;
  if (gln !== null) return { name, gln };
  if (agency === '9' && id !== '') {
    draft.warnings.add(
      'gln-check-digit',
      `NAD+${role}: ${id} is not a valid GLN (13 digits with a check digit)`,
      segment,
    );
  }
  return id === '' ? { name } : { name, code: { qualifier: agency, value: id } };
}

/** TDT C040 carrier: 3127 id : 1131 : 3055 agency (182 = US Standard Carrier Alpha Code) : 3128 name. */
export function readTdt(segment: EdifactSegment, draft: DesadvDraft): void {
  const id = valueAt(segment, 5, 0);
  const agency = valueAt(segment, 5, 2);
  const name = valueAt(segment, 5, 3);
  if (id !== '' && agency === '182') draft.carrier.scac ??= id;
  const shown = name !== '' ? name : agency === '182' ? '' : id;
  if (shown !== '') draft.carrier.name ??= shown;
}

/** EQD C237 8260 equipment id: the trailer or container the goods travel in. */
export function readEqd(segment: EdifactSegment, draft: DesadvDraft): void {
  const id = valueAt(segment, 2, 0);
  if (id !== '') draft.carrier.trailer ??= id;
}

/** SEL 9308 seal number. */
export function readSel(segment: EdifactSegment, draft: DesadvDraft): void {
  const seal = valueAt(segment, 1);
  if (seal !== '' && !draft.carrier.seals.includes(seal)) draft.carrier.seals.push(seal);
}

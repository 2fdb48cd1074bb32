import type { AsnMeasure, AsnParty, AsnReference, ItemId } from '../canonical-asn';
import type { MessageInfo } from './envelope';
import type { WarningSink } from './problems';
import type { SegmentPlace } from './segment';

/**
 * What one DESADV message says, gathered segment by segment before it becomes a canonical ASN. Mutable while the
 * message is read (read-message.ts and the segment readers), then turned into a CanonicalAsn by build-asn.ts.
 */

/** One PAC segment group inside a CPS level (D.96A SG11 PAC-MEA-QTY-SG13 PCI-GIN): packages of one type. */
export interface PackGroup {
  readonly place: SegmentPlace;
  /** PAC 7224 number of packages, as sent. */
  readonly count?: string;
  /** PAC C202 7065 package type (UN/ECE Rec. 21 / EANCOM code). */
  readonly packageType?: string;
  grossWeight?: AsnMeasure;
  grossWeightRank?: number;
  /** SSCCs marked on these packages (GIN+BJ), 18 digits each, in the order sent. */
  readonly ssccs: string[];
}

/** One CPS segment group (D.96A SG10): a level of the packing hierarchy. */
export interface PackageLevel {
  readonly place: SegmentPlace;
  /** CPS 7164 hierarchical id number. */
  readonly id: string;
  /** CPS 7166 hierarchical parent id, '' for a top level. */
  readonly parentId: string;
  readonly packs: PackGroup[];
  lineCount: number;
}

export interface DraftLine {
  readonly place: SegmentPlace;
  /** LIN 1082 line item number as sent. */
  readonly number: string;
  /** Index of the CPS level the line sits in; null when the message has no CPS. */
  readonly level: number | null;
  readonly itemIds: ItemId[];
  description?: string;
  quantity?: string;
  uom?: string;
  orderedQuantity?: string;
  packSize?: string;
  lot?: string;
  expiry?: string;
  /** Created on the first serial: most lines have none, and a 100,000-line file should not carry empty arrays. */
  serials?: string[];
  poNumber?: string;
  poLine?: string;
  /** SSCCs given on the line itself (GIN+BJ in the line's PCI group): the packages that hold this item. */
  ssccs?: string[];
}

export interface DraftOrder {
  readonly poNumber: string;
  poDate?: string;
}

export interface DraftCarrier {
  scac?: string;
  name?: string;
  trailer?: string;
  readonly seals: string[];
  billOfLading?: string;
  proNumber?: string;
}

export interface DraftBgm {
  readonly place: SegmentPlace;
  /** C002 1001 document name code (351 = despatch advice). */
  readonly documentCode: string;
  /** 1004 document number (D.01B: C106 1004), the despatch advice number. */
  readonly number: string;
  /** D.01B C106 1056 version identifier, when numeric. */
  readonly version?: number;
  /** 1225 message function code. */
  readonly messageFunction: string;
}

export interface DesadvDraft {
  readonly message: MessageInfo;
  bgm?: DraftBgm;
  shippedAt?: string;
  expectedArrival?: string;
  expectedArrivalRank?: number;
  readonly orders: Map<string, DraftOrder>;
  readonly references: AsnReference[];
  /** Parties by NAD 3035 qualifier (upper case); the first NAD of a qualifier wins. */
  readonly parties: Map<string, AsnParty>;
  readonly carrier: DraftCarrier;
  readonly levels: PackageLevel[];
  readonly lines: DraftLine[];
  /** CNT control totals: C270 6069 qualifier and 6066 value. */
  readonly controlTotals: { readonly qualifier: string; readonly value: string; readonly place: SegmentPlace }[];
  /** Every SSCC seen in the message with the line it was first seen on, to warn about repeats. */
  readonly seenSsccs: Map<string, number>;
  readonly warnings: WarningSink;
}

/**
 * The typed result of parsing one scan. Invalid input is a value, never an exception: `valid: false` with an
 * error that says what is wrong and where (position = index into the raw scan, after any trimming).
 */
export interface Gs1Element {
  readonly ai: string;
  readonly value: string;
}

export type ScanErrorCode =
  | 'empty'
  | 'unrecognised'
  | 'unknown-ai'
  | 'too-short'
  | 'too-long'
  | 'missing-separator'
  | 'doubled-separator'
  | 'bad-character'
  | 'invalid-value'
  | 'check-digit'
  | 'bad-digital-link';

export interface ScanError {
  readonly code: ScanErrorCode;
  readonly message: string;
  readonly position: number;
  readonly ai?: string;
}

/** ISO/IEC 15424 symbology identifier (the "]C1" a scanner may prefix), or what the data shape implies. */
export interface Symbology {
  /** The AIM identifier as received, or null when the scanner sent none. */
  readonly aim: string | null;
  readonly name: string;
}

/** A measure with an implied decimal point (GS1 General Specifications §3.6, AIs 31nn–36nn). */
export interface Measure {
  readonly ai: string;
  readonly quantity: string;
  readonly value: number;
  readonly unit: string;
}

/** Amounts and prices (AIs 390n–395n): implied decimals; currency is the ISO 4217 numeric code when carried. */
export interface Amount {
  readonly ai: string;
  readonly kind: 'amount' | 'price' | 'percent-off' | 'price-per-unit';
  readonly value: number;
  readonly currency?: string;
}

/** Facts decoded from the elements; dates are YYYY-MM-DD with the §7.12 century window applied. */
export interface ScanFacts {
  readonly gtin?: string;
  readonly sscc?: string;
  readonly contentGtin?: string;
  readonly lot?: string;
  readonly serial?: string;
  readonly expiry?: string;
  readonly bestBefore?: string;
  readonly sellBy?: string;
  readonly productionDate?: string;
  readonly packDate?: string;
  readonly dueDate?: string;
  readonly variant?: string;
  readonly count?: number;
  readonly variableCount?: number;
  readonly customerPo?: string;
  readonly shipToGln?: string;
  readonly billToGln?: string;
  readonly purchaseFromGln?: string;
  readonly shipForGln?: string;
  readonly locationGln?: string;
  readonly payToGln?: string;
  readonly netWeightKg?: number;
  readonly grossWeightKg?: number;
  readonly netWeightLb?: number;
  readonly grossWeightLb?: number;
  readonly lengthM?: number;
  readonly widthM?: number;
  readonly heightM?: number;
  readonly netVolumeL?: number;
  readonly netVolumeM3?: number;
  readonly grossVolumeL?: number;
  readonly grossVolumeM3?: number;
  readonly measures?: readonly Measure[];
  readonly amounts?: readonly Amount[];
}

/** A req/ex rule of the Syntax Dictionary that the scan breaks: reported apart from syntax errors. */
export interface PairingIssue {
  readonly ai: string;
  readonly rule: 'requires' | 'excludes' | 'duplicate';
  readonly message: string;
}

export type ScanForm = 'element-string' | 'bracketed' | 'digital-link' | 'plain';

export type ScanResult =
  | {
      readonly valid: true;
      readonly kind: 'gs1';
      readonly form: ScanForm;
      readonly symbology: Symbology;
      readonly elements: readonly Gs1Element[];
      readonly facts: ScanFacts;
      readonly pairingIssues: readonly PairingIssue[];
      readonly warnings: readonly string[];
    }
  | {
      /** Data under a non-GS1 symbology identifier (]Q1, ]d1, ]C0 …) that is not GS1: readable, but no elements. */
      readonly valid: true;
      readonly kind: 'other';
      readonly symbology: Symbology;
      readonly data: string;
      readonly elements: readonly Gs1Element[];
      readonly warnings: readonly string[];
    }
  | {
      readonly valid: true;
      readonly kind: 'location' | 'command';
      readonly symbology: Symbology;
      /** The configured pattern's name, and the code (first capture group when the pattern has one). */
      readonly pattern: string;
      readonly code: string;
      readonly elements: readonly Gs1Element[];
    }
  | { readonly valid: false; readonly symbology: Symbology; readonly error: ScanError };

export interface ScanPattern {
  readonly name: string;
  readonly kind: 'location' | 'command';
  readonly pattern: RegExp;
}

export interface ParseScanOptions {
  /** Reference date for the century window (§7.12); default today. */
  readonly referenceDate?: Date;
  /** The warehouse's own barcodes, tried before GS1 interpretations of non-GS1 data. */
  readonly patterns?: readonly ScanPattern[];
  /** GTIN-8/12/13 in a Digital Link (01): 'pad' to 14 digits (default) or 'reject' (digital-link.ts). */
  readonly digitalLinkZeroSuppressedGtin?: 'pad' | 'reject';
}

import { parseScan } from '../gs1/parse-scan';

/**
 * Putaway (issue 5, item 5): where received stock should go, reading the location label the worker scans, and
 * catching a wrong location before the stock is lost in the building.
 *
 * Suggestion order: quarantined stock always goes to the quarantine zone (nothing else is considered: stock on
 * hold must not mix with sellable stock); then a rule for the item, its item class, the longest matching item-id
 * prefix, its supplier; then the default zone. A rule may name a zone only, or a zone and a bin.
 *
 * Location labels: the warehouse's own code, segments separated by "-" with the zone first ("A-01-02-3" = zone A,
 * aisle 01, bay 02, level 3), or a GS1 label with AI 414 "identification of a physical location" (LOC No., a GLN
 * with its mod-10 check digit), which the station maps to its location code. Codes are compared upper-cased.
 * Check characters on location labels are not supported: every warehouse invents its own; the GLN's mod-10 check
 * digit is verified by the GS1 parser.
 */

export type PutawayRule =
  | { readonly by: 'item'; readonly itemId: string; readonly zone: string; readonly location?: string }
  | { readonly by: 'item-class'; readonly itemClass: string; readonly zone: string; readonly location?: string }
  | { readonly by: 'item-prefix'; readonly prefix: string; readonly zone: string; readonly location?: string }
  | { readonly by: 'supplier'; readonly supplierId: string; readonly zone: string; readonly location?: string };

export interface PutawayConfig {
  readonly quarantineZone: string;
  readonly defaultZone: string;
  readonly rules: readonly PutawayRule[];
  /** When a bin is suggested: may the worker choose another bin in the same zone? */
  readonly allowOtherBinInZone: boolean;
  /** GLN (AI 414) → location code, for GS1 location labels. */
  readonly glnLocations?: Readonly<Record<string, string>>;
}

export interface StockToPutAway {
  readonly itemId: string;
  readonly supplierId?: string | undefined;
  readonly itemClass?: string | undefined;
  readonly quarantined: boolean;
}

export interface PutawaySuggestion {
  readonly zone: string;
  /** A specific bin, when a rule names one. */
  readonly location?: string;
  readonly reason: 'quarantine' | PutawayRule['by'] | 'default';
  /** "Take it to zone Q (quarantine)". */
  readonly message: string;
}

/** Where to put the stock. */
export function suggestPutaway(stock: StockToPutAway, config: PutawayConfig): PutawaySuggestion {
  if (stock.quarantined) {
    const zone = normalise(config.quarantineZone);
    return { zone, reason: 'quarantine', message: `Quarantine: take it to zone ${zone}` };
  }
  const rules = config.rules;
  const rule =
    rules.find((r) => r.by === 'item' && r.itemId === stock.itemId) ??
    rules.find((r) => r.by === 'item-class' && stock.itemClass !== undefined && r.itemClass === stock.itemClass) ??
    longestPrefix(rules, stock.itemId) ??
    rules.find((r) => r.by === 'supplier' && stock.supplierId !== undefined && r.supplierId === stock.supplierId);
  if (!rule) {
    const zone = normalise(config.defaultZone);
    return { zone, reason: 'default', message: `Take it to zone ${zone}` };
  }
  const zone = normalise(rule.zone);
  if (rule.location === undefined) return { zone, reason: rule.by, message: `Take it to zone ${zone}` };
  const location = normalise(rule.location);
  return { zone, location, reason: rule.by, message: `Take it to ${location}` };
}

function longestPrefix(rules: readonly PutawayRule[], itemId: string): PutawayRule | undefined {
  let best: (PutawayRule & { by: 'item-prefix' }) | undefined;
  for (const rule of rules) {
    if (rule.by !== 'item-prefix' || !itemId.startsWith(rule.prefix)) continue;
    if (best === undefined || rule.prefix.length > best.prefix.length) best = rule;
  }
  return best;
}

export interface ScannedLocation {
  /** Upper-cased location code. */
  readonly code: string;
  /** The first segment of the code. */
  readonly zone: string;
  readonly via: 'label' | 'gln';
}

export type LocationScan =
  { readonly ok: true; readonly location: ScannedLocation } | { readonly ok: false; readonly message: string };

/** A location code: letters and digits in "-"-separated segments, with at least one letter (so it is no GTIN). */
const LOCATION_CODE = /^(?=[^-]*[A-Za-z]|.*-)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/** Reads a scanned (or keyed) location label. */
export function readLocationScan(raw: string, config: Pick<PutawayConfig, 'glnLocations'>): LocationScan {
  const scan = parseScan(raw, { patterns: [{ name: 'location', kind: 'location', pattern: LOCATION_CODE }] });
  if (scan.valid && scan.kind === 'location') return { ok: true, location: located(scan.code, 'label') };
  if (scan.valid && scan.kind === 'gs1') {
    const gln = scan.facts.locationGln;
    if (gln === undefined) return { ok: false, message: 'This is not a location label — scan the label on the rack' };
    const code = config.glnLocations?.[gln];
    if (code === undefined) return { ok: false, message: `Location GLN ${gln} is not set up at this station` };
    return { ok: true, location: located(code, 'gln') };
  }
  if (!scan.valid) return { ok: false, message: `This label could not be read (${scan.error.message}) — scan again` };
  return { ok: false, message: 'This is not a location label — scan the label on the rack' };
}

function located(code: string, via: 'label' | 'gln'): ScannedLocation {
  const normalised = normalise(code);
  return { code: normalised, zone: normalised.split('-')[0] ?? normalised, via };
}

export type PutawayCheck =
  | { readonly ok: true; readonly match: 'exact' | 'in-zone' | 'other-bin-in-zone'; readonly message: string }
  | { readonly ok: false; readonly message: string };

/** Verifies the scanned location against the suggestion. */
export function verifyPutaway(
  scanned: ScannedLocation,
  suggestion: PutawaySuggestion,
  config: PutawayConfig,
): PutawayCheck {
  const target = suggestion.location ?? `zone ${suggestion.zone}`;
  const quarantine = suggestion.reason === 'quarantine' ? ' (quarantine)' : '';
  if (suggestion.location !== undefined && scanned.code === suggestion.location) {
    return { ok: true, match: 'exact', message: `Put away at ${scanned.code}` };
  }
  if (scanned.zone === suggestion.zone) {
    if (suggestion.location === undefined)
      return { ok: true, match: 'in-zone', message: `Put away at ${scanned.code}` };
    if (config.allowOtherBinInZone) {
      return {
        ok: true,
        match: 'other-bin-in-zone',
        message: `Put away at ${scanned.code} instead of ${suggestion.location}`,
      };
    }
    return {
      ok: false,
      message: `Wrong bin: ${scanned.code} is not ${suggestion.location} — take it to ${suggestion.location}`,
    };
  }
  return {
    ok: false,
    message: `Wrong location: ${scanned.code} is in zone ${scanned.zone}, this stock goes to ${target}${quarantine}`,
  };
}

function normalise(code: string): string {
  return code.trim().toUpperCase();
}

import type { AsnImporter, AsnImportInput, AsnImportResult } from '../asn-importer';
import type { AsnWarning, CanonicalAsn } from '../canonical-asn';
import { splitTransactionSets, type X12TransactionSet } from './envelope';
import { mergeShipments } from './merge-shipments';
import { reject, X12Rejection } from './problems';
import { readShipNotice } from './read-ship-notice';
import { tokenizeX12 } from './tokenizer';

/**
 * The X12 856 (ship notice / manifest) importer, versions 003060 to 005010 (issue 4, item 2). Text in, canonical
 * ASNs out, one per shipment id; all or nothing: any error rejects the whole file with its line and segment.
 * Never throws.
 */
const SET_NAMES: Readonly<Record<string, string>> = {
  '810': 'an 810 invoice',
  '850': 'an 850 purchase order',
  '855': 'an 855 purchase order acknowledgment',
  '860': 'an 860 purchase order change',
  '861': 'an 861 receiving advice',
  '940': 'a 940 warehouse shipping order',
  '943': 'a 943 stock transfer shipment advice',
  '945': 'a 945 warehouse shipping advice',
  '997': 'a 997 functional acknowledgment',
};

function nameOf(type: string): string {
  return SET_NAMES[type] ?? `a ${type} transaction set`;
}

function refuseWithoutShipNotice(sets: readonly X12TransactionSet[]): never {
  const first = sets[0];
  if (first === undefined)
    reject('x12-no-856', 'The file holds no transaction set (ST…SE), so there is nothing to receive.');
  const types = [...new Set(sets.map((set) => set.type))];
  reject(
    'x12-no-856',
    `The file is ${types.map(nameOf).join(' and ')}, not an 856 ship notice: there is no ASN in it to receive against.`,
    first.st,
  );
}

/** `ST0001`, made unique when two sets of the file share a control number. */
function prefixesOf(sets: readonly X12TransactionSet[]): string[] {
  const seen = new Map<string, number>();
  return sets.map((set) => {
    const base = `ST${set.control}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

function readFile(input: AsnImportInput): CanonicalAsn[] {
  const tokens = tokenizeX12(input.text);
  if (!tokens.ok) {
    const at = tokens.line === undefined ? {} : { at: { line: tokens.line } };
    throw new X12Rejection({ code: tokens.code, message: tokens.message, ...at });
  }
  const sets = splitTransactionSets(tokens.segments);
  const notices = sets.filter((set) => set.type === '856');
  if (notices.length === 0) refuseWithoutShipNotice(sets);
  const shared: AsnWarning[] = [];
  if (!tokens.enveloped) {
    shared.push({
      code: 'x12-no-envelope',
      message:
        'The file starts at ST with no ISA/GS envelope: delimiters were inferred and interchange control numbers cannot be checked',
    });
  }
  for (const set of sets) {
    if (set.type === '856') continue;
    shared.push({
      code: 'x12-other-set',
      message: `Transaction set ${set.control} at line ${set.st.line} is ${nameOf(set.type)}, not a ship notice; skipped`,
      at: { line: set.st.line, segment: set.st.position, tag: 'ST' },
    });
  }
  const prefixes = prefixesOf(notices);
  const taken = new Map<string, Set<string>>();
  const takenUnitIds = (asnId: string): Set<string> => {
    const ids = taken.get(asnId) ?? new Set<string>();
    taken.set(asnId, ids);
    return ids;
  };
  const asns = notices.map((set, i) =>
    readShipNotice({ set, prefix: prefixes[i] ?? `ST${i + 1}`, fileName: input.fileName, takenUnitIds }),
  );
  const merged = mergeShipments(asns).map((asn) =>
    shared.length ? { ...asn, warnings: [...shared, ...asn.warnings] } : asn,
  );
  for (const asn of merged) {
    if (asn.status === 'open' && asn.lines.length === 0 && asn.units.length === 0) {
      reject(
        'x12-nothing-to-receive',
        `Shipment ${asn.asnId} lists no item (LIN with SN1) and no package (MAN): there is nothing to receive. Ask the sender for the complete ship notice.`,
      );
    }
  }
  return merged;
}

export const x12AsnImporter = {
  format: 'x12-856',
  sniff(text: string): boolean {
    const head = text.slice(0, 200).replace(/^\uFEFF?\s*/, '');
    return /^ISA[^A-Za-z0-9\s]/.test(head) || /^ST[^A-Za-z0-9\s]856[^A-Za-z0-9]/.test(head);
  },
  read(input: AsnImportInput): AsnImportResult {
    try {
      return { ok: true, asns: readFile(input) };
    } catch (error) {
      if (error instanceof X12Rejection) return { ok: false, errors: [error.error] };
      // A bug here must not take the station down with it: report it as a rejected file.
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, errors: [{ code: 'x12-internal', message: `The file could not be read (${detail}).` }] };
    }
  },
} satisfies AsnImporter;

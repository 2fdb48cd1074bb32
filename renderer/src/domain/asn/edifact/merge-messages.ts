import type { AsnLine, AsnLogisticUnit, AsnWarning, CanonicalAsn } from '../canonical-asn';
import type { BuiltAsn } from './build-asn';
import { CANCEL_FUNCTIONS } from './codes';

/**
 * Several messages of one file with the same despatch advice number (BGM 1004). Decision, by the later message's
 * BGM 1225 message function:
 * - 5 (replace): the later message is a new version of the despatch advice and replaces the earlier one;
 * - 1 or 3 (cancellation, deletion): the despatch advice is cancelled (a new version, marked, not deleted);
 * - anything else (9 original, empty…): the sender split one shipment over several messages (fixture #15 sends
 *   DOCNUM twice). The messages are merged into one ASN: nothing the sender listed is dropped, and the receiver is
 *   told. Replacing instead would silently lose the first message's pallets and lines.
 */
export function mergeMessages(built: readonly BuiltAsn[]): CanonicalAsn[] {
  const result: CanonicalAsn[] = [];
  const indexById = new Map<string, { index: number; messageRef: string }>();
  for (const { asn, messageFunction, messageRef } of built) {
    const known = indexById.get(asn.asnId);
    const earlier = known === undefined ? undefined : result[known.index];
    if (!known || !earlier) {
      indexById.set(asn.asnId, { index: result.length, messageRef });
      result.push(asn);
      continue;
    }
    const note = (code: string, message: string): AsnWarning => ({ code, message });
    let next: CanonicalAsn;
    if (messageFunction === '5') {
      next = {
        ...asn,
        version: Math.max(asn.version, earlier.version + 1),
        warnings: [
          ...asn.warnings,
          note(
            'replaced-message',
            `message ${messageRef} replaces despatch advice ${asn.asnId} of message ${known.messageRef} (BGM function 5)`,
          ),
        ],
      };
    } else if (CANCEL_FUNCTIONS.has(messageFunction)) {
      next = {
        ...earlier,
        status: 'cancelled',
        version: Math.max(asn.version, earlier.version + 1),
        source: { ...earlier.source, controlRefs: unique([...earlier.source.controlRefs, ...asn.source.controlRefs]) },
        warnings: [
          ...earlier.warnings,
          note(
            'cancelled-message',
            `message ${messageRef} cancels despatch advice ${asn.asnId} (BGM function ${messageFunction})`,
          ),
        ],
      };
    } else {
      next = merged(earlier, asn, known.messageRef, messageRef);
    }
    result[known.index] = next;
  }
  return result;
}

function merged(first: CanonicalAsn, second: CanonicalAsn, firstRef: string, secondRef: string): CanonicalAsn {
  const unitIds = new Set(first.units.map((unit) => unit.unitId));
  const renamed = new Map<string, string>();
  const units: AsnLogisticUnit[] = [...first.units];
  const repeated: string[] = [];
  for (const unit of second.units) {
    if (!unitIds.has(unit.unitId)) continue;
    if (unit.sscc !== undefined) repeated.push(unit.sscc);
    else renamed.set(unit.unitId, freeId(`${unit.unitId}@${secondRef}`, unitIds));
  }
  const rename = (id: string | null): string | null => (id === null ? null : (renamed.get(id) ?? id));
  for (const unit of second.units) {
    if (unit.sscc !== undefined && unitIds.has(unit.unitId)) continue;
    const unitId = rename(unit.unitId) ?? unit.unitId;
    unitIds.add(unitId);
    units.push({ ...unit, unitId, parentUnitId: rename(unit.parentUnitId) });
  }
  const lineIds = new Set(first.lines.map((line) => line.lineId));
  const lines: AsnLine[] = [...first.lines];
  for (const line of second.lines) {
    const lineId = lineIds.has(line.lineId) ? freeId(`${line.lineId}@${secondRef}`, lineIds) : line.lineId;
    lineIds.add(lineId);
    lines.push({ ...line, lineId, unitId: rename(line.unitId) });
  }
  const orders = [...first.orders];
  for (const order of second.orders) if (!orders.some((known) => known.poNumber === order.poNumber)) orders.push(order);
  const warnings: AsnWarning[] = [
    ...first.warnings,
    ...second.warnings.filter((warning) => !first.warnings.includes(warning)),
    {
      code: 'merged-messages',
      message:
        `despatch advice ${first.asnId} appears in messages ${firstRef} and ${secondRef}; their packages and lines are ` +
        'merged into one ASN. Check with the supplier that this is one shipment',
    },
    ...repeated.map((sscc) => ({
      code: 'sscc-repeated',
      message: `SSCC ${sscc} is listed in both messages ${firstRef} and ${secondRef}; it is one pallet or carton, counted once`,
    })),
  ];
  const references = [...(first.references ?? []), ...(second.references ?? [])];
  return {
    ...second,
    ...first,
    source: { ...first.source, controlRefs: unique([...first.source.controlRefs, ...second.source.controlRefs]) },
    carrier: { ...second.carrier, ...first.carrier, seals: unique([...first.carrier.seals, ...second.carrier.seals]) },
    orders,
    ...(references.length === 0 ? {} : { references }),
    units,
    lines,
    warnings,
  };
}

function freeId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
  return id;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

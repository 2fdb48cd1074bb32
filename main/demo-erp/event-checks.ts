import type { AsnV1 } from '../../renderer/src/domain/asn-wire';
import type { ReceivingEvent, ReceivingEventType } from '../../renderer/src/domain/receiving-event';
import { assertNeverEvent, receiptKeyOf } from '../../renderer/src/domain/receiving-event';
import type { AsnCatalog } from './asn-catalog';
import type { KnownEvents } from './event-index';

/**
 * Business checks an ERP makes before posting: the ASN and each line the event names must exist, a line is
 * counted in the unit the ASN gives it (adding kilograms to eaches would make the receipt meaningless), events
 * that point at earlier ones (approvals, dispositions, reversals) point at one that exists, fits and still
 * stands, and nothing more is received on a closed receipt. Returns the reason for a 422 rejection, or null when
 * the event can be applied. The demo ERP has no purchase order catalogue: a receipt against a PO without an ASN
 * is accepted for any PO number.
 */
export function checkEvent(event: ReceivingEvent, catalog: AsnCatalog, known: KnownEvents): string | null {
  const asn = event.asnId === undefined ? undefined : catalog.get(event.asnId);
  if (event.asnId !== undefined && !asn) return `asnId "${event.asnId}" is not known to this ERP`;
  switch (event.type) {
    case 'receipt.arrived':
    case 'unit.unexpected':
      return openReceipt(event, known);
    case 'unit.received':
    case 'unit.counted':
      return openReceipt(event, known) ?? (asn ? linesProblem(asn, event.contents) : null);
    case 'discrepancy.recorded': {
      const { lineId } = event;
      if (!asn || lineId === undefined) return openReceipt(event, known);
      // A line named without quantities (a lot mismatch, say) is checked with the line's own unit.
      const measured = [event.expected, event.actual].flatMap((m) => (m ? [{ lineId, uom: m.uom }] : []));
      const uom = asn.lines.find((line) => line.lineId === lineId)?.uom ?? '';
      return openReceipt(event, known) ?? linesProblem(asn, measured.length > 0 ? measured : [{ lineId, uom }]);
    }
    case 'discrepancy.approved':
      return pointsAt(event, event.discrepancyEventId, ['discrepancy.recorded'], known);
    case 'unit.inspected':
    case 'unit.put-away':
      return null;
    case 'unit.quarantined':
      return event.inspectionEventId === undefined
        ? null
        : pointsAt(event, event.inspectionEventId, ['unit.inspected'], known, event.unit.unitId);
    case 'quarantine.disposed':
      return pointsAt(event, event.quarantineEventId, ['unit.quarantined'], known, event.unit.unitId);
    case 'event.reversed': {
      const problem = pointsAt(event, event.reversedEventId, [event.reversedType], known);
      if (problem !== null) return problem;
      // Undo goes backwards: an approval, quarantine or disposition resting on the event is reversed first, or it
      // would be left approving or disposing of something that no longer stands.
      const resting = known.dependentsOf(event.reversedEventId).find((id) => known.reversalOf(id) === undefined);
      if (resting !== undefined) {
        return `event ${resting} rests on event ${event.reversedEventId}: reverse event ${resting} first`;
      }
      // Undoing a scan changes what the closed receipt holds; undoing a putaway or an inspection does not.
      return BLOCKED_WHEN_CLOSED.has(event.reversedType) ? openReceipt(event, known) : null;
    }
    case 'receipt.closed': {
      const closing = known.closingOf(receiptKeyOf(event));
      return closing === undefined ? null : `receipt ${receiptKeyOf(event)} is already closed by event ${closing}`;
    }
    default:
      return assertNeverEvent(event);
  }
}

/**
 * What a closed receipt refuses: anything that changes what was received or found wrong at the dock. Approvals,
 * inspection, quarantine, disposition and putaway go on after the dock closed the receipt (dock-to-stock), so
 * they are accepted. Reopening is the reversal of the `receipt.closed`.
 */
const BLOCKED_WHEN_CLOSED: ReadonlySet<ReceivingEventType> = new Set<ReceivingEventType>([
  'receipt.arrived',
  'unit.received',
  'unit.counted',
  'unit.unexpected',
  'discrepancy.recorded',
]);

function openReceipt(event: ReceivingEvent, known: KnownEvents): string | null {
  const closing = known.closingOf(receiptKeyOf(event));
  return closing === undefined
    ? null
    : `receipt ${receiptKeyOf(event)} was closed by event ${closing}; reverse that event to reopen it first`;
}

function linesProblem(asn: AsnV1, contents: readonly { lineId: string; uom: string }[]): string | null {
  for (const content of contents) {
    const line = asn.lines.find((candidate) => candidate.lineId === content.lineId);
    if (!line) return notOnAsn(asn, content.lineId);
    if (line.uom !== content.uom) {
      return `line "${content.lineId}" of ASN ${asn.asnId} is counted in ${line.uom}, but the event counts ${content.uom}`;
    }
  }
  return null;
}

function notOnAsn(asn: AsnV1, lineId: string | undefined): string {
  return `line "${lineId ?? ''}" is not on ASN ${asn.asnId}`;
}

/**
 * An event that resolves or undoes an earlier one must name an event the ERP has applied, of the expected type,
 * of the same receipt (and unit, when given), and not reversed: approving or undoing something that no longer
 * stands would leave the ledger saying two things at once.
 */
function pointsAt(
  event: ReceivingEvent,
  targetId: string,
  types: readonly ReceivingEventType[],
  known: KnownEvents,
  unitId?: string,
): string | null {
  const target = known.findEvent(targetId);
  const what = `event ${targetId}`;
  if (!target) return `${what} is not known to this ERP (send it first)`;
  if (!types.includes(target.type)) return `${what} has type ${target.type}, not ${types.join(' or ')}`;
  if (receiptKeyOf(target) !== receiptKeyOf(event)) {
    return `${what} belongs to receipt ${receiptKeyOf(target)}, not ${receiptKeyOf(event)}`;
  }
  if (unitId !== undefined && unitOf(target) !== unitId) return `${what} is about another unit than ${unitId}`;
  const reversal = known.reversalOf(targetId);
  if (reversal !== undefined) return `${what} was reversed by event ${reversal}`;
  return null;
}

function unitOf(event: ReceivingEvent): string | undefined {
  if ('unit' in event && event.unit !== undefined) return event.unit.unitId;
  return event.type === 'unit.received' && event.schemaVersion === 1 ? event.sscc : undefined;
}

import type { AsnCarrier, AsnReference, CanonicalAsn } from '../canonical-asn';
import { compact } from './compact';
import { mergeOrder, type OrderDraft } from './orders';
import { WarningList } from './problems';

/**
 * One shipment id in several transaction sets of a file (fixture #12: two STs, both BSN02 `4167427123`) is one
 * shipment: the dock receives one trailer. The sets are read as one ASN (units and lines together, orders
 * merged; ids were already made unique per set) with a warning, because the sender may have meant a revision.
 */
function mergeGroup(first: CanonicalAsn, rest: readonly CanonicalAsn[]): CanonicalAsn {
  if (rest.length === 0) return first;
  const group = [first, ...rest];
  const warnings = new WarningList();
  const refs = group.flatMap((asn) => asn.source.controlRefs.filter((ref) => ref.startsWith('ST02')));
  warnings.add(
    'x12-shipment-repeated',
    `Shipment ${first.asnId} is sent in ${group.length} transaction sets (${refs.join(', ')}); they are read as one ASN`,
  );
  const statuses = new Set(group.map((asn) => asn.status));
  const last = rest[rest.length - 1] ?? first;
  if (statuses.size > 1) {
    warnings.add(
      'x12-status-conflict',
      `Shipment ${first.asnId} is both sent and cancelled; the last set (${last.status}) wins`,
    );
  }
  const orders = new Map<string, OrderDraft>();
  for (const asn of group) {
    for (const warning of asn.warnings) warnings.push(warning);
    for (const order of asn.orders) mergeOrder(orders, { ...order }, warnings);
  }
  const pick = <K extends keyof CanonicalAsn>(key: K): CanonicalAsn[K] | undefined =>
    group.find((asn) => asn[key] !== undefined)?.[key];
  const carrier = compact<AsnCarrier>({
    scac: group.find((asn) => asn.carrier.scac)?.carrier.scac,
    name: group.find((asn) => asn.carrier.name)?.carrier.name,
    trailer: group.find((asn) => asn.carrier.trailer)?.carrier.trailer,
    seals: [...new Set(group.flatMap((asn) => asn.carrier.seals))],
    billOfLading: group.find((asn) => asn.carrier.billOfLading)?.carrier.billOfLading,
    proNumber: group.find((asn) => asn.carrier.proNumber)?.carrier.proNumber,
  });
  return compact<CanonicalAsn>({
    ...first,
    status: last.status,
    source: { ...first.source, controlRefs: [...new Set(group.flatMap((asn) => asn.source.controlRefs))] },
    shipFrom: pick('shipFrom'),
    shipTo: pick('shipTo'),
    buyer: pick('buyer'),
    carrier,
    shippedAt: pick('shippedAt'),
    expectedArrival: pick('expectedArrival'),
    grossWeight: pick('grossWeight'),
    orders: [...orders.values()].map((order) => compact({ ...order })),
    references: mergeReferences(group),
    units: group.flatMap((asn) => asn.units),
    lines: group.flatMap((asn) => asn.lines),
    warnings: warnings.items,
  });
}

function mergeReferences(group: readonly CanonicalAsn[]): CanonicalAsn['references'] {
  const seen = new Map<string, AsnReference>();
  for (const ref of group.flatMap((asn) => asn.references ?? [])) seen.set(`${ref.qualifier}\u0000${ref.value}`, ref);
  return seen.size > 0 ? [...seen.values()] : undefined;
}

/** Groups ASNs by shipment id, keeping the order in which shipments first appear. */
export function mergeShipments(asns: readonly CanonicalAsn[]): CanonicalAsn[] {
  const groups = new Map<string, { first: CanonicalAsn; rest: CanonicalAsn[] }>();
  for (const asn of asns) {
    const group = groups.get(asn.asnId);
    if (group) group.rest.push(asn);
    else groups.set(asn.asnId, { first: asn, rest: [] });
  }
  return [...groups.values()].map(({ first, rest }) => mergeGroup(first, rest));
}

import type { AsnV1 } from '../../renderer/src/domain/asn-wire';
import type { CartonSpec, Fill, ShipmentSpec } from './seed-builder';
import { buildAsn, SerialNumbers } from './seed-builder';
import { suppliers } from './seed-parties';

/**
 * The demo ERP's expected receipts: eight shipments from four suppliers, arriving around `now`. Deterministic for
 * a given `now` (the dates move with it, the keys do not), so tests and training sessions see the same dock.
 * They cover what a receiving dock meets: several POs on one ASN, pallets of 3 to 12 cartons, mixed cartons,
 * loose cartons, random-weight cheese in kilograms, short dairy expiries, long pharma expiries, one cancellation.
 */

const { dairy, hardware, beverage, pharma } = suppliers;

function cartons(count: number, ...fills: Fill[]): CartonSpec[] {
  return Array.from({ length: count }, () => fills);
}

const shipments: readonly ShipmentSpec[] = [
  {
    asnId: 'ASN-AHD-24051',
    supplier: dairy,
    shippedHoursAgo: 9,
    arrivesInHours: 1,
    trailer: 40871,
    seal: 'AH-0098123',
    pallets: [
      cartons(8, { product: 'milk', po: '4500021701', quantity: '12' }),
      [
        ...cartons(6, { product: 'yogurt', po: '4500021701', quantity: '8' }),
        ...cartons(4, { product: 'butter', po: '4500021702', quantity: '20' }),
      ],
    ],
  },
  {
    asnId: 'ASN-AHD-24052',
    supplier: dairy,
    shippedHoursAgo: 5,
    arrivesInHours: 3,
    trailer: 40872,
    seal: 'AH-0098140',
    pallets: [cartons(5, { product: 'milk', po: '4500021730', quantity: '12' })],
    looseCartons: [
      [{ product: 'cheese', po: '4500021730', quantity: '12.48' }],
      [{ product: 'cheese', po: '4500021730', quantity: '13.065' }],
      [
        { product: 'yogurt', po: '4500021730', quantity: '8' },
        { product: 'butter', po: '4500021730', quantity: '10' },
      ],
    ],
  },
  {
    asnId: 'ASN-NBH-88310',
    supplier: hardware,
    shippedHoursAgo: 30,
    arrivesInHours: 2,
    trailer: 5512,
    seal: 'NB-771204',
    pallets: [
      cartons(12, { product: 'screws', po: '4500021755', quantity: '24' }),
      cartons(3, { product: 'drill', po: '4500021756', quantity: '4' }),
      [
        ...cartons(7, { product: 'hinges', po: '4500021757', quantity: '12' }),
        [
          { product: 'hinges', po: '4500021757', quantity: '6' },
          { product: 'tape', po: '4500021755', quantity: '12' },
        ],
      ],
    ],
    looseCartons: cartons(2, { product: 'tape', po: '4500021755', quantity: '36' }),
  },
  {
    asnId: 'ASN-NBH-88311',
    supplier: hardware,
    shippedHoursAgo: 2,
    arrivesInHours: 26,
    trailer: 5530,
    pallets: [cartons(5, { product: 'drill', po: '4500021790', quantity: '4' })],
  },
  {
    asnId: 'ASN-CBC-70412',
    supplier: beverage,
    shippedHoursAgo: 14,
    arrivesInHours: 4,
    trailer: 9021,
    seal: 'CB-55001872',
    pallets: [
      cartons(10, { product: 'cola', po: '4500021801', quantity: '24' }),
      [
        ...cartons(6, { product: 'water', po: '4500021802', quantity: '24' }),
        ...cartons(3, { product: 'juice', po: '4500021801', quantity: '6' }),
      ],
    ],
  },
  {
    asnId: 'ASN-CBC-70413',
    supplier: beverage,
    shippedHoursAgo: 3,
    arrivesInHours: 20,
    trailer: 9044,
    seal: 'CB-55001901',
    pallets: [cartons(6, { product: 'juice', po: '4500021815', quantity: '6' })],
  },
  {
    asnId: 'ASN-MHD-33019',
    supplier: pharma,
    shippedHoursAgo: 20,
    arrivesInHours: 5,
    trailer: 3307,
    seal: 'MH-A1-204417',
    pallets: [
      [
        ...cartons(4, { product: 'paracetamol', po: '4500021840', quantity: '48' }),
        ...cartons(3, { product: 'bandage', po: '4500021841', quantity: '36' }),
      ],
    ],
    looseCartons: [
      [{ product: 'syringe', po: '4500021840', quantity: '10' }],
      [{ product: 'gloves', po: '4500021841', quantity: '10' }],
      [
        { product: 'syringe', po: '4500021841', quantity: '5' },
        { product: 'gloves', po: '4500021841', quantity: '5' },
      ],
    ],
  },
  {
    asnId: 'ASN-MHD-33020',
    supplier: pharma,
    shippedHoursAgo: 6,
    arrivesInHours: 30,
    trailer: 3312,
    seal: 'MH-A1-204460',
    pallets: [cartons(9, { product: 'gloves', po: '4500021866', quantity: '10' })],
  },
];

/** Which seeded ASN the supplier cancels after sending it: a later change, so paging shows it as version 2. */
const CANCELLED_ASN_ID = 'ASN-CBC-70413';

/** Every ASN state the demo ERP recorded, in the order it recorded them (the change log to page through). */
export function seedAsnChanges(now: Date): AsnV1[] {
  const serials = new SerialNumbers();
  const created = shipments.map((spec) => buildAsn(spec, now, serials));
  const cancelled = created.find((asn) => asn.asnId === CANCELLED_ASN_ID);
  if (!cancelled) throw new Error(`seed: no ASN ${CANCELLED_ASN_ID} to cancel`);
  return [...created, { ...cancelled, version: cancelled.version + 1, status: 'cancelled' }];
}

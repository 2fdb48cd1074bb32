/** Every receiving event type, in the order of the dock workflow (issue 5). */
export const RECEIVING_EVENT_TYPES = [
  'receipt.arrived',
  'unit.received',
  'unit.counted',
  'unit.unexpected',
  'discrepancy.recorded',
  'discrepancy.approved',
  'unit.inspected',
  'unit.quarantined',
  'quarantine.disposed',
  'unit.put-away',
  'event.reversed',
  'receipt.closed',
] as const;
export type ReceivingEventType = (typeof RECEIVING_EVENT_TYPES)[number];

/** What a reversal may undo: anything but another reversal. */
export const REVERSIBLE_EVENT_TYPES = RECEIVING_EVENT_TYPES.filter(
  (type): type is Exclude<ReceivingEventType, 'event.reversed'> => type !== 'event.reversed',
);

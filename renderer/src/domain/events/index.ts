/** The receiving event contract: envelope, identifiers, every event type, the union and API v1 bodies. */
export { EventEnvelopeV1, EventEnvelopeV2, StationRef, Uuid, RECEIPT_SCOPE_MESSAGE, hasReceiptScope } from './envelope';
export { ItemId, LocationCode, Measure, PhotoAttachment, ReasonCode, SupervisorApproval, UnitRef } from './refs';
export {
  CountedContent,
  UnitCounted,
  ReceivedContent,
  ReceivingMode,
  UnitReceived,
  UnitReceivedAny,
  UnitReceivedV1,
  UnitReceivedV2,
} from './unit-received';
export { ReceiptArrived, ReceiptClosed, ReceiptSummary, SealCheck, UnitUnexpected } from './receipt-events';
export { DiscrepancyApproved, DiscrepancyCode, DiscrepancyRecorded, LiabilitySchema } from './discrepancy-events';
export {
  ChecklistResult,
  DamageFound,
  QuarantineDisposed,
  QuarantineDisposition,
  UnitInspected,
  UnitPutAway,
  UnitQuarantined,
} from './unit-lifecycle-events';
export { EventReversed } from './event-reversed';
export { countedContentOf, itemIdsOf, unitRefOf } from './from-asn';
export { RECEIVING_EVENT_TYPES, REVERSIBLE_EVENT_TYPES, type ReceivingEventType } from './event-types';
export {
  ReceivingEvent,
  assertNeverEvent,
  matchReceivingEvent,
  receiptKeyOf,
  receiptScopeOf,
  type ReceiptScope,
  type ReceivingEventHandlers,
  type ReceivingEventOf,
} from './receiving-event';
export { EventBatchRequestV1, EventBatchResponseV1, EventResultV1, StationWatermarkV1 } from './api-v1';

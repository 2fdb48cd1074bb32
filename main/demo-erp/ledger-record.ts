import { z } from 'zod';
import { ReceivingEvent } from '../../renderer/src/domain/receiving-event';

/**
 * One line of the ledger file: the events of one batch that the ERP applied, written together so that a batch
 * is on disk entirely or not at all (a torn line is dropped on replay, and the station, which never got its
 * answer, resends the whole batch). Duplicates and rejections change nothing and are not recorded.
 */
export const LedgerRecordV1 = z.object({
  v: z.literal(1),
  stationId: z.string().min(1),
  appliedAt: z.iso.datetime({ offset: true }),
  events: z.array(ReceivingEvent).min(1),
});
export type LedgerRecordV1 = z.infer<typeof LedgerRecordV1>;

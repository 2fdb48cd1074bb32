import type { EventBatchResponseV1 } from '../../renderer/src/domain/receiving-event';
import { StationRef } from '../../renderer/src/domain/receiving-event';
import type { EventPutResponseV1 } from './api-schemas';
import { parseEventBatch, parseSingleEvent } from './event-request';
import type { ApiRequest, Handler } from './handler';
import { HttpError } from './http-errors';

/** `POST /api/v1/stations/{stationId}/events`: one result per event, in the order sent. */
export const postEventBatch: Handler = async (request, { intake }) => {
  const stationId = stationIdOf(request);
  const items = parseEventBatch(await request.readBody());
  const body: EventBatchResponseV1 = await intake.submit(stationId, items);
  return { status: 200, body };
};

/**
 * `PUT /api/v1/stations/{stationId}/events/{eventId}`: one event at the URI its id names. PUT is idempotent by
 * definition (RFC 9110 §9.2.2), which is what a client needs after an unknown outcome: 201 Created when this
 * request applied it (§9.3.4), 200 when it was already there, 422 when that id holds a different payload.
 */
export const putEvent: Handler = async (request, { intake }) => {
  const stationId = stationIdOf(request);
  const eventId = request.params['eventId'] ?? '';
  const event = parseSingleEvent(await request.readBody());
  if (event.eventId !== eventId) {
    throw new HttpError(400, `the body's eventId ${event.eventId} differs from the eventId ${eventId} in the path`);
  }
  const { results, watermark } = await intake.submit(stationId, [{ kind: 'event', event }]);
  const [result] = results;
  if (!result) throw new Error('the intake answered for no event');
  if (result.status === 'rejected') throw new HttpError(result.code, result.reason);
  const body: EventPutResponseV1 = { result, watermark };
  return { status: result.status === 'applied' ? 201 : 200, body };
};

/** `GET /api/v1/stations/{stationId}/watermark`. A station the ERP never heard from has watermark 0. */
export const getWatermark: Handler = (request, { ledger }) => {
  return { status: 200, body: ledger.watermark(stationIdOf(request)) };
};

function stationIdOf(request: ApiRequest): string {
  const stationId = request.params['stationId'] ?? '';
  const checked = StationRef.shape.stationId.safeParse(stationId);
  if (!checked.success) throw new HttpError(400, `stationId in the path must be 1 to 64 characters`);
  return stationId;
}

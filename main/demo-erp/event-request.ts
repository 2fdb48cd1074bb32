import { z } from 'zod';
import { ReceivingEvent } from '../../renderer/src/domain/receiving-event';
import type { IntakeItem } from './event-intake';
import { HttpError, problemIssues, summariseIssues } from './http-errors';

/**
 * Reads a `POST .../events` body. The envelope must be right or the whole request is refused (400 with issues).
 * Inside it, each event is checked on its own: one that breaks the schema but whose eventId and seq are readable
 * is rejected alone (400 in its result), so a single bad event, say of a type a newer station sends, goes to the
 * station's dead-letter queue instead of blocking every event behind it. Only events that cannot even be
 * identified fail the whole request.
 */
const Envelope = z.object({ events: z.array(z.unknown()).min(1).max(1000) });
const Identity = z.object({ eventId: z.string().min(1).max(100), seq: z.number().int() });

export function parseEventBatch(body: unknown): IntakeItem[] {
  const envelope = Envelope.safeParse(body);
  if (!envelope.success) {
    const issues = problemIssues(envelope.error);
    throw new HttpError(400, `the body is not an event batch: ${summariseIssues(issues)}`, issues);
  }
  const unidentifiable: ReturnType<typeof problemIssues> = [];
  const items = envelope.data.events.map((candidate, index): IntakeItem | null => {
    const parsed = ReceivingEvent.safeParse(candidate);
    if (parsed.success) return { kind: 'event', event: parsed.data };
    const issues = problemIssues(parsed.error, ['events', index]);
    const identity = Identity.safeParse(candidate);
    if (identity.success) {
      const { eventId, seq } = identity.data;
      return { kind: 'invalid', eventId, seq, reason: `the event breaks API v1: ${summariseIssues(issues)}` };
    }
    unidentifiable.push(...issues);
    return null;
  });
  if (unidentifiable.length > 0) {
    throw new HttpError(
      400,
      `some events have no readable eventId and seq, so they cannot be answered one by one: ${summariseIssues(unidentifiable)}`,
      unidentifiable,
    );
  }
  return items.filter((item) => item !== null);
}

/** Reads a `PUT .../events/{eventId}` body: exactly one event, which must be valid. */
export function parseSingleEvent(body: unknown): ReceivingEvent {
  const parsed = ReceivingEvent.safeParse(body);
  if (!parsed.success) {
    const issues = problemIssues(parsed.error);
    throw new HttpError(400, `the body is not a valid receiving event: ${summariseIssues(issues)}`, issues);
  }
  return parsed.data;
}

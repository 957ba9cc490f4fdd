/**
 * The id Slack keeps across redeliveries of one request: `event_id` for Events API callbacks,
 * `trigger_id` for slash commands and button presses (one per press, repeated on a retry).
 * Undefined for anything else, which is then never de-duplicated.
 */
export function deliveryIdOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const fields = body as { event_id?: unknown; trigger_id?: unknown };
  if (typeof fields.event_id === 'string' && fields.event_id !== '') return `event:${fields.event_id}`;
  if (typeof fields.trigger_id === 'string' && fields.trigger_id !== '') return `trigger:${fields.trigger_id}`;
  return undefined;
}

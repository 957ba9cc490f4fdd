import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { redactSecrets } from './redact-secrets.js';

/** Longest question or error text kept in a line: enough to audit, not a copy of a document. */
const maxTextLength = 500;

const freeText = z
  .string()
  .transform((text) => {
    const clean = redactSecrets(text.replace(/\s+/g, ' ').trim());
    return clean.length > maxTextLength ? `${clean.slice(0, maxTextLength)}…` : clean;
  })
  .optional();

/**
 * One line of the audit log: who asked what, where, about which scenario, how it ended and
 * how long it took. Ids are the platform's (Slack team/channel/user, Teams tenant/conversation/
 * user); free text passes through redaction so tokens pasted into a chat never reach the log.
 */
export const auditEntrySchema = z.object({
  time: z.iso.datetime(),
  platform: z.enum(['slack', 'teams', 'terminal']),
  kind: z.enum(['question', 'action', 'upload', 'command']),
  outcome: z.enum(['answered', 'refused', 'failed', 'stored', 'rejected']),
  organisation: z.string().optional(),
  channel: z.string().optional(),
  thread: z.string().optional(),
  user: z.string().optional(),
  text: freeText,
  action: z.string().optional(),
  answerKind: z.string().optional(),
  scenario: z.string().optional(),
  durationMs: z.number().int().min(0),
  error: freeText,
});

export type AuditEntry = z.input<typeof auditEntrySchema>;

export interface AuditLog {
  /** Appends one JSON line; never throws (a full disk must not stop the bot answering). */
  record(entry: Omit<AuditEntry, 'time'>): Promise<void>;
  readonly path: string;
}

export interface AuditLogOptions {
  clock?: () => Date;
  onError?: (error: unknown) => void;
  /**
   * Receives one structured JSON log line per request (newline included) for the service's log
   * (journald, docker logs): who and where by id, the intent, the latency and the outcome. The
   * question text stays in the audit file only; errors are redacted like the audit line.
   */
  mirror?: (line: string) => void;
}

/** The operational view of an audit entry: ids, intent, latency, outcome; never the question text. */
function requestLogLine(entry: z.output<typeof auditEntrySchema>): string {
  return `${JSON.stringify({
    time: entry.time,
    level: entry.outcome === 'failed' ? 'error' : 'info',
    msg: 'request',
    platform: entry.platform,
    organisation: entry.organisation,
    channel: entry.channel,
    user: entry.user,
    kind: entry.kind,
    intent: entry.answerKind ?? entry.action ?? entry.kind,
    outcome: entry.outcome,
    latencyMs: entry.durationMs,
    ...(entry.error !== undefined ? { error: entry.error } : {}),
  })}\n`;
}

/**
 * An append-only JSON Lines audit log. Writes are chained so concurrent answers never
 * interleave half lines, whatever the file system's append guarantees.
 */
export function createAuditLog(path: string, options: AuditLogOptions = {}): AuditLog {
  const clock = options.clock ?? (() => new Date());
  const onError = options.onError ?? ((error: unknown) => console.error(`unsprawl: could not write the audit log ${path}:`, error));
  let queue: Promise<void> = mkdir(dirname(path), { recursive: true }).then(() => undefined);
  return {
    path,
    record(entry) {
      const parsed = auditEntrySchema.safeParse({ ...entry, time: clock().toISOString() });
      if (!parsed.success) {
        onError(parsed.error);
        return queue;
      }
      const line = `${JSON.stringify(parsed.data)}\n`;
      options.mirror?.(requestLogLine(parsed.data));
      queue = queue.then(() => appendFile(path, line, { encoding: 'utf8', mode: 0o600 })).catch((error: unknown) => {
        onError(error);
      });
      return queue;
    },
  };
}

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { blankAsMissing } from './blank-as-missing.js';
import { parseSettings } from './parse-settings.js';

const existingFile = (what: string) =>
  z
    .string()
    .trim()
    .transform((path) => resolve(path))
    .refine((path) => existsSync(path), { error: (issue) => `expected an existing ${what} file, found nothing at ${String(issue.input)}` });

/** A bundled sample trust by name (`sample:virtual`) passes as it is; the loader checks the name. */
const estateFile = z
  .string()
  .trim()
  .transform((path) => (/^sample:/i.test(path) ? path : resolve(path)))
  .refine((path) => /^sample:/i.test(path) || existsSync(path), {
    error: (issue) => `expected an existing estate (CSV, RVTools xlsx/csv or JSON) file, or sample:acute, sample:virtual or sample:ics, found nothing at ${String(issue.input)}`,
  });

/** 0 asks the system for a free port (tests, or a supervisor that reads the log line). */
const port = z.coerce
  .number({ error: 'expected a TCP port from 0 to 65535' })
  .int({ error: 'expected a TCP port from 0 to 65535' })
  .min(0, { error: 'expected a TCP port from 0 to 65535' })
  .max(65535, { error: 'expected a TCP port from 0 to 65535' });

/**
 * Settings every chat front end shares: the inputs the answers are computed from, where the
 * bot keeps its state and audit log, and the one HTTP server (Slack HTTP mode, Teams).
 * Defaults: the bundled sample trust, state (audit log, history store) in ./.unsprawl, HTTP on 127.0.0.1:3000 (put a
 * reverse proxy in front, or set UNSPRAWL_HOST=0.0.0.0 deliberately).
 */
export const botSettingsSchema = z
  .object({
    UNSPRAWL_ESTATE: blankAsMissing(estateFile.optional()),
    UNSPRAWL_HOSTS_IN_USE: blankAsMissing(existingFile('hosts-in-use (CSV or JSON)').optional()),
    UNSPRAWL_LICENCES: blankAsMissing(existingFile('licences (CSV or JSON)').optional()),
    UNSPRAWL_SERVICE_MAP: blankAsMissing(existingFile('service map (CSV or JSON)').optional()),
    UNSPRAWL_HOSTS: blankAsMissing(existingFile('host catalogue').optional()),
    UNSPRAWL_ASSUMPTIONS: blankAsMissing(existingFile('assumptions').optional()),
    UNSPRAWL_STATE_DIR: blankAsMissing(z.string().trim().default('.unsprawl')),
    UNSPRAWL_AUDIT_LOG: blankAsMissing(z.string().trim().optional()),
    /** Same variable as store/open-store.ts's defaultStorePath, so the CLI and the bot share one history. */
    UNSPRAWL_HISTORY_DB: blankAsMissing(z.string().trim().optional()),
    UNSPRAWL_HOST: blankAsMissing(z.string().trim().default('127.0.0.1')),
    UNSPRAWL_PORT: blankAsMissing(port.default(3000)),
  })
  .transform((s) => {
    const stateDir = resolve(s.UNSPRAWL_STATE_DIR);
    return {
      inputs: {
        estate: s.UNSPRAWL_ESTATE,
        hostsInUse: s.UNSPRAWL_HOSTS_IN_USE,
        licences: s.UNSPRAWL_LICENCES,
        serviceMap: s.UNSPRAWL_SERVICE_MAP,
        hosts: s.UNSPRAWL_HOSTS,
        assumptions: s.UNSPRAWL_ASSUMPTIONS,
      },
      stateDir,
      auditLogPath: s.UNSPRAWL_AUDIT_LOG !== undefined ? resolve(s.UNSPRAWL_AUDIT_LOG) : resolve(stateDir, 'audit.log'),
      historyDbPath: s.UNSPRAWL_HISTORY_DB !== undefined ? resolve(s.UNSPRAWL_HISTORY_DB) : resolve(stateDir, 'history.db'),
      http: { host: s.UNSPRAWL_HOST, port: s.UNSPRAWL_PORT },
    };
  });

export type BotSettings = z.output<typeof botSettingsSchema>;

/** Reads the shared bot settings; throws InputError naming every variable that is wrong. */
export function loadBotSettings(env: Record<string, string | undefined>): BotSettings {
  return parseSettings(botSettingsSchema, env);
}

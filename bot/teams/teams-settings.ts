import { z } from 'zod';
import { InputError, type InputProblem } from '../../engine/errors.js';
import { accessListSchema, type AccessList, type AccessPolicy } from '../access/access-policy.js';

/**
 * Teams settings come from the environment (or a .env file loaded by the bot process). The schema
 * is keyed by the variable names so every problem names the variable a person has to fix.
 *
 * Credentials: exactly one of a client secret, a certificate (PEM + key files) or a managed
 * identity. The test-only anonymous mode (no JWT check) needs an explicit flag, no app id and
 * NODE_ENV other than production, so it cannot be switched on by a missing variable.
 */
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Allow-lists use the shared syntax (ids separated by commas or spaces, or `*`); GUIDs compared lower-case. */
const guidList = (example: string) => accessListSchema(guidPattern, example).transform(lowerCaseIds).optional();
const teamList = accessListSchema(/^19:[^\s,]+$/, '19:abc123@thread.tacv2').optional();

const flag = z
  .enum(['1', 'true', 'yes', '0', 'false', 'no', ''], { error: 'expected true or false' })
  .optional()
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const guid = (what: string) => z.guid({ error: `expected ${what} as a GUID like 00000000-0000-0000-0000-000000000000` });

export const teamsEnvSchema = z.object({
  TEAMS_APP_ID: guid('the Azure Bot / Entra app (client) id').optional(),
  TEAMS_APP_PASSWORD: z.string().min(1).optional(),
  TEAMS_CERT_PEM_FILE: z.string().min(1).optional(),
  TEAMS_CERT_KEY_FILE: z.string().min(1).optional(),
  TEAMS_MANAGED_IDENTITY: z.enum(['user', 'system'], { error: 'expected user or system' }).optional(),
  TEAMS_TENANT_ID: guid('the Entra tenant id (single-tenant app)').optional(),
  /** Entra authority; only national clouds (or a loopback test issuer) need another one. */
  TEAMS_AUTHORITY: z.url({ error: 'expected an https URL such as https://login.microsoftonline.com' }).optional(),
  TEAMS_ALLOWED_TENANTS: guidList('the tenant GUID'),
  /** Teams (team ids, 19:…@thread.tacv2) whose channels may use the bot; personal chats are not in a team. */
  TEAMS_ALLOWED_TEAMS: teamList,
  TEAMS_ALLOWED_USERS: guidList('Entra user object ids'),
  TEAMS_PUBLIC_BASE_URL: z.url({ error: 'expected the public https URL the bot is reachable at, e.g. https://unsprawl.trust.nhs.uk' }).optional(),
  TEAMS_LINK_SECRET: z.string().min(32, { error: 'expected at least 32 characters (use `openssl rand -hex 32`)' }).optional(),
  TEAMS_LINK_TTL_MINUTES: z.coerce.number().int().min(1).max(60 * 24 * 14).default(24 * 60),
  TEAMS_ANONYMOUS_FOR_TESTS: flag,
  NODE_ENV: z.string().optional(),
});

export type TeamsCredential =
  | { type: 'secret'; secret: string }
  | { type: 'certificate'; pemFile: string; keyFile: string }
  | { type: 'managed-identity'; kind: 'user' | 'system' };

export type TeamsAuth =
  | { mode: 'entra'; appId: string; tenantId: string; credential: TeamsCredential; authority?: string }
  | { mode: 'anonymous-test' };

export interface TeamsSettings {
  auth: TeamsAuth;
  /** organisations = Entra tenants, channels = Teams (team ids), users = Entra object ids. */
  access: AccessPolicy;
  publicBaseUrl: string;
  linkSecret: string;
  linkTtlSeconds: number;
}

/** The variables that switch Teams on; tuning ones (TTL, allow-lists, authority) alone do not. */
const TEAMS_KEYS = ['TEAMS_APP_ID', 'TEAMS_APP_PASSWORD', 'TEAMS_CERT_PEM_FILE', 'TEAMS_CERT_KEY_FILE', 'TEAMS_MANAGED_IDENTITY', 'TEAMS_TENANT_ID', 'TEAMS_PUBLIC_BASE_URL', 'TEAMS_LINK_SECRET', 'TEAMS_ANONYMOUS_FOR_TESTS'];

/**
 * Reads Teams settings from environment variables. Returns undefined when no TEAMS_* variable is
 * set (Teams is simply not enabled); throws InputError listing every problem otherwise.
 *
 * @example
 *   const settings = loadTeamsSettings(process.env);
 *   if (settings) mountTeams(app, settings, deps);
 */
export function loadTeamsSettings(env: Record<string, string | undefined>): TeamsSettings | undefined {
  // A variable left blank in a .env template reads as not set.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  if (!TEAMS_KEYS.some((key) => key in given)) return undefined;
  const problems: InputProblem[] = [];
  const invalid = new Set<string>();
  let parsed = teamsEnvSchema.safeParse(given);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0] ?? 'TEAMS_*');
      invalid.add(variable);
      problems.push(problem(variable, issue.message));
    }
    // Carry on without the invalid values, so one start-up names every other missing setting too.
    parsed = teamsEnvSchema.safeParse(Object.fromEntries(Object.entries(given).filter(([key]) => !invalid.has(key))));
    if (!parsed.success) throw new InputError(problems);
  }
  const e = parsed.data;
  const before = problems.length;
  const auth = resolveAuth(e, problems);
  if (!e.TEAMS_PUBLIC_BASE_URL) problems.push(problem('TEAMS_PUBLIC_BASE_URL', 'expected the public https URL of the bot (report links point there)'));
  else if (auth?.mode === 'entra' && !e.TEAMS_PUBLIC_BASE_URL.startsWith('https://')) {
    problems.push(problem('TEAMS_PUBLIC_BASE_URL', `expected an https URL, got ${e.TEAMS_PUBLIC_BASE_URL}`));
  }
  if (!e.TEAMS_LINK_SECRET) problems.push(problem('TEAMS_LINK_SECRET', 'expected a secret of at least 32 characters to sign report links'));
  if (problems.length > 0 || !auth || !e.TEAMS_PUBLIC_BASE_URL || !e.TEAMS_LINK_SECRET) {
    // "Missing" is no news about a variable already reported as invalid.
    throw new InputError([...problems.slice(0, before), ...problems.slice(before).filter((p) => !invalid.has(p.column ?? ''))]);
  }
  // A single-tenant bot answers its own tenant unless told otherwise.
  const tenants = e.TEAMS_ALLOWED_TENANTS ?? (auth.mode === 'entra' ? [auth.tenantId.toLowerCase()] : 'any');
  return {
    auth,
    access: { organisations: tenants, channels: e.TEAMS_ALLOWED_TEAMS ?? 'any', users: e.TEAMS_ALLOWED_USERS ?? 'any' },
    publicBaseUrl: e.TEAMS_PUBLIC_BASE_URL.replace(/\/+$/, ''),
    linkSecret: e.TEAMS_LINK_SECRET,
    linkTtlSeconds: e.TEAMS_LINK_TTL_MINUTES * 60,
  };
}

function resolveAuth(e: z.output<typeof teamsEnvSchema>, problems: InputProblem[]): TeamsAuth | undefined {
  if (e.TEAMS_ANONYMOUS_FOR_TESTS) {
    const before = problems.length;
    // Compared as the SDK's own check should: NODE_ENV=Production is production too.
    if (e.NODE_ENV?.trim().toLowerCase() === 'production') problems.push(problem('TEAMS_ANONYMOUS_FOR_TESTS', 'anonymous mode is for tests only and is refused when NODE_ENV=production'));
    if (e.TEAMS_APP_ID) problems.push(problem('TEAMS_ANONYMOUS_FOR_TESTS', 'anonymous mode is refused when TEAMS_APP_ID is set: remove one of them'));
    if (e.TEAMS_APP_PASSWORD || e.TEAMS_CERT_PEM_FILE || e.TEAMS_MANAGED_IDENTITY) {
      problems.push(problem('TEAMS_ANONYMOUS_FOR_TESTS', 'anonymous mode is refused when credentials are configured'));
    }
    return problems.length === before ? { mode: 'anonymous-test' } : undefined;
  }
  if (!e.TEAMS_APP_ID) problems.push(problem('TEAMS_APP_ID', 'expected the app (client) id of the Azure Bot registration'));
  if (!e.TEAMS_TENANT_ID) problems.push(problem('TEAMS_TENANT_ID', 'expected the Entra tenant id: the bot is registered single-tenant'));
  const credential = resolveCredential(e, problems);
  if (!e.TEAMS_APP_ID || !e.TEAMS_TENANT_ID || !credential) return undefined;
  return {
    mode: 'entra',
    appId: e.TEAMS_APP_ID,
    tenantId: e.TEAMS_TENANT_ID,
    credential,
    ...(e.TEAMS_AUTHORITY ? { authority: e.TEAMS_AUTHORITY } : {}),
  };
}

function resolveCredential(e: z.output<typeof teamsEnvSchema>, problems: InputProblem[]): TeamsCredential | undefined {
  const hasCert = Boolean(e.TEAMS_CERT_PEM_FILE || e.TEAMS_CERT_KEY_FILE);
  const count = [Boolean(e.TEAMS_APP_PASSWORD), hasCert, Boolean(e.TEAMS_MANAGED_IDENTITY)].filter(Boolean).length;
  if (count !== 1) {
    problems.push(
      problem(
        'TEAMS_APP_PASSWORD',
        `expected exactly one credential: TEAMS_APP_PASSWORD, or TEAMS_CERT_PEM_FILE with TEAMS_CERT_KEY_FILE, or TEAMS_MANAGED_IDENTITY; got ${count}`,
      ),
    );
    return undefined;
  }
  if (e.TEAMS_APP_PASSWORD) return { type: 'secret', secret: e.TEAMS_APP_PASSWORD };
  if (e.TEAMS_MANAGED_IDENTITY) return { type: 'managed-identity', kind: e.TEAMS_MANAGED_IDENTITY };
  if (!e.TEAMS_CERT_PEM_FILE || !e.TEAMS_CERT_KEY_FILE) {
    problems.push(problem(e.TEAMS_CERT_PEM_FILE ? 'TEAMS_CERT_KEY_FILE' : 'TEAMS_CERT_PEM_FILE', 'expected both the certificate PEM file and its key file'));
    return undefined;
  }
  return { type: 'certificate', pemFile: e.TEAMS_CERT_PEM_FILE, keyFile: e.TEAMS_CERT_KEY_FILE };
}

function lowerCaseIds(list: AccessList): AccessList {
  return list === 'any' ? list : list.map((id) => id.toLowerCase());
}

function problem(variable: string, message: string): InputProblem {
  return { file: 'environment', column: variable, message };
}

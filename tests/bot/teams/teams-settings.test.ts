import { describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/errors.js';
import { loadTeamsSettings } from '../../../bot/teams/teams-settings.js';
import { toAuthConfiguration } from '../../../bot/teams/to-auth-configuration.js';

const APP_ID = '0f3a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const TENANT = '72F988BF-86F1-41AF-91AB-2D7CD011DB47';
const complete = {
  TEAMS_APP_ID: APP_ID,
  TEAMS_APP_PASSWORD: 'client-secret-value',
  TEAMS_TENANT_ID: TENANT,
  TEAMS_PUBLIC_BASE_URL: 'https://unsprawl.trust.nhs.uk/',
  TEAMS_LINK_SECRET: '0123456789abcdef0123456789abcdef',
};

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadTeamsSettings(env);
  } catch (error) {
    if (error instanceof InputError) return error.problems.map((p) => `${p.column}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('loadTeamsSettings', () => {
  it('leaves Teams off when no TEAMS_ variable is set (blank ones included)', () => {
    expect(loadTeamsSettings({ NODE_ENV: 'production', SLACK_BOT_TOKEN: 'xoxb-1', TEAMS_APP_ID: '' })).toBeUndefined();
  });

  it('reads a single-tenant app with a client secret and defaults the tenant allow-list to its own tenant', () => {
    const settings = loadTeamsSettings(complete);
    expect(settings).toEqual({
      auth: { mode: 'entra', appId: APP_ID, tenantId: TENANT, credential: { type: 'secret', secret: 'client-secret-value' } },
      access: { organisations: [TENANT.toLowerCase()], channels: 'any', users: 'any' },
      publicBaseUrl: 'https://unsprawl.trust.nhs.uk',
      linkSecret: complete.TEAMS_LINK_SECRET,
      linkTtlSeconds: 24 * 3600,
    });
    expect(toAuthConfiguration(settings!.auth)).toEqual({ clientId: APP_ID, tenantId: TENANT, authType: 'ClientSecret', clientSecret: 'client-secret-value' });
  });

  it('reads certificate and managed identity credentials', () => {
    const { TEAMS_APP_PASSWORD: _secret, ...noSecret } = complete;
    const cert = loadTeamsSettings({ ...noSecret, TEAMS_CERT_PEM_FILE: '/etc/unsprawl/bot.pem', TEAMS_CERT_KEY_FILE: '/etc/unsprawl/bot.key' });
    expect(toAuthConfiguration(cert!.auth)).toMatchObject({ authType: 'Certificate', certPemFile: '/etc/unsprawl/bot.pem', certKeyFile: '/etc/unsprawl/bot.key' });
    const managed = loadTeamsSettings({ ...noSecret, TEAMS_MANAGED_IDENTITY: 'user' });
    expect(toAuthConfiguration(managed!.auth)).toEqual({ clientId: APP_ID, tenantId: TENANT, authType: 'UserManagedIdentity' });
  });

  it('reads the tenant, team and user allow-lists', () => {
    const settings = loadTeamsSettings({
      ...complete,
      TEAMS_ALLOWED_TENANTS: `${TENANT}, 11111111-2222-4333-8444-555555555555`,
      TEAMS_ALLOWED_TEAMS: '19:ward-it@thread.tacv2',
      TEAMS_ALLOWED_USERS: '*',
    });
    expect(settings?.access).toEqual({
      organisations: [TENANT.toLowerCase(), '11111111-2222-4333-8444-555555555555'],
      channels: ['19:ward-it@thread.tacv2'],
      users: 'any',
    });
  });

  it('names every missing or wrong variable at once', () => {
    expect(problems({ TEAMS_APP_ID: 'not-a-guid', TEAMS_ALLOWED_TEAMS: 'General', TEAMS_LINK_SECRET: 'short' })).toEqual([
      expect.stringMatching(/^TEAMS_APP_ID: expected the Azure Bot \/ Entra app \(client\) id as a GUID/),
      expect.stringMatching(/^TEAMS_ALLOWED_TEAMS: expected ids such as 19:abc123@thread.tacv2 \(or \*\), got "General"/),
      expect.stringMatching(/^TEAMS_LINK_SECRET: expected at least 32 characters/),
      // An invalid app id no longer hides what else is missing.
      'TEAMS_TENANT_ID: expected the Entra tenant id: the bot is registered single-tenant',
      expect.stringMatching(/^TEAMS_APP_PASSWORD: expected exactly one credential.*got 0$/),
      expect.stringMatching(/^TEAMS_PUBLIC_BASE_URL: expected the public https URL/),
    ]);
    expect(problems({ TEAMS_APP_ID: APP_ID })).toEqual([
      'TEAMS_TENANT_ID: expected the Entra tenant id: the bot is registered single-tenant',
      expect.stringMatching(/^TEAMS_APP_PASSWORD: expected exactly one credential.*got 0$/),
      expect.stringMatching(/^TEAMS_PUBLIC_BASE_URL: expected the public https URL/),
      expect.stringMatching(/^TEAMS_LINK_SECRET: expected a secret of at least 32 characters/),
    ]);
  });

  it('refuses two credentials at once and a plain-http public URL', () => {
    expect(problems({ ...complete, TEAMS_MANAGED_IDENTITY: 'system' })).toEqual([expect.stringMatching(/exactly one credential.*got 2$/)]);
    expect(problems({ ...complete, TEAMS_PUBLIC_BASE_URL: 'http://unsprawl.trust.nhs.uk' })).toEqual([
      'TEAMS_PUBLIC_BASE_URL: expected an https URL, got http://unsprawl.trust.nhs.uk',
    ]);
  });
});

import { once } from 'node:events';
import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTeamsSettings } from '../../../bot/teams/teams-settings.js';
import {
  TENANT,
  messageActivity,
  personalConversation,
  postActivity,
  startFakeConnector,
  startTeamsBot,
  type FakeConnector,
  type TeamsTestBot,
} from '../../fixtures/teams/teams-harness.js';

const APP_ID = '0f3a2b1c-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function keyPair() {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

function base64url(value: string | Buffer): string {
  return Buffer.from(value).toString('base64url');
}

/** An RS256 JWT as Entra would issue it to the Bot Connector, signed with `key`. */
function jwt(key: KeyObject, kid: string, claims: Record<string, unknown>): string {
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid }));
  const now = Math.floor(Date.now() / 1000);
  const payload = base64url(JSON.stringify({ iat: now, nbf: now - 60, exp: now + 3600, ...claims }));
  const signer = createSign('RSA-SHA256');
  signer.update(`${header}.${payload}`);
  return `${header}.${payload}.${signer.sign(key).toString('base64url')}`;
}

let connector: FakeConnector;
let teams: TeamsTestBot;
let issuer: { url: string; close(): Promise<void> };
const trusted = keyPair();
const forger = keyPair();

beforeAll(async () => {
  connector = await startFakeConnector();
  // The tenant's signing keys, published on loopback in place of login.microsoftonline.com.
  const app = express();
  app.get(`/${TENANT}/discovery/v2.0/keys`, (_req, res) => {
    res.json({ keys: [{ ...trusted.publicKey.export({ format: 'jwk' }), kid: 'key-1', use: 'sig', alg: 'RS256' }] });
  });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  issuer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  teams = await startTeamsBot({
    env: {
      TEAMS_ANONYMOUS_FOR_TESTS: undefined,
      TEAMS_APP_ID: APP_ID,
      TEAMS_APP_PASSWORD: 'test-client-secret',
      TEAMS_TENANT_ID: TENANT,
      TEAMS_AUTHORITY: issuer.url,
      TEAMS_PUBLIC_BASE_URL: 'https://unsprawl.example.nhs.uk',
    },
  });
});

afterAll(async () => {
  await teams.close();
  await issuer.close();
  await connector.close();
});

const entraClaims = { aud: APP_ID, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, tid: TENANT };

describe('Teams endpoint authentication with credentials configured', () => {
  const activity = () => messageActivity(connector.url, personalConversation(), 'what if we consolidate ward systems?');

  it('refuses a request without a token with 401', async () => {
    const response = await postActivity(teams.url, activity());
    expect(response.status).toBe(401);
  });

  it('refuses a malformed Authorization header with 401', async () => {
    expect((await postActivity(teams.url, activity(), { authorization: 'Basic dXNlcjpwYXNz' })).status).toBe(401);
    expect((await postActivity(teams.url, activity(), { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
  });

  it('refuses a token for another app with 401', async () => {
    const token = jwt(trusted.privateKey, 'key-1', { ...entraClaims, aud: '11111111-2222-4333-8444-555555555555' });
    expect((await postActivity(teams.url, activity(), { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('refuses a token signed with a key the tenant does not publish with 401', async () => {
    const token = jwt(forger.privateKey, 'key-1', entraClaims);
    expect((await postActivity(teams.url, activity(), { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('refuses an expired token with 401', async () => {
    const token = jwt(trusted.privateKey, 'key-1', { ...entraClaims, exp: Math.floor(Date.now() / 1000) - 3600 });
    expect((await postActivity(teams.url, activity(), { authorization: `Bearer ${token}` })).status).toBe(401);
  });

  it('lets a correctly signed token for this app past the check (and none of the refused ones reached the bot)', async () => {
    expect(teams.calls).toEqual([]);
    expect(connector.requests).toEqual([]);
    const token = jwt(trusted.privateKey, 'key-1', entraClaims);
    const response = await postActivity(teams.url, activity(), { authorization: `Bearer ${token}` });
    // Past authentication the SDK asks Entra (MSAL) for its own token to reply. The loopback issuer
    // is plain http, which MSAL refuses: the failure comes from after the check, and is logged.
    expect(response.status).toBe(500);
    expect(teams.errors).toEqual([
      { message: 'teams: could not process an activity', fields: { error: expect.stringMatching(/authority_uri_insecure/) } },
    ]);
  });
});

/** A POST to /api/messages with any body and content type, as a misbehaving client sends it. */
async function rawPost(body: string, contentType: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${teams.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType, ...headers }, body });
  await response.text();
  return response.status;
}

describe('HTTP semantics of /api/messages: authentication first, then the body, never 500 for a client error', () => {
  const bodies: [string, string, string][] = [
    ['malformed JSON', '{"type": "message",', 'application/json'],
    ['an empty object', '{}', 'application/json'],
    ['an array', '[{"type":"message"}]', 'application/json'],
    ['a form body', 'type=message&text=hello', 'application/x-www-form-urlencoded'],
    ['1.2 MB', JSON.stringify({ type: 'message', text: 'x'.repeat(1_200_000) }), 'application/json'],
  ];

  it.each(bodies)('answers 401 to %s without a token, before reading it', async (_what, body, contentType) => {
    expect(await rawPost(body, contentType)).toBe(401);
  });

  it.each([...bodies.slice(0, 4).map(([what, body, type]) => [what, body, type, 400] as const), [bodies[4]![0], bodies[4]![1], bodies[4]![2], 413] as const])(
    'answers %s with a valid token with the client error it is (%#)',
    async (_what, body, contentType, status) => {
      const token = jwt(trusted.privateKey, 'key-1', entraClaims);
      expect(await rawPost(body, contentType, { authorization: `Bearer ${token}` })).toBe(status);
    },
  );

  it("refuses (401) a token whose serviceurl claim is not the activity's serviceUrl", async () => {
    const token = jwt(trusted.privateKey, 'key-1', { ...entraClaims, serviceurl: 'https://smba.trafficmanager.net/emea/' });
    const before = teams.errors.length;
    expect((await postActivity(teams.url, messageActivity(connector.url, personalConversation(), 'what if we consolidate ward systems?'), { authorization: `Bearer ${token}` })).status).toBe(401);
    expect(teams.errors.length).toBe(before);
  });

  it('lets a token whose serviceurl claim matches the activity past the check', async () => {
    const token = jwt(trusted.privateKey, 'key-1', { ...entraClaims, serviceurl: connector.url.toUpperCase() });
    // Past the checks the reply fails on MSAL's refusal of the http loopback issuer, as above.
    expect((await postActivity(teams.url, messageActivity(connector.url, personalConversation(), 'what if we consolidate ward systems?'), { authorization: `Bearer ${token}` })).status).toBe(500);
  });
});

describe('the test-only anonymous mode', () => {
  const base = { TEAMS_ANONYMOUS_FOR_TESTS: 'true', TEAMS_PUBLIC_BASE_URL: 'http://127.0.0.1:3978', TEAMS_LINK_SECRET: 'x'.repeat(32) };

  it('is refused when NODE_ENV is production', () => {
    expect(() => loadTeamsSettings({ ...base, NODE_ENV: 'production' })).toThrow(/TEAMS_ANONYMOUS_FOR_TESTS: anonymous mode is for tests only/);
    expect(() => loadTeamsSettings({ ...base, NODE_ENV: 'Production' })).toThrow(/TEAMS_ANONYMOUS_FOR_TESTS: anonymous mode is for tests only/);
  });

  it('is refused when an app id (client id) is configured', () => {
    expect(() => loadTeamsSettings({ ...base, NODE_ENV: 'test', TEAMS_APP_ID: APP_ID })).toThrow(/refused when TEAMS_APP_ID is set/);
  });

  it('is refused when a credential is configured', () => {
    expect(() => loadTeamsSettings({ ...base, NODE_ENV: 'test', TEAMS_APP_PASSWORD: 'secret' })).toThrow(/refused when credentials are configured/);
  });

  it('is never the fallback: without the flag, missing credentials are an error', () => {
    const { TEAMS_ANONYMOUS_FOR_TESTS: _flag, ...withoutFlag } = base;
    expect(() => loadTeamsSettings({ ...withoutFlag, NODE_ENV: 'test' })).toThrow(/TEAMS_APP_ID: expected the app \(client\) id/);
  });

  it('is accepted only when explicitly asked for outside production', () => {
    expect(loadTeamsSettings({ ...base, NODE_ENV: 'test' })?.auth).toEqual({ mode: 'anonymous-test' });
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInventory } from '../../../bot/inventory/import-inventory.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { dataDir } from '../../../engine/io/project-paths.js';
import { openStore, type HistoryStore } from '../../../store/open-store.js';
import { adaptiveCardErrors } from '../../fixtures/teams/validate-adaptive-card.js';
import {
  cardOf,
  channelConversation,
  fileActivity,
  personalConversation,
  postActivity,
  startFakeConnector,
  startTeamsBot,
  type FakeConnector,
  type TeamsTestBot,
} from '../../fixtures/teams/teams-harness.js';

let connector: FakeConnector;
let teams: TeamsTestBot;
let store: HistoryStore;

beforeAll(async () => {
  connector = await startFakeConnector();
  const baseline = (await loadInputs()).estate;
  teams = await startTeamsBot({
    importInventory: (upload) => importInventory(upload, { store, baseline: async () => baseline, now: () => new Date('2026-11-25T09:00:00Z') }),
  });
  store = openStore({ path: join(teams.stateDir, 'history.sqlite') });
});
afterAll(async () => {
  store.close();
  await teams.close();
  await connector.close();
});

function headline(card: Record<string, unknown> | undefined): string {
  const body = card?.['body'];
  return Array.isArray(body) ? String((body[0] as { text?: string }).text) : '';
}

describe('inventory sent to the bot in a Teams personal chat', () => {
  it('stores a valid export as the new snapshot and says what changed', async () => {
    const csv = await readFile(join(dataDir, 'estate.csv'), 'utf8');
    const lines = csv.trimEnd().split('\n');
    const fewer = `${lines.slice(0, -2).join('\n')}\n`;
    const url = connector.serveFile('estate-november.csv', Buffer.from(fewer));
    connector.requests.length = 0;
    await postActivity(teams.url, fileActivity(connector.url, personalConversation(), 'estate-november.csv', url));

    const card = cardOf(connector.requests[0]);
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(headline(card)).toMatch(new RegExp(`^Stored estate-november\\.csv as the estate snapshot for 2026-11-25: ${(lines.length - 3).toLocaleString('en-GB')} servers`));
    expect(JSON.stringify(card)).toContain('"title":"Removed","value":"2"');
    expect(teams.audit.at(-1)).toMatchObject({ kind: 'upload', outcome: 'stored', text: 'estate-november.csv' });
  });

  it('stores nothing from a broken export and lists the problems by row and column', async () => {
    const url = connector.serveFile('broken.csv', Buffer.from('id,cpu_cores,mem_gb\nSRV-1,four,16\nSRV-2,8,\n'));
    connector.requests.length = 0;
    await postActivity(teams.url, fileActivity(connector.url, personalConversation(), 'broken.csv', url));

    const card = cardOf(connector.requests[0]);
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(headline(card)).toMatch(/^I couldn't use broken\.csv: \d+ problems? found, so nothing was stored\.$/);
    // The column name is escaped for the card's Markdown (cpu\_cores shows as cpu_cores).
    expect(JSON.stringify(card)).toMatch(/row 2, cpu\\\\_cores/);
    expect(teams.audit.at(-1)).toMatchObject({ kind: 'upload', outcome: 'rejected' });
  });

  it('declines files outside personal chat', async () => {
    const url = connector.serveFile('estate.csv', Buffer.from('id,cpu_cores,mem_gb\nSRV-1,4,16\n'));
    connector.requests.length = 0;
    await postActivity(teams.url, fileActivity(connector.url, channelConversation(), 'estate.csv', url));
    expect(connector.requests[0]?.body['text']).toMatch(/only take inventory files in a personal chat/);
  });
});

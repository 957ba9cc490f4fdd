import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataDir } from '../../../engine/io/project-paths.js';
import { listSnapshots } from '../../../store/snapshots/list-snapshots.js';
import { startSlackHarness, type SlackHarness } from '../../fixtures/slack/slack-harness.js';

let slack: SlackHarness;
beforeEach(async () => {
  slack = await startSlackHarness();
});
afterEach(async () => {
  await slack.close();
});

const sharedFile = (id: string, name: string, url?: string) => ({ id, name, title: name, filetype: 'csv', mimetype: 'text/csv', size: 100, ...(url ? { url_private: url, url_private_download: url } : {}) });

describe('inventory upload in a direct message', () => {
  it('downloads the file with the bot token, stores it and says what changed', async () => {
    const sample = (await readFile(join(dataDir, 'estate.csv'), 'utf8')).trimEnd().split('\n');
    const csv = [...sample.slice(0, -1), 'NEW-SRV-001,virtual,Ward systems,New app,Main DC,production,medium,Windows Server 2022,4,20,1,16,50,100,,,2024,,0,yes,,'].join('\n');
    const url = slack.api.hostFile('F0INV1-november.csv', { bytes: new TextEncoder().encode(csv), contentType: 'text/csv' });
    await slack.directMessage({ text: '', ts: '1700001000.000100', files: [sharedFile('F0INV1', 'november.csv', url)] });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1);
    expect(slack.api.fileDownloads).toEqual([{ name: 'F0INV1-november.csv', authorization: 'Bearer xoxb-100-200-testtoken' }]);
    const reply = String(slack.api.callsTo('chat.postMessage')[0]?.params.text);
    const removed = sample.at(-1)?.split(',')[0] ?? '';
    expect(reply).toContain('Stored *november.csv* as the estate snapshot for 2026-11-25: 232 servers (was 232).');
    expect(reply).toContain('• Added 1: NEW-SRV-001');
    expect(reply).toContain(`• Removed 1: ${removed}`);
    expect(listSnapshots(slack.store).map((s) => [s.asOf, s.serverCount, s.importedBy])).toEqual([['2026-11-25', 232, 'slack:U0ALICE']]);
    expect((await slack.auditLines()).at(-1)).toMatchObject({ kind: 'upload', outcome: 'stored', text: 'november.csv', user: 'U0ALICE' });
  });

  it('asks files.info for the address when the event has none', async () => {
    slack.api.hostFile('F0INV2-estate.csv', { bytes: new TextEncoder().encode('id,cpu_cores,mem_gb\nA,4,16\n'), contentType: 'text/csv' });
    await slack.directMessage({ text: 'this month', ts: '1700001100.000100', files: [sharedFile('F0INV2', 'estate.csv')] });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1);
    expect(slack.api.callsTo('files.info')[0]?.params).toMatchObject({ file: 'F0INV2' });
    expect(String(slack.api.callsTo('chat.postMessage')[0]?.params.text)).toMatch(/^Stored \*estate\.csv\*/);
  });

  it('lists every row problem and stores nothing for an invalid file', async () => {
    const url = slack.api.hostFile('F0INV3-bad.csv', { bytes: new TextEncoder().encode('id,cpu_cores,mem_gb\nA,4,16\nB,lots,16\nC,2,-8\n'), contentType: 'text/csv' });
    await slack.directMessage({ text: '', ts: '1700001200.000100', files: [sharedFile('F0INV3', 'bad.csv', url)] });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1);
    const reply = String(slack.api.callsTo('chat.postMessage')[0]?.params.text);
    expect(reply).toMatch(/^I couldn't use \*bad\.csv\*: 2 problems found, so nothing was stored\./);
    expect(reply).toContain('• bad.csv row 3, cpu_cores:');
    expect(reply).toContain('• bad.csv row 4, mem_gb:');
    expect(listSnapshots(slack.store)).toEqual([]);
    expect((await slack.auditLines()).at(-1)).toMatchObject({ kind: 'upload', outcome: 'rejected' });
  });

  it('never sends the bot token to a host other than Slack', async () => {
    await slack.directMessage({ text: '', ts: '1700001300.000100', files: [sharedFile('F0INV4', 'x.csv', 'http://127.0.0.2:9/steal.csv')] });
    await slack.api.waitFor(() => slack.api.callsTo('chat.postMessage').length === 1);
    expect(String(slack.api.callsTo('chat.postMessage')[0]?.params.text)).toMatch(/^Sorry, something went wrong/);
    expect((await slack.auditLines()).at(-1)).toMatchObject({ kind: 'upload', outcome: 'failed', error: expect.stringContaining('refusing to download a file from 127.0.0.2:9') });
  });
});

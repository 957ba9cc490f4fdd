import { afterEach, describe, expect, it } from 'vitest';
import { findConversationRefs } from '../../store/conversations/find-conversation-refs.js';
import { removeConversationRef } from '../../store/conversations/remove-conversation-ref.js';
import { saveConversationRef } from '../../store/conversations/save-conversation-ref.js';
import { openStore, type HistoryStore } from '../../store/open-store.js';
import { listScenarioRuns } from '../../store/runs/list-scenario-runs.js';
import { recordScenarioRun } from '../../store/runs/record-scenario-run.js';
import { tempDir } from './temp-store.js';

const now = new Date('2026-11-02T09:00:00Z');
const estateHash = 'a'.repeat(64);

describe('scenario runs and conversation references', () => {
  const tmp = tempDir();
  let store: HistoryStore;
  afterEach(() => {
    store?.close();
    tmp.cleanup();
  });

  it('records a run and reads it back validated, with one inputs hash for the same inputs', () => {
    store = openStore({ path: tmp.file() });
    const run = {
      estateHash,
      scenario: { name: 'ward-systems', scope: 'service="Ward systems"' },
      assumptions: { 'headroom.cpu': 0.7, 'energy.pricePerKwh': 0.25 },
      results: { hosts: 3, npvPence: 37_100_000, paybackMonths: 19 },
      askedBy: 'slack:U123',
      channel: 'slack' as const,
      now,
    };
    const first = recordScenarioRun(store, run);
    const second = recordScenarioRun(store, { ...run, assumptions: { 'energy.pricePerKwh': 0.25, 'headroom.cpu': 0.7 }, now: new Date('2026-11-03T09:00:00Z') });
    const third = recordScenarioRun(store, { ...run, assumptions: { 'headroom.cpu': 0.8, 'energy.pricePerKwh': 0.25 } });
    expect(second.inputsHash).toBe(first.inputsHash);
    expect(third.inputsHash).not.toBe(first.inputsHash);
    const runs = listScenarioRuns(store);
    expect(runs.map((r) => r.id)).toEqual([second.id, third.id, first.id]);
    expect(runs[0]).toMatchObject({ scenario: { name: 'ward-systems', hypervisor: 'best-value' }, results: { hosts: 3 }, askedBy: 'slack:U123', channel: 'slack' });
    expect(listScenarioRuns(store, { inputsHash: first.inputsHash })).toHaveLength(2);
  });

  it('refuses to hand back a run whose stored JSON was damaged', () => {
    store = openStore({ path: tmp.file() });
    const { id } = recordScenarioRun(store, { estateHash, scenario: { name: 'x' }, assumptions: {}, results: {}, askedBy: 'cli', channel: 'cli', now });
    store.db.prepare("UPDATE scenario_runs SET results_json = '{\"hosts\": [1,2]}' WHERE id = ?").run(id);
    expect(() => listScenarioRuns(store)).toThrow(/results_json/);
  });

  it('upserts a conversation reference by platform and key', () => {
    store = openStore({ path: tmp.file() });
    const reference = { conversation: { id: '19:abc@thread.tacv2' }, serviceUrl: 'http://127.0.0.1:3978/' };
    saveConversationRef(store, { platform: 'teams', key: '19:abc@thread.tacv2', label: 'IM&T', reference, now });
    saveConversationRef(store, { platform: 'teams', key: '19:abc@thread.tacv2', label: 'IM&T team', reference, now });
    saveConversationRef(store, { platform: 'slack', key: 'C0WARDS', reference: { channel: 'C0WARDS' }, now });
    expect(findConversationRefs(store, { platform: 'teams' })).toEqual([{ platform: 'teams', key: '19:abc@thread.tacv2', label: 'IM&T team', reference, updatedAt: now.toISOString() }]);
    expect(findConversationRefs(store)).toHaveLength(2);
    expect(() => saveConversationRef(store, { platform: 'teams', key: ' ', reference, now })).toThrow(/conversation key/);
  });

  it('removes one conversation reference by platform and key', () => {
    store = openStore({ path: tmp.file() });
    saveConversationRef(store, { platform: 'teams', key: 'C0WARDS', reference: { conversation: { id: 'C0WARDS' } }, now });
    saveConversationRef(store, { platform: 'slack', key: 'C0WARDS', reference: { channel: 'C0WARDS' }, now });
    removeConversationRef(store, { platform: 'teams', key: 'C0WARDS' });
    removeConversationRef(store, { platform: 'teams', key: 'C0NEVER' });
    expect(findConversationRefs(store).map((r) => `${r.platform}:${r.key}`)).toEqual(['slack:C0WARDS']);
  });

  it('names the platform and key of a conversation reference whose JSON was damaged', () => {
    store = openStore({ path: tmp.file() });
    saveConversationRef(store, { platform: 'slack', key: 'C0WARDS', reference: { channel: 'C0WARDS' }, now });
    store.db.prepare("UPDATE conversation_refs SET reference_json = '[1, 2]' WHERE key = 'C0WARDS'").run();
    expect(() => findConversationRefs(store)).toThrow(/conversation_refs \(platform slack, key C0WARDS\) reference_json/);
  });
});

import { describe, expect, it } from 'vitest';
import { createThreadContexts } from '../../../bot/slack/thread-contexts.js';

const context = (name: string) => ({ version: 1 as const, lastIntent: 'what-if' as const, lastScenario: { name, scope: 'all', host: 'cheapest', hypervisor: 'vmware' as const, baseline: 'sweat' as const, dr: { enabled: false, minCriticality: 'high' as const }, separateSites: false, overrides: {} } });

describe('createThreadContexts', () => {
  it('keeps each thread of each channel apart', () => {
    const contexts = createThreadContexts();
    contexts.set('C1', '1.1', context('a'));
    contexts.set('C2', '1.1', context('b'));
    expect(contexts.get('C1', '1.1')?.lastScenario?.name).toBe('a');
    expect(contexts.get('C2', '1.1')?.lastScenario?.name).toBe('b');
    expect(contexts.get('C1', '2.2')).toBeUndefined();
  });

  it('forgets the least recently used thread once full', () => {
    const contexts = createThreadContexts(2);
    contexts.set('C1', '1', context('one'));
    contexts.set('C1', '2', context('two'));
    contexts.get('C1', '1');
    contexts.set('C1', '3', context('three'));
    expect(contexts.size).toBe(2);
    expect(contexts.get('C1', '2')).toBeUndefined();
    expect(contexts.get('C1', '1')?.lastScenario?.name).toBe('one');
  });
});

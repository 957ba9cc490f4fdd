import { describe, expect, it } from 'vitest';
import { createConversationContexts } from '../../../bot/teams/create-conversation-contexts.js';

describe('createConversationContexts', () => {
  it('keeps each conversation apart and forgets the least recently used beyond the limit', () => {
    const contexts = createConversationContexts(2);
    contexts.set('a', { version: 1, lastIntent: 'what-if' });
    contexts.set('b', { version: 1, lastIntent: 'compare' });
    expect(contexts.get('a')?.lastIntent).toBe('what-if');
    contexts.set('c', { version: 1, lastIntent: 'estate' });

    expect(contexts.size).toBe(2);
    expect(contexts.get('b')).toBeUndefined();
    expect(contexts.get('a')?.lastIntent).toBe('what-if');
    expect(contexts.get('c')?.lastIntent).toBe('estate');
  });
});

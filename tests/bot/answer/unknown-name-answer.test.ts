import { describe, expect, it } from 'vitest';
import { unknownNameAnswer } from '../../../bot/answer/unknown-name-answer.js';

describe('the answer to a name or amount the bot cannot place', () => {
  it('names an amount back in a grammatical sentence, with what an amount of that form could set and how to say it', () => {
    const percent = unknownNameAnswer('what if it was 5%?', [{ kind: 'number', text: '5%', closest: [] }], []);
    expect(percent.headline).toMatch(/^I can't tell what 5% is for: it could be a discount rate \("discount rate 5%"\), demand growth/);
    expect(percent.actions).toEqual([]);
    const pounds = unknownNameAnswer('consolidate pathology at £1200', [{ kind: 'number', text: '£1200', closest: [] }], []);
    expect(pounds.headline).toMatch(/^I can't tell what £1200 is for: it could be a price or cost \("migration cost £900 a server"/);
    expect(unknownNameAnswer('at 40p', [{ kind: 'number', text: '40p', closest: [] }], []).headline).toBe('I can\'t tell what 40p is for: it could be an electricity price ("at 30p a unit").');
  });

  it('names an unknown service with the closest known ones as choices, never one of them in its place', () => {
    const answer = unknownNameAnswer('consolidate cardiology?', [{ kind: 'service', text: 'cardiology', closest: ['Radiology PACS/RIS'] }], ['Radiology PACS/RIS']);
    expect(answer.headline).toBe('I don\'t know a service called "cardiology"; the closest I know are Radiology PACS/RIS.');
    expect(answer.actions).toEqual([{ id: 'ask', label: 'Radiology PACS/RIS', question: 'consolidate Radiology PACS/RIS?' }]);
  });
});

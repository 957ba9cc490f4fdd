import type { Answer } from './answer.js';

/**
 * "What if the trusts shared hosts?" on an estate that does not say which organisation owns each
 * server, or "power by trust" on one: say so rather than answer as if it did, say how to give it
 * one, and offer `instead`, the question for the whole estate as one organisation.
 *
 * @example noOrganisationsAnswer('data/estate.csv').headline // "This estate does not say which organisation owns each server ..."
 */
export function noOrganisationsAnswer(source: string, instead: { label: string; question: string } = { label: 'The whole estate', question: 'what if we consolidate everything?' }): Answer {
  return {
    kind: 'clarify',
    headline: `This estate (${source}) does not say which organisation owns each server: it has no organisation column, so I can't keep trusts apart, let them share hosts or split the figures between them.`,
    figures: [],
    tables: [],
    notes: [
      `I have not answered a different question in its place. For the whole estate as one organisation, ask e.g. "${instead.question}".`,
      'To plan an integrated care system, add an organisation column to the inventory (docs/data-formats.md), or try the bundled sample of three trusts, sample:ics (UNSPRAWL_ESTATE=sample:ics for the bot).',
    ],
    actions: [{ id: 'ask', label: instead.label, question: instead.question }],
  };
}

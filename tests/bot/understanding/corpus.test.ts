import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { createLexicon, type Lexicon } from '../../../bot/understanding/create-lexicon.js';
import { understandQuestion } from '../../../bot/understanding/understand-question.js';
import { intentSchema } from '../../../bot/understanding/understanding.js';

const expectedSchema = z.object({
  q: z.string(),
  intent: intentSchema,
  scope: z
    .object({
      all: z.boolean().default(false),
      services: z.array(z.string()).default([]),
      sites: z.array(z.string()).default([]),
      environments: z.array(z.string()).default([]),
      serverIds: z.array(z.string()).default([]),
      minCriticality: z.string().optional(),
    })
    .default({ all: false, services: [], sites: [], environments: [], serverIds: [] }),
  host: z.object({ model: z.string().optional(), vendor: z.string().optional() }).default({}),
  hypervisors: z.array(z.string()).default([]),
  dr: z.object({ enabled: z.boolean(), minCriticality: z.string().optional(), site: z.string().optional() }).optional(),
  overrides: z.record(z.string(), z.number()).default({}),
  estateTopic: z.string().optional(),
  compareTopic: z.string().optional(),
  sensitivityTopic: z.string().optional(),
  breakEvenKey: z.string().optional(),
  followUp: z.boolean().optional(),
  clarify: z.boolean().default(false),
});

const corpus = z
  .object({ questions: z.array(expectedSchema).min(80) })
  .parse(JSON.parse(readFileSync(new URL('../../fixtures/questions/corpus.json', import.meta.url), 'utf8'))).questions;

const sorted = (values: readonly string[]) => [...values].sort();

describe('question corpus on the sample trust', () => {
  let lexicon: Lexicon;
  beforeAll(async () => {
    const inputs = await loadInputs();
    lexicon = createLexicon(inputs.estate, inputs.hosts);
  });

  it('holds at least 80 distinct phrasings', () => {
    expect(new Set(corpus.map((c) => c.q.toLowerCase())).size).toBe(corpus.length);
  });

  it.each(corpus.map((c) => [c.q, c] as const))('reads %j', (_q, expected) => {
    const got = understandQuestion(expected.q, lexicon);
    expect(got.intent).toBe(expected.intent);
    expect({
      all: got.scope.all,
      services: sorted(got.scope.services),
      sites: sorted(got.scope.sites),
      environments: sorted(got.scope.environments),
      serverIds: sorted(got.scope.serverIds),
      minCriticality: got.scope.minCriticality,
    }).toEqual({
      all: expected.scope.all,
      services: sorted(expected.scope.services),
      sites: sorted(expected.scope.sites),
      environments: sorted(expected.scope.environments),
      serverIds: sorted(expected.scope.serverIds),
      minCriticality: expected.scope.minCriticality,
    });
    expect(got.host).toEqual(expected.host);
    expect(got.hypervisors).toEqual(expected.hypervisors);
    expect(got.dr).toEqual(expected.dr);
    expect(got.overrides).toEqual(expected.overrides);
    expect(got.estateTopic).toBe(expected.estateTopic);
    expect(got.compareTopic).toBe(expected.compareTopic);
    expect(got.sensitivityTopic).toBe(expected.sensitivityTopic);
    expect(got.breakEvenKey).toBe(expected.breakEvenKey);
    if (expected.followUp !== undefined) expect(got.followUp).toBe(expected.followUp);
    expect(got.clarify !== undefined).toBe(expected.clarify);
  });
});

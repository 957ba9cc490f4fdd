import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLexicon, type Lexicon } from '../../../bot/understanding/create-lexicon.js';
import { scopeExpression } from '../../../bot/understanding/scope-expression.js';
import { understandQuestion } from '../../../bot/understanding/understand-question.js';
import { intentSchema, refusalSchema, type Understanding } from '../../../bot/understanding/understanding.js';
import type { Server } from '../../../engine/estate/server.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';
import { selectScope } from '../../../engine/scenario/scope.js';

const phrasingSchema = z.object({
  category: z.string(),
  q: z.string(),
  intent: intentSchema,
  /** Engine scope expression; absent = nothing named. Compared by the server ids it selects. */
  scope: z.string().optional(),
  host: z.object({ model: z.string().optional(), vendor: z.string().optional() }).default({}),
  vendors: z.array(z.string()).default([]),
  hypervisors: z.array(z.string()).default([]),
  /** The hypervisor being left ("move off VMware"). */
  leaving: z.string().optional(),
  dr: z.object({ enabled: z.boolean(), minCriticality: z.string().optional(), site: z.string().optional() }).optional(),
  overrides: z.record(z.string(), z.number()).default({}),
  estateTopic: z.string().optional(),
  /** An estate question split by organisation ("power by trust"). */
  byOrganisation: z.boolean().default(false),
  costLine: z.string().optional(),
  olderThanYears: z.number().optional(),
  compareTopic: z.string().optional(),
  sensitivityTopic: z.string().optional(),
  breakEvenKey: z.string().optional(),
  followUp: z.boolean().optional(),
  unknown: z.array(z.string()).default([]),
  refusal: refusalSchema.optional(),
  /** The estate asked about: the sample trust, the three trusts of sample:ics (organisations), or the mostly virtual sample:virtual (hosts in use). */
  estate: z.enum(['sample:acute', 'sample:ics', 'sample:virtual']).default('sample:acute'),
  sharing: z.object({ mix: z.boolean(), dataCentres: z.array(z.string()).default([]), count: z.number().optional(), dataCentresOf: z.array(z.string()).optional() }).optional(),
  /** The figure a what-if asks for trust by trust ("the NPV by trust"). */
  organisationFigure: z.string().optional(),
  /** Sites to close by name, how many to close, or how many to keep ("could we close a data centre?"). */
  closeSites: z.object({ sites: z.array(z.string()).default([]), count: z.number().optional(), keep: z.number().optional() }).optional(),
  /** The one DR method a DR question asks about ("what RPO would tape give us?"). */
  drMethod: z.string().optional(),
  /** A what-if with recycled servers as hosts. */
  recycle: z.boolean().optional(),
  /** A what-if appraised against a like-for-like refresh. */
  baseline: z.string().optional(),
  /** The NIMM capability a maturity question leads with. */
  maturityCapability: z.string().optional(),
  /** A published-cases question: the figure asked about and whether our plan is set beside them. */
  cases: z.object({ figure: z.string().optional(), ourPlan: z.boolean() }).optional(),
  /** The non-cash benefit a benefits question leads with. */
  benefit: z.string().optional(),
});
type Phrasing = z.output<typeof phrasingSchema>;

const phrasings = z
  .object({ questions: z.array(phrasingSchema).min(250) })
  .parse(JSON.parse(readFileSync(new URL('../../fixtures/questions/phrasings.json', import.meta.url), 'utf8'))).questions;

/** Every way a reading differs from what the question means; empty = read right. */
function differences(expected: Phrasing, got: Understanding, servers: readonly Server[]): string[] {
  const ids = (expr: string) => selectScope(servers, expr).map((s) => s.id).sort().join(',');
  const problems: string[] = [];
  const check = (what: string, want: unknown, have: unknown) => {
    if (JSON.stringify(want) !== JSON.stringify(have)) problems.push(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(have)}`);
  };
  check('intent', expected.intent, got.intent);
  const gotScope = scopeExpression(got.scope);
  try {
    if (ids(expected.scope ?? 'all') !== ids(gotScope)) problems.push(`scope: expected ${expected.scope ?? 'nothing named'}, got ${gotScope}`);
  } catch (error) {
    problems.push(`scope ${gotScope}: ${(error as Error).message}`);
  }
  check('host', expected.host, got.host);
  check('vendors', expected.vendors, got.vendors);
  check('hypervisors', expected.hypervisors, got.hypervisors);
  check('leaving', expected.leaving, got.leaving);
  check('dr', expected.dr, got.dr);
  const sorted = (o: Record<string, number>) => Object.entries(o).sort(([a], [b]) => a.localeCompare(b));
  check('overrides', sorted(expected.overrides), sorted(got.overrides));
  check('estateTopic', expected.estateTopic, got.estateTopic);
  check('byOrganisation', expected.byOrganisation, got.byOrganisation ?? false);
  check('costLine', expected.costLine, got.costLine);
  check('olderThanYears', expected.olderThanYears, got.olderThanYears);
  check('compareTopic', expected.compareTopic, got.compareTopic);
  check('sensitivityTopic', expected.sensitivityTopic, got.sensitivityTopic);
  check('breakEvenKey', expected.breakEvenKey, got.breakEvenKey);
  if (expected.followUp !== undefined) check('followUp', expected.followUp, got.followUp);
  check('unknown', expected.unknown, got.unknownNames.map((n) => n.text));
  check('refusal', expected.refusal, got.refusal);
  check('clarify', undefined, got.clarify?.question);
  check('sharing', expected.sharing, got.sharing);
  check('organisationFigure', expected.organisationFigure, got.organisationFigure);
  check('closeSites', expected.closeSites, got.closeSites);
  check('drMethod', expected.drMethod, got.drMethod);
  check('recycle', expected.recycle, got.recycle);
  check('baseline', expected.baseline, got.baseline);
  check('maturityCapability', expected.maturityCapability, got.maturityCapability);
  check('cases', expected.cases, got.cases);
  check('benefit', expected.benefit, got.benefit);
  return problems;
}

describe('phrasing corpus: questions as people ask them, on the sample trust (and the three-trust sample:ics and the mostly virtual sample:virtual)', () => {
  const estates = new Map<Phrasing['estate'], { lexicon: Lexicon; servers: readonly Server[] }>();
  beforeAll(async () => {
    for (const estate of ['sample:acute', 'sample:ics', 'sample:virtual'] as const) {
      const inputs = await loadInputs({ estate });
      estates.set(estate, { lexicon: createLexicon(inputs.estate, inputs.hosts), servers: inputs.estate.servers });
    }
  });

  it('holds at least 250 distinct questions in every category the issue names', () => {
    expect(new Set(phrasings.map((p) => p.q.toLowerCase())).size).toBe(phrasings.length);
    const categories = new Set(phrasings.map((p) => p.category));
    for (const category of ['what-if-service', 'criticality', 'exclusions', 'os', 'hosts-vendors', 'numbers-units', 'estate', 'history', 'refusal', 'unknown-names', 'typos', 'british-spellings', 'abbreviations', 'follow-ups', 'organisations']) {
      expect(categories).toContain(category);
    }
  });

  it('reads at least 95% right overall and 90% in every category', () => {
    const byCategory = new Map<string, { right: number; total: number; misses: string[] }>();
    for (const p of phrasings) {
      const { lexicon, servers } = estates.get(p.estate)!;
      const problems = differences(p, understandQuestion(p.q, lexicon), servers);
      const tally = byCategory.get(p.category) ?? { right: 0, total: 0, misses: [] };
      tally.total++;
      if (problems.length === 0) tally.right++;
      else tally.misses.push(`${JSON.stringify(p.q)}: ${problems.join('; ')}`);
      byCategory.set(p.category, tally);
    }
    const right = [...byCategory.values()].reduce((n, t) => n + t.right, 0);
    const report = [...byCategory].map(([category, t]) => `${category.padEnd(18)} ${t.right}/${t.total} (${((100 * t.right) / t.total).toFixed(0)}%)`);
    const misses = [...byCategory.values()].flatMap((t) => t.misses);
    console.log(`Phrasing corpus: ${right}/${phrasings.length} (${((100 * right) / phrasings.length).toFixed(1)}%)\n${report.join('\n')}${misses.length > 0 ? `\nMisread:\n${misses.join('\n')}` : ''}`);
    expect(right / phrasings.length).toBeGreaterThanOrEqual(0.95);
    for (const [category, t] of byCategory) expect(t.right / t.total, `${category}: ${t.misses.join(' | ')}`).toBeGreaterThanOrEqual(0.9);
  });
});

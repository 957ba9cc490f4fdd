import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Answer } from '../../../bot/answer/answer.js';
import { renderAnswerCard } from '../../../bot/teams/render-answer-card.js';
import { adaptiveCardErrors } from '../../fixtures/teams/validate-adaptive-card.js';

const wardSystems = { name: 'Ward systems onto 2-socket hosts', scope: 'service="Ward systems"', host: 'cheapest', hypervisor: 'vmware' as const };

const tableSchema = z.object({
  rows: z.array(z.object({ cells: z.array(z.object({ items: z.array(z.object({ text: z.string() })) })) })),
});

const answer: Answer = {
  kind: 'what-if',
  headline: 'Consolidating Ward systems: 30 servers onto 5 hosts saves £1.2m over 5 years',
  figures: [
    { label: 'Hosts (HA spare included)', value: '5', raw: 5 },
    { label: 'Net present value', value: '£1,234,567', raw: 1234567 },
    { label: 'Energy saved', value: '84,000 kWh a year' },
  ],
  tables: [
    {
      title: 'Cost by year',
      columns: ['Year', 'Do nothing', 'Consolidate'],
      rows: [
        ['2026/27', '£410,000', '£520,000'],
        ['2027/28', '£415,000', '£120,000'],
      ],
    },
  ],
  notes: ['Energy at 24.5p/kWh, PUE 1.8.', 'Estate data from 1 Nov 2026.'],
  actions: [
    { id: 'business-case', label: 'Business case PDF' },
    { id: 'show-assumptions', label: 'Show assumptions' },
    { id: 'compare-hypervisors', label: 'Compare hypervisors' },
  ],
  scenario: wardSystems,
};

describe('renderAnswerCard', () => {
  it('renders a valid Adaptive Card 1.5 with headline, facts, table, notes and submit buttons', () => {
    const card = renderAnswerCard(answer);
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(card.version).toBe('1.5');
    expect(card.body[0]).toMatchObject({ type: 'TextBlock', text: answer.headline, style: 'heading' });
    expect(card.body[1]).toEqual({
      type: 'FactSet',
      facts: [
        { title: 'Hosts (HA spare included)', value: '5' },
        { title: 'Net present value', value: '£1,234,567' },
        { title: 'Energy saved', value: '84,000 kWh a year' },
      ],
    });
    const table = tableSchema.parse(card.body.find((e) => e.type === 'Table'));
    expect(table.rows.map((r) => r.cells.map((c) => c.items[0]?.text))).toEqual([
      ['Year', 'Do nothing', 'Consolidate'],
      ['2026/27', '£410,000', '£520,000'],
      ['2027/28', '£415,000', '£120,000'],
    ]);
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Business case PDF', data: { verb: 'business-case', scenario: wardSystems } },
      { type: 'Action.Submit', title: 'Show assumptions', data: { verb: 'show-assumptions', scenario: wardSystems } },
      { type: 'Action.Submit', title: 'Compare hypervisors', data: { verb: 'compare-hypervisors', scenario: wardSystems } },
    ]);
  });

  it('cuts long tables and says how many rows the business case has', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`SRV-${i}`, 'Host 1', '4']);
    const card = renderAnswerCard({ ...answer, tables: [{ title: 'Placements', columns: ['Server', 'Host', 'vCPU'], rows }] });
    expect(adaptiveCardErrors(card)).toEqual([]);
    const table = tableSchema.parse(card.body.find((e) => e.type === 'Table'));
    expect(table.rows).toHaveLength(16);
    expect(JSON.stringify(card.body)).toContain('Showing 15 of 40 rows');
  });

  it('carries the question of a clarifying choice button', () => {
    const card = renderAnswerCard({
      kind: 'clarify',
      headline: 'Which service did you mean?',
      figures: [],
      tables: [],
      notes: [],
      actions: [{ id: 'ask', label: 'Pathology', question: 'what if we consolidate Pathology?' }],
    });
    expect(adaptiveCardErrors(card)).toEqual([]);
    expect(card.actions[0]).toEqual({ type: 'Action.Submit', title: 'Pathology', data: { verb: 'ask', question: 'what if we consolidate Pathology?' } });
  });

  it('is refused by the schema when an element is malformed (the validator can fail)', () => {
    const card = renderAnswerCard(answer);
    expect(adaptiveCardErrors({ ...card, body: [{ type: 'FactSet' }] })).not.toEqual([]);
    expect(adaptiveCardErrors({ ...card, msteams: { width: 'Full' } })).not.toEqual([]);
  });
});

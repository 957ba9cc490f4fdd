import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../bot/answer/answer.js';
import { decodeButtonValue } from '../../../bot/slack/button-value.js';
import { renderAnswerBlocks } from '../../../bot/slack/render-answer-blocks.js';

const wardSystems = { name: 'ward-systems', scope: 'service="Ward systems"', host: 'cheapest', hypervisor: 'vmware' as const };

const whatIf: Answer = {
  kind: 'what-if',
  headline: 'Consolidating Ward systems (23 servers) onto 3 x Dell R760 hosts (N+1) saves £412k over 5 years',
  figures: [
    { label: 'Hosts', value: '3 (N+1)', raw: 3 },
    { label: 'NPV', value: '£371k', raw: 37_100_000 },
    { label: 'Payback', value: '19 months' },
  ],
  tables: [{ title: 'Cost by year', columns: ['Year', 'Do nothing', 'Option'], rows: [['1', '£120,000', '£310,000'], ['2', '£118,000', '£40,000']] }],
  notes: ['Energy 24.5p/kWh, PUE 1.8 (assumptions.json)', 'Estate data as of 31 October 2026'],
  actions: [
    { id: 'business-case', label: 'Business case PDF', scenario: wardSystems },
    { id: 'show-assumptions', label: 'Show assumptions', scenario: wardSystems },
    { id: 'compare-hypervisors', label: 'Compare hypervisors', scenario: wardSystems },
  ],
  scenario: wardSystems,
};

type Block = { type: string; text?: { text: string }; fields?: { text: string }[]; elements?: Record<string, unknown>[] };

describe('renderAnswerBlocks', () => {
  it('renders header, headline, key figures as fields, the table, the notes and the buttons in that order', () => {
    const { text, blocks } = renderAnswerBlocks(whatIf);
    expect(text).toBe(whatIf.headline);
    expect(blocks.map((b) => b.type)).toEqual(['header', 'section', 'section', 'section', 'context', 'actions']);
    const [header, headline, figures, table, context] = blocks as Block[];
    expect(header?.text?.text).toBe('What if: ward-systems');
    expect(headline?.text?.text).toContain('saves £412k over 5 years');
    expect(figures?.fields?.map((f) => f.text)).toEqual(['*Hosts*\n3 (N+1)', '*NPV*\n£371k', '*Payback*\n19 months']);
    expect(table?.text?.text).toContain('*Cost by year*\n```\nYear  Do nothing  Option');
    expect(table?.text?.text).toContain('\n   1    £120,000  £310,000\n   2    £118,000   £40,000\n');
    expect(context?.elements?.map((e) => e.text)).toEqual(whatIf.notes);
  });

  it('gives each button its ActionId and the scenario in its value', () => {
    const actions = renderAnswerBlocks(whatIf).blocks.at(-1) as { elements: { action_id: string; value: string; style?: string }[] };
    expect(actions.elements.map((e) => e.action_id)).toEqual(['business-case', 'show-assumptions', 'compare-hypervisors']);
    expect(actions.elements[0]?.style).toBe('primary');
    expect(decodeButtonValue(actions.elements[0]?.value).scenario).toMatchObject(wardSystems);
  });

  it('makes the action_ids of several clarifying choices unique and carries each question', () => {
    const clarify: Answer = {
      kind: 'clarify', headline: 'Which "path" did you mean?', figures: [], tables: [], notes: [], actions: [
        { id: 'ask', label: 'Pathology LIMS', question: 'what if we consolidate pathology lims?' },
        { id: 'ask', label: 'Pathology archive', question: 'what if we consolidate pathology archive?' },
      ],
    };
    const actions = renderAnswerBlocks(clarify).blocks.at(-1) as { elements: { action_id: string; value: string }[] };
    expect(actions.elements.map((e) => e.action_id)).toEqual(['ask', 'ask:1']);
    expect(decodeButtonValue(actions.elements[1]?.value).question).toBe('what if we consolidate pathology archive?');
  });

  it('shows names from an inventory as text, never as mentions or links, in the blocks and the notification text', () => {
    const hostile: Answer = { ...whatIf, headline: 'Server <!channel> & <https://evil.example|click>', figures: [{ label: '<@U0BOSS>', value: '1' }] };
    const json = JSON.stringify(renderAnswerBlocks(hostile));
    expect(json).not.toContain('<!channel>');
    expect(json).not.toContain('<@U0BOSS>');
    expect(json).toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;');
  });

  it("stays within Slack's limits for a long answer: 50 blocks, 10 fields a section, 3,000 characters a text", () => {
    const big: Answer = {
      ...whatIf,
      headline: 'x'.repeat(5000),
      figures: Array.from({ length: 25 }, (_, i) => ({ label: `Figure ${i}`, value: String(i) })),
      tables: Array.from({ length: 60 }, (_, t) => ({ title: `T${t}`, columns: ['Server', 'Cores'], rows: Array.from({ length: 200 }, (_, i) => [`SRV-${i}`, String(i)]) })),
      notes: Array.from({ length: 14 }, (_, i) => `note ${i}`),
    };
    const { blocks } = renderAnswerBlocks(big) as { blocks: Block[] };
    expect(blocks.length).toBe(50);
    expect(blocks.at(-1)?.type).toBe('actions');
    for (const block of blocks) {
      expect(block.fields?.length ?? 0).toBeLessThanOrEqual(10);
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    }
    const firstTable = blocks.find((b) => b.text?.text.startsWith('*T0*'));
    expect(firstTable?.text?.text).toContain('… and 185 more rows');
  });
});

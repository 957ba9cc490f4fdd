import { describe, expect, it } from 'vitest';
import type { Answer } from '../../../bot/answer/answer.js';
import { renderAnswerText } from '../../../bot/terminal/render-answer-text.js';

const answer: Answer = {
  kind: 'what-if',
  headline: 'Consolidating Ward systems (24 servers) onto 3 x PowerEdge R660 hosts (N+1) saves £412k over 5 years.',
  figures: [
    { label: 'Hosts', value: '3 x PowerEdge R660 hosts (N+1)', raw: 3 },
    { label: 'NPV at 3.5%', value: '£371,000', raw: 37_100_000 },
  ],
  tables: [{ title: 'Costs', columns: ['', 'Do nothing', 'Saving'], rows: [['Running costs', '£1,000', '£700'], ['Total cost of ownership', '£12,000', '£8,000']] }],
  notes: ['Energy 25p/kWh.'],
  actions: [
    { id: 'business-case', label: 'Business case PDF' },
    { id: 'show-assumptions', label: 'Show assumptions' },
  ],
};

describe('answers as terminal text', () => {
  it('prints headline, aligned figures, a right-aligned money table, notes and numbered actions', () => {
    const text = renderAnswerText(answer, { width: 120, numberActions: true });
    expect(text.split('\n')[0]).toBe(answer.headline);
    expect(text).toContain('  Hosts        3 x PowerEdge R660 hosts (N+1)\n  NPV at 3.5%  £371,000');
    expect(text).toContain('  Running costs                £1,000    £700\n  Total cost of ownership     £12,000  £8,000');
    expect(text).toContain('- Energy 25p/kWh.');
    expect(text).toContain('[1] Business case PDF · [2] Show assumptions');
  });

  it('wraps long prose at the width and shortens very long cells', () => {
    const long: Answer = { ...answer, headline: 'word '.repeat(40).trim(), tables: [{ title: 'T', columns: ['Source'], rows: [['x'.repeat(200)]] }] };
    const lines = renderAnswerText(long, { width: 50 }).split('\n');
    expect(lines[0]!.length).toBeLessThanOrEqual(50);
    expect(lines.some((l) => l.trim() === `${'x'.repeat(59)}…`)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { summariseByOrganisation } from '../../../engine/estate/summarise-by-organisation.js';
import { summariseEstate } from '../../../engine/estate/summarise-estate.js';
import { loadInputs } from '../../../engine/io/load-inputs.js';

describe('summariseByOrganisation', () => {
  it('summarises each trust of sample:ics alone, in name order, the parts adding up to the whole estate', async () => {
    const { estate } = await loadInputs({ estate: 'sample:ics' });
    const parts = summariseByOrganisation(estate, '2026-11-25');
    const whole = summariseEstate(estate, '2026-11-25');
    expect(parts.map((p) => p.organisation)).toEqual(['Northfield Hospitals NHS Trust', 'Southmead Community Health NHS Trust', 'Westbrook Mental Health NHS Trust']);
    const add = (value: (s: typeof whole) => number) => parts.reduce((n, p) => n + value(p.summary), 0);
    expect(add((s) => s.servers.total)).toBe(whole.servers.total);
    expect(add((s) => s.servers.physical)).toBe(whole.servers.physical);
    expect(add((s) => s.outOfWarranty)).toBe(whole.outOfWarranty);
    expect(add((s) => s.annualSupportPence)).toBe(whole.annualSupportPence);
    expect(parts[0]!.summary).toEqual(summariseEstate({ ...estate, servers: estate.servers.filter((s) => s.organisation === parts[0]!.organisation) }, '2026-11-25'));
  });

  it('puts servers that name no organisation last, and gives nothing for an estate that names none', async () => {
    const { estate } = await loadInputs({ estate: 'sample:ics' });
    const [first, ...others] = estate.servers;
    const parts = summariseByOrganisation({ ...estate, servers: [{ ...first!, organisation: undefined }, ...others] }, '2026-11-25');
    expect(parts.at(-1)?.organisation).toBeUndefined();
    expect(parts.at(-1)?.summary.servers.total).toBe(1);
    expect(summariseByOrganisation((await loadInputs()).estate, '2026-11-25')).toEqual([]);
  });
});

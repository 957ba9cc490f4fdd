import { criticalityRank, type Criticality, type Server } from '../../engine/estate/server.js';
import type { BusinessCaseInput } from './business-case-input.js';

export interface MigrationWave {
  name: string;
  /** Months from approval. */
  start: number;
  end: number;
  servers: Server[];
}

const waves = [
  { levels: ['low', 'medium'] as Criticality[], start: 4, end: 6, name: 'Migration wave 1: low and medium criticality' },
  { levels: ['high'] as Criticality[], start: 6, end: 8, name: 'Migration wave 2: high criticality' },
  { levels: ['critical'] as Criticality[], start: 8, end: 10, name: 'Migration wave 3: critical clinical systems' },
];

/**
 * The servers the plan moves, in waves, least critical first so the method is proven before
 * clinical systems move. The month ranges are a planning assumption the programme board confirms.
 */
export function migrationWaves(input: BusinessCaseInput): MigrationWave[] {
  const byId = new Map(input.estate.servers.map((s) => [s.id, s]));
  const moved = input.preferred.evaluation.plan.placements.map((p) => byId.get(p.workload)).filter((s): s is Server => s !== undefined);
  return waves
    .map((w) => ({ name: w.name, start: w.start, end: w.end, servers: moved.filter((s) => w.levels.includes(s.criticality)).sort((a, b) => criticalityRank(b.criticality) - criticalityRank(a.criticality) || a.id.localeCompare(b.id)) }))
    .filter((w) => w.servers.length > 0);
}

import type { Server } from '../../engine/estate/server.js';
import { criticalityRank, type Criticality } from '../../engine/estate/server.js';
import { knownPurchaseYear, refreshDueYear } from '../../engine/tco/server-lifecycle.js';
import type { BusinessCaseInput } from './business-case-input.js';

export interface ServiceFacts {
  service: string;
  servers: number;
  physical: number;
  virtual: number;
  highestCriticality: Criticality;
  outOfWarranty: number;
  pastServiceLife: number;
}

/**
 * Descriptive facts about the inventory (counts, ages), using the TCO engine's own lifecycle
 * rules so "out of warranty" means the same here as in the do-nothing costs.
 */
export interface EstateFacts {
  servers: number;
  physical: number;
  virtual: number;
  sites: string[];
  services: ServiceFacts[];
  outOfWarranty: number;
  /** Ids of the physical servers out of warranty at year 0 (what SO1 counts). */
  outOfWarrantyIds: string[];
  pastServiceLife: number;
  serviceLifeYears: number;
  oldestPurchaseYear: number | undefined;
  year0: number;
}

export function estateFacts(input: BusinessCaseInput): EstateFacts {
  const { assumptions, appraisal } = input.preferred.evaluation;
  const calendar = {
    year0: appraisal.appraisalYear,
    horizonYears: appraisal.horizonYears,
    serviceLifeYears: assumptions.get('refresh.serviceLifeYears'),
    warrantyYears: assumptions.get('support.warrantyYears'),
  };
  const physical = input.estate.servers.filter((s) => s.kind === 'physical');
  const outOfWarranty = (s: Server) => {
    const end = s.warrantyEnd !== undefined ? Number(s.warrantyEnd.slice(0, 4)) : (knownPurchaseYear(s, calendar.warrantyYears) ?? Infinity) + calendar.warrantyYears;
    return s.kind === 'physical' && end < calendar.year0;
  };
  const pastLife = (s: Server) => {
    const bought = knownPurchaseYear(s, calendar.warrantyYears);
    return s.kind === 'physical' && bought !== undefined && refreshDueYear(bought, calendar) <= 0;
  };
  const byService = new Map<string, Server[]>();
  for (const s of input.estate.servers) byService.set(s.service, [...(byService.get(s.service) ?? []), s]);
  const years = physical.map((s) => knownPurchaseYear(s, calendar.warrantyYears)).filter((y): y is number => y !== undefined);
  return {
    servers: input.estate.servers.length,
    physical: physical.length,
    virtual: input.estate.servers.length - physical.length,
    sites: [...new Set(input.estate.servers.map((s) => s.site))].sort(),
    services: [...byService.entries()]
      .map(([service, servers]) => ({
        service,
        servers: servers.length,
        physical: servers.filter((s) => s.kind === 'physical').length,
        virtual: servers.filter((s) => s.kind === 'virtual').length,
        highestCriticality: servers.map((s) => s.criticality).reduce((a, b) => (criticalityRank(b) > criticalityRank(a) ? b : a)),
        outOfWarranty: servers.filter(outOfWarranty).length,
        pastServiceLife: servers.filter(pastLife).length,
      }))
      .sort((a, b) => criticalityRank(b.highestCriticality) - criticalityRank(a.highestCriticality) || b.servers - a.servers || a.service.localeCompare(b.service)),
    outOfWarranty: physical.filter(outOfWarranty).length,
    outOfWarrantyIds: physical.filter(outOfWarranty).map((s) => s.id),
    pastServiceLife: physical.filter(pastLife).length,
    serviceLifeYears: calendar.serviceLifeYears,
    oldestPurchaseYear: years.length > 0 ? Math.min(...years) : undefined,
    year0: calendar.year0,
  };
}

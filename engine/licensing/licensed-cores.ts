import type { CoreLicenceRule } from './licensing-catalogue.js';

/**
 * Cores a per-core licence must cover on one server: every physical core, at least
 * `minCoresPerCpu` per processor and `minCoresPerServer` per server, rounded up to whole packs.
 *
 * @example licensedCores({ sockets: 2, coresPerSocket: 6 }, { minCoresPerCpu: 8, minCoresPerServer: 16, packSize: 2 }) // 16
 */
export function licensedCores(server: { sockets: number; coresPerSocket: number }, rule: CoreLicenceRule): number {
  const perCpu = Math.max(server.coresPerSocket, rule.minCoresPerCpu);
  const cores = Math.max(server.sockets * perCpu, rule.minCoresPerServer);
  return Math.ceil(cores / rule.packSize) * rule.packSize;
}

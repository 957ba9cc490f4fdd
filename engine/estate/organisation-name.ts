import type { Server } from './server.js';

/**
 * The organisation a server's figures are reported under: its `organisation`, or "Unassigned"
 * when an estate that names organisations leaves it blank. One name, so the appraisal's split
 * and the monthly summary's rows meet on the same key.
 *
 * @example organisationName({ organisation: undefined }) // -> 'Unassigned'
 */
export function organisationName(server: Pick<Server, 'organisation'>): string {
  return server.organisation ?? 'Unassigned';
}

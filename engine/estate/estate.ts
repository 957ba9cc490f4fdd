import type { Server } from './server.js';

/** The servers a trust runs, as of a date, with where they came from. */
export interface Estate {
  servers: Server[];
  /** Date the inventory describes (YYYY-MM-DD), when known. */
  asOf?: string;
  /** File or snapshot name, for traceability in answers and reports. */
  source: string;
}

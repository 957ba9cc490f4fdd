import type { HostInUse } from './host-in-use.js';
import type { LicenceInUse } from './licence-in-use.js';
import type { Server } from './server.js';

/** The servers a trust runs, as of a date, with where they came from. */
export interface Estate {
  servers: Server[];
  /**
   * The virtualisation hosts the virtual servers run on today (a server's `host` names one).
   * Absent or empty for an estate that lists only servers: then virtual servers carry no host cost.
   */
  hosts?: HostInUse[];
  /** Today's hypervisor licences, when the inventory says (RVTools vLicense); otherwise assumptions apply. */
  licences?: LicenceInUse[];
  /** Date the inventory describes (YYYY-MM-DD), when known. */
  asOf?: string;
  /** File or snapshot name, for traceability in answers and reports. */
  source: string;
}

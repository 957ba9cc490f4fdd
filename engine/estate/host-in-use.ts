import { z } from 'zod';
import { poundsToPence } from '../money.js';

/**
 * A virtualisation host the trust runs today (RVTools vHost, a hosts-in-use CSV, or a physical
 * server of the canonical estate whose OS is a hypervisor). Most trusts are mostly virtual: the
 * do-nothing case of such an estate is these hosts, their support, power, space, refresh and
 * hypervisor licences, not the VMs on them. The schema is the single source of the type; the
 * columns are those of the hosts-in-use CSV (docs/data-formats.md).
 *
 * Defaults: cluster = the host's own name, site "Main", hypervisor vmware; blank support = not
 * recorded (support.defaultPerHost applies), 0 = recorded as free; blank power = estimated from
 * the CPU (docs/model.md); blank purchase year = estimated from the CPU model's launch year.
 */
const whole = (what: string, min: number) =>
  z.coerce.number({ error: `expected ${what}` }).int({ error: `expected ${what}` }).min(min, { error: `expected ${what}` });
const between = (what: string, min: number, max: number) =>
  z.coerce.number({ error: `expected ${what} from ${min} to ${max}` }).min(min, { error: `expected ${what} from ${min} to ${max}` }).max(max, { error: `expected ${what} from ${min} to ${max}` });

export const currentHypervisors = ['vmware', 'hyperv', 'proxmox', 'other'] as const;

export const hostInUseSchema = z
  .object({
    id: z.coerce.string().trim().min(1, { error: 'expected a host name' }),
    cluster: z.string().trim().min(1).optional(),
    site: z.string().trim().min(1).default('Main'),
    vendor: z.string().trim().default(''),
    model: z.string().trim().default(''),
    cpu_model: z.string().trim().default(''),
    sockets: whole('a whole number of CPU sockets from 1 to 16', 1).max(16, { error: 'expected a whole number of CPU sockets from 1 to 16' }),
    cores_per_socket: whole('a whole number of cores per socket from 1 to 256', 1).max(256, { error: 'expected a whole number of cores per socket from 1 to 256' }),
    ram_gb: between('RAM in GB', 1, 65_536),
    cpu_util: between('CPU use in per cent', 0, 100).optional(),
    mem_util: between('memory use in per cent', 0, 100).optional(),
    power_watts: between('power in watts', 0, 20_000).optional(),
    rack_units: whole('a whole number of rack units from 0 to 20', 0).max(20, { error: 'expected a whole number of rack units from 0 to 20' }).default(2),
    purchase_year: whole('a year from 1990 to 2100', 1990).max(2100, { error: 'expected a year from 1990 to 2100' }).optional(),
    warranty_end: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' }).optional(),
    annual_support_gbp: between('an annual support cost in pounds', 0, 1_000_000).optional(),
    hypervisor: z.string().trim().toLowerCase().pipe(z.enum(currentHypervisors, { error: 'expected vmware, hyperv, proxmox or other' })).default('vmware'),
  })
  .transform((h) => ({
    id: h.id,
    cluster: h.cluster ?? h.id,
    site: h.site,
    vendor: h.vendor,
    model: h.model,
    cpuModel: h.cpu_model,
    sockets: h.sockets,
    coresPerSocket: h.cores_per_socket,
    cores: h.sockets * h.cores_per_socket,
    ramGb: h.ram_gb,
    cpuUtil: h.cpu_util,
    memUtil: h.mem_util,
    powerWatts: h.power_watts,
    rackUnits: h.rack_units,
    purchaseYear: h.purchase_year,
    warrantyEnd: h.warranty_end,
    annualSupportPence: h.annual_support_gbp === undefined ? undefined : poundsToPence(h.annual_support_gbp),
    hypervisor: h.hypervisor,
  }));

export type HostInUse = z.output<typeof hostInUseSchema>;
export type HostInUseRow = z.input<typeof hostInUseSchema>;

/** The hosts-in-use CSV columns, in file order. */
export const hostInUseColumns = [
  'id', 'cluster', 'site', 'vendor', 'model', 'cpu_model', 'sockets', 'cores_per_socket', 'ram_gb',
  'cpu_util', 'mem_util', 'power_watts', 'rack_units', 'purchase_year', 'warranty_end', 'annual_support_gbp', 'hypervisor',
] as const;

import { z } from 'zod';
import { poundsToPence } from '../money.js';

const positiveInt = (what: string) =>
  z.coerce.number({ error: `expected ${what}` }).int({ error: `expected ${what}` }).min(1, { error: `expected ${what}` });
const nonNegative = (what: string) =>
  z.coerce.number({ error: `expected ${what}` }).min(0, { error: `expected ${what}` });

/** One purchasable virtualisation host model from the catalogue (data/hosts.csv). */
export const hostModelSchema = z
  .object({
    model: z.coerce.string().trim().min(1, { error: 'expected a model name' }),
    vendor: z.string().trim().min(1, { error: 'expected a vendor' }),
    form_factor: z.string().trim().default('rack'),
    sockets: positiveInt('a whole number of sockets, 1 or more'),
    cores_per_socket: positiveInt('a whole number of cores per socket, 1 or more'),
    core_perf: z.coerce.number({ error: 'expected a relative per-core performance above 0' }).positive({
      error: 'expected a relative per-core performance above 0',
    }),
    ram_gb: positiveInt('RAM in GB, 1 or more'),
    storage_gb: nonNegative('local storage in GB, 0 or more').default(0),
    watts_idle: nonNegative('idle power in watts'),
    watts_max: nonNegative('maximum power in watts'),
    rack_units: nonNegative('rack units'),
    price_gbp: nonNegative('a price in pounds'),
    annual_support_gbp: nonNegative('an annual support cost in pounds'),
    /**
     * The year the model was on sale, for an era catalogue (data/cases/hosts-2008.csv); blank for
     * today's. The option is licensed under the rules in force that year (engine/licensing).
     */
    year: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number({ error: 'expected a calendar year' }).int({ error: 'expected a calendar year' }).min(1990, { error: 'expected a calendar year' }).max(2100, { error: 'expected a calendar year' }).optional()),
    source: z.string().trim().default(''),
  })
  .refine((h) => h.watts_max >= h.watts_idle, { error: 'expected watts_max to be at least watts_idle', path: ['watts_max'] })
  .transform((h) => ({
    model: h.model,
    vendor: h.vendor,
    formFactor: h.form_factor,
    sockets: h.sockets,
    coresPerSocket: h.cores_per_socket,
    cores: h.sockets * h.cores_per_socket,
    corePerf: h.core_perf,
    ramGb: h.ram_gb,
    storageGb: h.storage_gb,
    wattsIdle: h.watts_idle,
    wattsMax: h.watts_max,
    rackUnits: h.rack_units,
    pricePence: poundsToPence(h.price_gbp),
    annualSupportPence: poundsToPence(h.annual_support_gbp),
    year: h.year,
    source: h.source,
  }));

export type HostModel = z.output<typeof hostModelSchema>;
export type HostModelRow = z.input<typeof hostModelSchema>;

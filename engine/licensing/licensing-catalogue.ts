import { z } from 'zod';
import licensing2008Data from '../../data/licensing-2008.json' with { type: 'json' };
import licensingData from '../../data/licensing.json' with { type: 'json' };
import { hypervisorSchema } from '../scenario/scenario.js';

/**
 * The licensing rules of data/licensing.json: how each product counts what it licenses, and
 * which assumption key holds its price. Rules are reference data shipped with the code (they
 * change with vendor terms, not with a trust's inputs), so they are imported, not loaded.
 */
const sourceSchema = z.object({ title: z.string().min(1), url: z.string().url(), date: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/) });

const ruleFields = {
  product: z.string().min(1),
  priceKey: z.string().min(1),
  assuranceKey: z.string().min(1).optional(),
  minCoresPerCpu: z.number().int().min(0),
  minCoresPerServer: z.number().int().min(0),
  packSize: z.number().int().min(1),
  sources: z.array(sourceSchema).min(1, { error: 'every licensing rule needs a source' }),
};

export const licenceMetricSchema = z.enum(['core-year', 'core-perpetual', 'socket-year', 'socket-perpetual']);
export type LicenceMetric = z.infer<typeof licenceMetricSchema>;

export const hypervisorLicenceSchema = z
  .object({
    ...ruleFields,
    vendor: z.string().min(1),
    metric: licenceMetricSchema,
    minCoresPerOrder: z.number().int().min(0),
    coversWindowsGuests: z.boolean(),
    notes: z.string().default(''),
  })
  .refine((r) => !r.metric.endsWith('-perpetual') || r.assuranceKey !== undefined, {
    error: 'a perpetual licence needs an assuranceKey for its yearly Software Assurance',
    path: ['assuranceKey'],
  });

export const windowsLicenceSchema = z.object({ ...ruleFields, metric: z.enum(['core-perpetual', 'socket-perpetual']), assuranceKey: z.string().min(1) });

export const licensingCatalogueSchema = z.object({
  reviewed: z.string(),
  /** Calendar years the rules were in force; an era file covers a past period, today's has no end. */
  era: z.object({ from: z.number().int(), to: z.number().int().optional() }),
  hypervisors: z.record(hypervisorSchema, hypervisorLicenceSchema),
  windowsGuests: z.object({ datacenter: windowsLicenceSchema, standard: windowsLicenceSchema }),
});

export type HypervisorLicence = z.output<typeof hypervisorLicenceSchema>;
export type WindowsLicence = z.output<typeof windowsLicenceSchema>;
export type LicensingCatalogue = z.output<typeof licensingCatalogueSchema>;
export type CoreLicenceRule = Pick<HypervisorLicence, 'minCoresPerCpu' | 'minCoresPerServer' | 'packSize'>;

let parsed: LicensingCatalogue[] | undefined;

/**
 * The bundled licensing rules in force in `year` (validated once): today's (data/licensing.json)
 * unless an era file covers the year, as data/licensing-2008.json does 2006-2011, when VMware
 * and Windows Server Datacenter were sold per CPU socket. No year means today's rules.
 *
 * @example licensingCatalogue(2008).hypervisors.vmware.metric // 'socket-perpetual'
 */
export function licensingCatalogue(year?: number): LicensingCatalogue {
  parsed ??= [licensingData, licensing2008Data].map((d) => licensingCatalogueSchema.parse(d));
  const [current, ...eras] = parsed;
  if (year === undefined) return current!;
  return eras.find((c) => c.era.from <= year && year <= (c.era.to ?? year)) ?? current!;
}


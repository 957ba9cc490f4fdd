import { z } from 'zod';
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

export const licenceMetricSchema = z.enum(['core-year', 'core-perpetual', 'socket-year']);
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
  .refine((r) => r.metric !== 'core-perpetual' || r.assuranceKey !== undefined, {
    error: 'a perpetual licence needs an assuranceKey for its yearly Software Assurance',
    path: ['assuranceKey'],
  });

export const windowsLicenceSchema = z.object({ ...ruleFields, metric: z.literal('core-perpetual'), assuranceKey: z.string().min(1) });

export const licensingCatalogueSchema = z.object({
  reviewed: z.string(),
  hypervisors: z.record(hypervisorSchema, hypervisorLicenceSchema),
  windowsGuests: z.object({ datacenter: windowsLicenceSchema, standard: windowsLicenceSchema }),
});

export type HypervisorLicence = z.output<typeof hypervisorLicenceSchema>;
export type WindowsLicence = z.output<typeof windowsLicenceSchema>;
export type LicensingCatalogue = z.output<typeof licensingCatalogueSchema>;
export type CoreLicenceRule = Pick<HypervisorLicence, 'minCoresPerCpu' | 'minCoresPerServer' | 'packSize'>;

let parsed: LicensingCatalogue | undefined;

/** The bundled licensing rules, validated once. */
export function licensingCatalogue(): LicensingCatalogue {
  parsed ??= licensingCatalogueSchema.parse(licensingData);
  return parsed;
}


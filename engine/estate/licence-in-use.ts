import { z } from 'zod';
import { poundsToPence } from '../money.js';

/**
 * A licence the trust holds today for its virtualisation platform (RVTools vLicense, or a
 * licences CSV/JSON). Licence keys are the customer's secrets: no schema field holds one, and
 * importers must drop them. Blank price = the assumption for the product applies; blank renewal
 * = renewed every year from the appraisal's start.
 */
export const licenceUnits = ['core', 'socket', 'host', 'vm', 'other'] as const;

export const licenceInUseSchema = z
  .object({
    product: z.string().trim().min(1, { error: 'expected a product name' }),
    hypervisor: z.string().trim().toLowerCase().pipe(z.enum(['vmware', 'hyperv', 'proxmox', 'other'], { error: 'expected vmware, hyperv, proxmox or other' })).default('vmware'),
    unit: z.string().trim().toLowerCase().pipe(z.enum(licenceUnits, { error: 'expected core, socket, host, vm or other' })),
    quantity: z.coerce.number({ error: 'expected a whole number from 0 to 1,000,000' }).int({ error: 'expected a whole number from 0 to 1,000,000' }).min(0).max(1_000_000),
    used: z.coerce.number({ error: 'expected a whole number from 0 to 1,000,000' }).int().min(0).max(1_000_000).optional(),
    renewal_date: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' }).optional(),
    annual_price_gbp: z.coerce.number({ error: 'expected an annual price in pounds from 0 to 100,000,000' }).min(0).max(100_000_000).optional(),
  })
  .transform((l) => ({
    product: l.product,
    hypervisor: l.hypervisor,
    unit: l.unit,
    quantity: l.quantity,
    used: l.used,
    renewalDate: l.renewal_date,
    annualPricePence: l.annual_price_gbp === undefined ? undefined : poundsToPence(l.annual_price_gbp),
  }));

export type LicenceInUse = z.output<typeof licenceInUseSchema>;
export type LicenceInUseRow = z.input<typeof licenceInUseSchema>;

/** The licences CSV columns, in file order. */
export const licenceInUseColumns = ['product', 'hypervisor', 'unit', 'quantity', 'used', 'renewal_date', 'annual_price_gbp'] as const;

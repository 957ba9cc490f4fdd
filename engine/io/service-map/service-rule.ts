import { z } from 'zod';
import { criticalitySchema } from '../../estate/server.js';

/**
 * One rule of a service map (--service-map): VMs whose folder, annotation, name or a vInfo
 * column (a vCenter custom attribute) matches `pattern` get the rule's service, criticality and
 * environment. The pattern is a glob matched against the whole value, case-insensitively:
 * `*` any run of characters, `?` one character (e.g. `/Trust/Pathology/*`, `PACS-*`).
 * The schema is the single source of the type; CSV columns and JSON keys are these names.
 */
export const serviceRuleSchema = z
  .object({
    match: z
      .string()
      .trim()
      .regex(/^(folder|annotation|name|attribute:.+)$/i, { error: 'expected folder, annotation, name or attribute:COLUMN (a vInfo column such as a custom attribute)' }),
    pattern: z.string().trim().min(1, { error: 'expected a pattern such as /Trust/Pathology/* or PACS-*' }),
    service: z.string().trim().min(1).optional(),
    criticality: criticalitySchema.optional(),
    environment: z.string().trim().toLowerCase().min(1).optional(),
  })
  .refine((r) => r.service !== undefined || r.criticality !== undefined || r.environment !== undefined, {
    error: 'expected at least one of service, criticality, environment',
    path: ['service'],
  })
  .transform((r) => ({
    field: r.match.toLowerCase().startsWith('attribute:') ? 'attribute' as const : (r.match.toLowerCase() as 'folder' | 'annotation' | 'name'),
    attribute: r.match.toLowerCase().startsWith('attribute:') ? r.match.slice('attribute:'.length).trim() : undefined,
    pattern: globRegExp(r.pattern),
    patternText: r.pattern,
    set: {
      ...(r.service !== undefined ? { service: r.service } : {}),
      ...(r.criticality !== undefined ? { criticality: r.criticality } : {}),
      ...(r.environment !== undefined ? { environment: r.environment } : {}),
    },
  }));

export type ServiceRule = z.output<typeof serviceRuleSchema>;

/** The service-map CSV columns, in file order. */
export const serviceRuleColumns = ['match', 'pattern', 'service', 'criticality', 'environment'] as const;

function globRegExp(glob: string): RegExp {
  const body = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${body}$`, 'is');
}

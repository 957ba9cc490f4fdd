import { z } from 'zod';
import { InputError } from '../../engine/errors.js';

/**
 * Who may read the papers. `public`: a board meeting held in public, so nothing that helps an
 * attacker (hostnames, addresses, rooms, which server runs where) is printed. `restricted`: the
 * same papers plus the technical annex (inventory, placement, migration waves by server).
 */
export const audiences = ['public', 'restricted'] as const;
export type Audience = (typeof audiences)[number];

export const audienceSchema = z.enum(audiences, { error: `expected ${audiences.join(' or ')}` });

/**
 * The audience named on the command line or in a request.
 *
 * @example parseAudience('restricted', '--audience') // 'restricted'
 */
export function parseAudience(value: string, field: string): Audience {
  const result = audienceSchema.safeParse(value.trim().toLowerCase());
  if (!result.success) throw new InputError([{ file: field, message: `expected ${audiences.join(' or ')}, got "${value}"` }]);
  return result.data;
}

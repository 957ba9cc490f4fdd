import type { AssumptionSet } from '../assumptions/assumption-set.js';

/** What pricing needs from an assumption set: a value per key (unknown keys throw AssumptionError). */
export type AssumptionReader = Pick<AssumptionSet, 'get'>;

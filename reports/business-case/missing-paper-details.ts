import { requiredPaperItems, type PaperDetails } from './paper-details.js';

/**
 * The board details not set, as `field (what it is)`, for the CLI's warning before it renders.
 *
 * @example missingPaperDetails({ purpose: 'approval' })[0] // 'organisation (trust name)'
 */
export function missingPaperDetails(details: PaperDetails): string[] {
  return Object.entries(requiredPaperItems)
    .filter(([field]) => details[field as keyof PaperDetails] === undefined)
    .map(([field, label]) => `${field} (${label})`);
}

import type { InputWarning } from '../input-table.js';
import type { VmFacts } from '../rvtools/rvtools-estate-rows.js';
import type { RowToValidate } from '../validate-rows.js';
import type { ServiceRule } from './service-rule.js';

/** Unmatched VMs named in the warning; the rest are counted. */
const NAMES_SHOWN = 20;

/**
 * Sets service, criticality and environment from a service map. For each of the three, the first
 * rule (in file order) that matches the VM and sets it wins; a value the VM already carries (a
 * canonical column, an annotation line, a custom attribute named like the column) is kept,
 * because it was written about that VM. VMs no rule matches are listed in one warning.
 */
export function applyServiceMap(rows: readonly (RowToValidate & { facts: VmFacts })[], rules: readonly ServiceRule[], file: string): InputWarning[] {
  const unmatched: string[] = [];
  for (const row of rows) {
    let matched = false;
    for (const rule of rules) {
      const value = factValue(row.facts, rule);
      if (value === undefined || !rule.pattern.test(value)) continue;
      matched = true;
      for (const [key, setTo] of Object.entries(rule.set)) {
        if (row.values[key] !== undefined) continue;
        row.values[key] = setTo;
        row.sourceColumns = { ...row.sourceColumns, [key]: `service map (${rule.field === 'attribute' ? `attribute:${rule.attribute}` : rule.field} ${rule.patternText})` };
      }
    }
    if (!matched) unmatched.push(row.facts.name);
  }
  if (unmatched.length === 0) return [];
  const shown = unmatched.slice(0, NAMES_SHOWN).join(', ');
  const more = unmatched.length > NAMES_SHOWN ? ` and ${unmatched.length - NAMES_SHOWN} more` : '';
  return [{ file, message: `${unmatched.length} of ${rows.length} servers matched no rule, so keep their own service (or "Unassigned"): ${shown}${more}` }];
}

function factValue(facts: VmFacts, rule: ServiceRule): string | undefined {
  switch (rule.field) {
    case 'folder':
      return facts.folder;
    case 'annotation':
      return facts.annotation;
    case 'name':
      return facts.name;
    case 'attribute': {
      const wanted = rule.attribute?.toLowerCase();
      const column = Object.keys(facts.cells).find((c) => c.toLowerCase() === wanted);
      return column === undefined ? undefined : facts.cells[column];
    }
  }
}

/**
 * The words the question rules look for. Typos of these ("consolodate", "warrenty",
 * "asumptions", "hypervisers", "electricty") are corrected before the rules run, so each rule
 * can stay a plain regular expression.
 */
export const ruleWords = [
  'consolidate', 'consolidating', 'consolidation', 'consolidated', 'virtualise', 'virtualised', 'virtualising',
  'virtualisation', 'virtualisable', 'virtualize', 'virtualized', 'virtualization', 'warranty', 'warranties',
  'assumptions', 'assumption', 'assuming', 'hypervisor', 'hypervisors', 'compare', 'comparison', 'compared',
  'sensitivity', 'sensitive', 'electricity', 'headroom', 'replicate', 'replication', 'replicated', 'disaster',
  'recovery', 'mirrored', 'mirror', 'business', 'summary', 'monthly', 'servers', 'server', 'service', 'services',
  'system', 'systems', 'everything', 'estate', 'energy', 'carbon', 'emissions', 'breakeven', 'break-even', 'payback',
  'cheapest', 'cheaper', 'options', 'matters', 'consumers', 'biggest', 'largest', 'physical', 'virtual', 'hosts',
  'years', 'growth', 'discount', 'migrate', 'migration', 'savings', 'save', 'would', 'about', 'which', 'what',
  'whole', 'entire', 'without', 'with', 'model', 'models', 'vendor', 'boxes', 'power', 'price', 'cost', 'costs',
  'help', 'examples', 'questions', 'report', 'paper', 'board', 'probability', 'confident', 'scenario', 'scenarios',
  'compared', 'versus', 'matter', 'driver', 'drivers', 'oldest', 'month', 'please', 'there', 'their', 'these',
  'those', 'where', 'should', 'could', 'might', 'using', 'over', 'horizon', 'capacity', 'overcommit', 'optimism',
] as const;

/**
 * Words the rules own that sit a letter or two from a common name ("maturity" and "Maternity"):
 * never read as a name, and never a spelling correction either, so "maternty" stays Maternity.
 */
export const closeToNames = ['maturity', 'mature', 'nimm'] as const;

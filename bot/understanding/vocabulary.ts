import type { Estate } from '../../engine/estate/estate.js';
import type { HostModel } from '../../engine/hosts/host-model.js';
import type { Hypervisor } from '../../engine/scenario/scenario.js';
import type { Aliases } from './load-aliases.js';
import { stopwords } from './stopwords.js';

export type MentionKind = 'service' | 'site' | 'environment' | 'host-model' | 'vendor' | 'hypervisor' | 'server' | 'os' | 'organisation';

/** One phrase the question parser recognises, and what it names. */
export interface VocabularyEntry {
  /** Lower-case phrase as people type it. */
  phrase: string;
  kind: MentionKind;
  /** Names in the estate's/catalogue's own spelling; several for a group ("clinical systems"). */
  targets: string[];
  /**
   * A single word shared by several names ("email" for "Email" and "Email archive" would not be,
   * "sql" for "Finance SQL" and "Clinical SQL" is): the parser must ask which one was meant.
   */
  ambiguous: boolean;
}

/** Everything the parser may recognise in one trust's questions. */
export interface Vocabulary {
  entries: VocabularyEntry[];
  services: string[];
  sites: string[];
  environments: string[];
  hostModels: string[];
  vendors: string[];
  operatingSystems: string[];
  /** The estate's organisations (trusts), when it names them; empty otherwise. */
  organisations: string[];
}

/** Words that say what kind of thing something is, never which one. */
export const genericWords: ReadonlySet<string> = new Set([
  'system', 'systems', 'service', 'services', 'server', 'servers', 'platform', 'platforms', 'infrastructure',
  'app', 'apps', 'application', 'applications', 'cluster', 'clusters', 'box', 'boxes', 'host', 'hosts',
  'estate', 'site', 'sites', 'stuff', 'kit', 'environment', 'machines', 'machine', 'vms', 'vm',
]);

/**
 * Builds the phrases the parser matches from the loaded estate and catalogue (never from a
 * hard-coded list of names) plus the curated aliases: each name, its parts ("Radiology PACS/RIS"
 * -> "radiology pacs", "ris", "radiology", "pacs"), and the aliases whose target exists.
 */
export function buildVocabulary(estate: Estate, hosts: readonly HostModel[], aliases: Aliases): Vocabulary {
  const services = distinct(estate.servers.map((s) => s.service));
  const sites = distinct(estate.servers.map((s) => s.site));
  const environments = distinct(estate.servers.map((s) => s.environment));
  const hostModels = distinct(hosts.map((h) => h.model));
  const vendors = distinct(hosts.map((h) => h.vendor));
  const operatingSystems = distinct(estate.servers.map((s) => s.os).filter((os) => os.trim().length > 0));
  const organisations = distinct(estate.servers.flatMap((s) => (s.organisation === undefined ? [] : [s.organisation])));

  const book = new PhraseBook();
  for (const name of services) addNameWithParts(book, 'service', name);
  for (const [app, names] of appServices(estate)) book.add('service', app, names, false);
  for (const [name, list] of Object.entries(aliases.services)) book.addAll('service', list, find(services, name));
  for (const name of sites) {
    addNameWithParts(book, 'site', name);
    book.add('site', `${name.toLowerCase()} site`, [name], true);
  }
  for (const [name, list] of Object.entries(aliases.sites)) book.addAll('site', list, find(sites, name));
  for (const name of environments) book.add('environment', name.toLowerCase(), [name], true);
  for (const [name, list] of Object.entries(aliases.environments)) book.addAll('environment', list, find(environments, name));
  const namesOf = { service: services, site: sites, environment: environments };
  for (const group of aliases.groups) {
    const targets = group.names.flatMap((name) => find(namesOf[group.kind], name));
    book.addAll(group.kind, group.aliases, targets);
  }
  for (const host of hosts) addHostModel(book, host);
  for (const name of vendors) book.add('vendor', name.toLowerCase(), [name], true);
  for (const [name, list] of Object.entries(aliases.vendors)) book.addAll('vendor', list, find(vendors, name));
  for (const [name, list] of Object.entries(aliases.hypervisors) as [Hypervisor, string[]][]) book.addAll('hypervisor', list, [name]);
  for (const server of estate.servers) book.add('server', server.id.toLowerCase(), [server.id], true);
  for (const [phrase, targets] of operatingSystemPhrases(operatingSystems)) book.add('os', phrase, targets, true);
  for (const name of organisations) addOrganisation(book, name);

  return { entries: book.entries(), services, sites, environments, hostModels, vendors, operatingSystems, organisations };
}

/** Collects phrases; a derived word claimed by two names becomes ambiguous unless curated. */
class PhraseBook {
  private readonly byKey = new Map<string, VocabularyEntry & { curated: boolean }>();

  add(kind: MentionKind, phrase: string, targets: string[], curated: boolean): void {
    const text = phrase.trim().toLowerCase().replace(/\s+/g, ' ');
    if (text.length < 2 || targets.length === 0) return;
    const key = `${kind}\u0000${text}`;
    const existing = this.byKey.get(key);
    if (!existing) {
      this.byKey.set(key, { phrase: text, kind, targets: distinct(targets), ambiguous: !curated && distinct(targets).length > 1, curated });
      return;
    }
    if (existing.curated && !curated) return;
    if (curated && !existing.curated) {
      this.byKey.set(key, { phrase: text, kind, targets: [...targets], ambiguous: false, curated });
      return;
    }
    const merged = distinct([...existing.targets, ...targets]);
    // Two derived words colliding means the word alone cannot say which name was meant.
    existing.ambiguous = !curated && merged.length > 1;
    existing.targets = merged;
  }

  addAll(kind: MentionKind, phrases: readonly string[], targets: string[]): void {
    for (const phrase of phrases) this.add(kind, phrase, targets, true);
  }

  entries(): VocabularyEntry[] {
    return [...this.byKey.values()].map(({ phrase, kind, targets, ambiguous }) => ({ phrase, kind, targets, ambiguous }));
  }
}

function addNameWithParts(book: PhraseBook, kind: MentionKind, name: string): void {
  const lower = name.toLowerCase();
  book.add(kind, lower, [name], true);
  const parts = lower.split(/\s*(?:\/|,|\s-\s|\band\b|\(|\))\s*/).filter((p) => p.length > 1);
  for (const part of parts) book.add(kind, part, [name], false);
  const words = lower.split(/[^a-z0-9+]+/).filter((w) => w.length > 1);
  const specific = words.filter((w) => !genericWords.has(w) && !stopwords.has(w));
  if (specific.length > 0 && specific.length < words.length) book.add(kind, specific.join(' '), [name], false);
  for (const word of specific) if (word.length >= 3) book.add(kind, word, [name], false);
}

/** Words every trust's name has, which never say which trust ("NHS", "Foundation Trust"). */
const organisationWords: ReadonlySet<string> = new Set(['nhs', 'trust', 'foundation', 'ft', 'the', 'of', 'and', 'university', 'teaching']);

/**
 * "Northfield Hospitals NHS Trust" -> itself, "northfield hospitals", "northfield", "northfield
 * trust", "hospitals trust": what people call a trust; a word two trusts share ("health") asks which.
 */
function addOrganisation(book: PhraseBook, name: string): void {
  const lower = name.toLowerCase();
  book.add('organisation', lower, [name], true);
  const specific = lower.split(/[^a-z0-9&]+/).filter((w) => w.length > 1 && !organisationWords.has(w));
  for (let from = 0; from < specific.length; from++) {
    for (let to = from + 1; to <= specific.length; to++) {
      const run = specific.slice(from, to).join(' ');
      book.add('organisation', `${run} trust`, [name], false);
      if (to - from > 1 || run.length >= 3) book.add('organisation', run, [name], false);
    }
  }
}

/** "Dell PowerEdge R760" -> itself, "poweredge r760", "r760"; model numbers are what people say. */
function addHostModel(book: PhraseBook, host: HostModel): void {
  const lower = host.model.toLowerCase();
  book.add('host-model', lower, [host.model], true);
  const vendor = host.vendor.toLowerCase();
  const withoutVendor = lower.startsWith(`${vendor} `) ? lower.slice(vendor.length + 1) : lower;
  book.add('host-model', withoutVendor, [host.model], false);
  book.add('host-model', `${vendor} ${withoutVendor}`, [host.model], true);
  // "Synergy 480s", "the R760s": people drop the generation and say models in the plural.
  const family = withoutVendor.split(/\s+/).filter((w) => !/^(?:gen\d+|v\d+)$/.test(w)).join(' ');
  if (family !== withoutVendor) book.add('host-model', family, [host.model], false);
  book.add('host-model', `${family}s`, [host.model], false);
  for (const word of withoutVendor.split(/\s+/)) {
    if (/\d/.test(word) && word.length >= 3) {
      for (const form of /^(?:gen\d+|v\d+)$/.test(word) ? [word] : [word, `${word}s`]) {
        book.add('host-model', form, [host.model], false);
        book.add('host-model', `${vendor} ${form}`, [host.model], false);
      }
    }
  }
}

/**
 * How people name operating systems, from the estate's own OS names: families ("windows",
 * "linux", "rhel", "ubuntu", "suse") and versions ("2008 r2", "windows 2016", "rhel 6",
 * "ubuntu 18.04"). A phrase that fits several names selects all of them ("windows 2008").
 */
function operatingSystemPhrases(names: readonly string[]): Map<string, string[]> {
  const phrases = new Map<string, string[]>();
  const add = (phrase: string, name: string) => phrases.set(phrase, [...new Set([...(phrases.get(phrase) ?? []), name])]);
  for (const name of names) {
    const lower = name.toLowerCase();
    add(lower, name);
    const windows = /^(?:microsoft )?windows(?: server)? (\d{4})( r2)?/.exec(lower);
    if (windows) {
      const [, year = '', r2 = ''] = windows;
      for (const family of ['windows', 'windows server', 'windows servers', 'ms windows', 'microsoft windows']) add(family, name);
      // W2K8 R2, 2K12: the short forms engineers write.
      for (const short of [`w2k${Number(year.slice(2))}`, `2k${Number(year.slice(2))}`, `win2k${Number(year.slice(2))}`]) {
        add(short, name);
        if (r2) add(`${short}${r2}`, name);
      }
      for (const prefix of ['windows', 'windows server', 'server', 'win', 'ws', 'win server']) {
        add(`${prefix} ${year}`, name);
        if (r2) add(`${prefix} ${year}${r2}`, name);
      }
      if (r2) add(`${year}${r2}`, name);
      continue;
    }
    if (/linux|ubuntu|suse|sles|centos|debian|rhel|red hat/.test(lower)) for (const family of ['linux', 'linux servers']) add(family, name);
    const rhel = /^red hat enterprise linux (\d+)/.exec(lower);
    if (rhel) {
      for (const family of ['red hat', 'redhat', 'rhel', 'red hat linux', 'red hat enterprise linux']) {
        add(family, name);
        add(`${family} ${rhel[1]}`, name);
      }
    }
    const ubuntu = /^ubuntu (\d+)\.(\d+)/.exec(lower);
    if (ubuntu) {
      add('ubuntu', name);
      add(`ubuntu ${ubuntu[1]}`, name);
      add(`ubuntu ${ubuntu[1]}.${ubuntu[2]}`, name);
    }
    const suse = /^suse linux enterprise(?: server)? (\d+)/.exec(lower);
    if (suse) {
      for (const family of ['suse', 'sles', 'suse linux']) {
        add(family, name);
        add(`${family} ${suse[1]}`, name);
      }
    }
  }
  return phrases;
}

/** Application names ("Bed management", "PACS web viewer") point at the services that run them. */
function appServices(estate: Estate): Map<string, string[]> {
  const byApp = new Map<string, Set<string>>();
  for (const server of estate.servers) {
    for (const app of server.apps) {
      for (const phrase of [app, app.replace(/\s*\(.*?\)\s*/g, ' ')]) {
        const key = phrase.trim().toLowerCase();
        if (key.length < 4) continue;
        const set = byApp.get(key) ?? new Set<string>();
        set.add(server.service);
        byApp.set(key, set);
      }
    }
  }
  return new Map([...byApp].map(([app, names]) => [app, [...names]]));
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, 'en-GB'));
}

/** The estate's spelling of a name given in any case. */
function find(names: readonly string[], name: string): string[] {
  const lower = name.toLowerCase();
  return names.filter((n) => n.toLowerCase() === lower);
}

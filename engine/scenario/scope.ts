import { criticalities, criticalityRank, type Criticality, type Server } from '../estate/server.js';
import { ScenarioError } from '../errors.js';

type Operator = '=' | '!=' | '>=' | '<=';

const fields = ['service', 'site', 'environment', 'criticality', 'id', 'kind', 'os', 'app', 'organisation'] as const;
type Field = (typeof fields)[number];
const aliases: Record<string, Field> = { env: 'environment', apps: 'app', application: 'app', server: 'id', organization: 'organisation', org: 'organisation', trust: 'organisation' };

interface Clause {
  field: Field;
  operator: Operator;
  values: string[];
}

/**
 * The servers a scope expression selects.
 *
 * Grammar: clauses joined by `;` or ` and ` must all hold; within a clause `field op values` a
 * comma-separated list means any of them. Fields: service, site, environment, criticality, id,
 * kind, os, app (a server matches if any of its apps does), organisation (the trust that owns the
 * server, in an estate that names them; servers without one never match `=`). Operators `=` and `!=`; criticality
 * also takes `>=` and `<=`. Values may be quoted ("Ward systems"); inside quotes a backslash
 * keeps the next character (`"say \"hi\""`), as quoteScopeValue writes it; matching ignores case.
 * `all` or an empty expression selects everything.
 *
 * An unknown field, a value no server has, or an expression that selects nothing is a
 * ScenarioError naming the field and listing the values that exist.
 *
 * @example selectScope(servers, 'service="Ward systems",Pathology; criticality>=high')
 */
export function selectScope(servers: readonly Server[], expr: string): Server[] {
  const text = expr.trim();
  if (text === '' || text.toLowerCase() === 'all') return [...servers];
  const clauses = splitOutsideQuotes(text, /^(;|\s+and\s+)/i).map((c) => parseClause(c, expr));
  for (const clause of clauses) checkValuesExist(clause, servers);
  const selected = servers.filter((s) => clauses.every((c) => matches(s, c)));
  if (selected.length === 0) {
    throw new ScenarioError('scope', `scope "${expr}" matches no server: each clause matches some servers, but no server matches all of them`);
  }
  return selected;
}

/** Splits at separators that are not inside double or single quotes. */
function splitOutsideQuotes(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      // A backslash inside quotes keeps the next character as it is (\" or \\), so any id can be written.
      if (ch === '\\' && i + 1 < text.length) {
        current += ch + text[i + 1]!;
        i += 1;
        continue;
      }
      if (ch === quote) quote = undefined;
      current += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      current += ch;
      continue;
    }
    const sep = separator.exec(text.slice(i));
    if (sep) {
      parts.push(current);
      current = '';
      i += sep[0].length - 1;
      continue;
    }
    current += ch;
  }
  if (quote) throw new ScenarioError('scope', `scope "${text}" has an unclosed ${quote} quote`);
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

function parseClause(text: string, expr: string): Clause {
  // `s`: a quoted value may hold a line or paragraph separator (an id from a spreadsheet cell).
  const m = /^([A-Za-z_]+)\s*(>=|<=|!=|=)\s*(.*)$/s.exec(text);
  if (!m) {
    throw new ScenarioError('scope', `scope "${expr}": expected clauses like field=value (fields: ${fields.join(', ')}), got "${text}"`);
  }
  const name = m[1]!.toLowerCase();
  const field = (fields as readonly string[]).includes(name) ? (name as Field) : aliases[name];
  if (!field) throw new ScenarioError('scope', `scope "${expr}": unknown field "${m[1]}"; expected one of ${fields.join(', ')}`);
  const operator = m[2] as Operator;
  if ((operator === '>=' || operator === '<=') && field !== 'criticality') {
    throw new ScenarioError('scope', `scope "${expr}": ${operator} works only with criticality, not ${field}`);
  }
  const values = splitOutsideQuotes(m[3]!, /^,/).map(unquote).filter((v) => v.length > 0);
  if (values.length === 0) throw new ScenarioError('scope', `scope "${expr}": ${field}${operator} needs a value`);
  return { field, operator, values };
}

function unquote(value: string): string {
  const v = value.trim();
  return /^(".*"|'.*')$/s.test(v) ? v.slice(1, -1).replace(/\\(.)/gs, '$1').trim() : v;
}

function valuesOf(server: Server, field: Field): string[] {
  if (field === 'app') return server.apps;
  if (field === 'organisation') return server.organisation === undefined ? [] : [server.organisation];
  return [server[field]];
}

function checkValuesExist(clause: Clause, servers: readonly Server[]): void {
  if (clause.field === 'criticality') {
    const bad = clause.values.filter((v) => !(criticalities as readonly string[]).includes(v.toLowerCase()));
    if (bad.length > 0) {
      throw new ScenarioError('scope', `scope criticality: unknown value "${bad[0]}"; expected one of ${[...criticalities].reverse().join(', ')}`);
    }
    return;
  }
  const known = new Map<string, string>();
  for (const s of servers) for (const v of valuesOf(s, clause.field)) known.set(v.toLowerCase(), v);
  const missing = clause.values.find((v) => !known.has(v.toLowerCase()));
  if (missing === undefined) return;
  if (clause.field === 'organisation' && known.size === 0) {
    throw new ScenarioError('scope', `scope organisation: the estate names no organisations (it has no organisation column), so it cannot select "${missing}"`);
  }
  const list = [...known.values()].sort((a, b) => a.localeCompare(b, 'en-GB'));
  const shown = list.length > 30 ? `${list.slice(0, 30).join(', ')} and ${list.length - 30} more` : list.join(', ');
  throw new ScenarioError('scope', `scope ${clause.field}: no server has ${clause.field} "${missing}"; known ${plural(clause.field)}: ${shown}`);
}

function plural(field: Field): string {
  if (field === 'id') return 'ids';
  if (field === 'os') return 'operating systems';
  if (field === 'app') return 'apps';
  if (field === 'criticality') return 'criticalities';
  return `${field}s`;
}

function matches(server: Server, clause: Clause): boolean {
  if (clause.field === 'criticality' && (clause.operator === '>=' || clause.operator === '<=')) {
    const rank = criticalityRank(server.criticality);
    return clause.values.some((v) => {
      const limit = criticalityRank(v.toLowerCase() as Criticality);
      return clause.operator === '>=' ? rank >= limit : rank <= limit;
    });
  }
  const own = valuesOf(server, clause.field).map((v) => v.toLowerCase());
  const hit = clause.values.some((v) => own.includes(v.toLowerCase()));
  return clause.operator === '=' ? hit : !hit;
}

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../reports/html/render-html.js';
import { createTemplateEngine } from '../../../reports/html/template-engine.js';
import { handBuiltBusinessCaseView, handBuiltCoverPaperView } from '../fixtures/hand-built-business-case-view.js';

function engineWith(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'unsprawl-templates-'));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), source);
  }
  return createTemplateEngine(root);
}

describe('template engine', () => {
  it('fails the render when a view model lacks a field the template prints (strict mode)', () => {
    const engine = engineWith({ 'page.hbs': '<p>{{cover.title}}</p>' });
    expect(() => engine.page('page')({ cover: {} })).toThrow(/"title" not defined/);
  });

  it('fails the render when a partial is missing', () => {
    const engine = engineWith({ 'page.hbs': '{{> nowhere}}' });
    expect(() => engine.page('page')({})).toThrow(/nowhere/);
  });

  it('names partials by folder: partials/x is "x", area/partials/x is "area/x", layouts/x is "layouts/x"', () => {
    const engine = engineWith({
      'partials/a.hbs': 'A{{v}}',
      'summary/partials/b.hbs': 'B{{v}}',
      'layouts/shell.hbs': '[{{> @partial-block}}]',
      'page.hbs': '{{#> layouts/shell}}{{> a}}{{> summary/b}}{{/layouts/shell}}',
    });
    expect(engine.page('page')({ v: 1 })).toBe('[A1B1]');
  });

  it('names an unknown page and lists the known ones', () => {
    const engine = engineWith({ 'one.hbs': 'x' });
    expect(() => engine.page('two')).toThrow(/no template "two".*known: one/);
  });
});

describe('format helpers', () => {
  const engine = engineWith({
    'money.hbs': '{{money v}}',
    'short.hbs': '{{moneyShort v}}',
    'number.hbs': '{{number v}}|{{number v 2}}',
    'percent.hbs': '{{percent v}}|{{percent v 1}}',
    'date.hbs': '{{date v}}',
  });

  it('format en-GB money, numbers, percentages and dates', () => {
    expect(engine.page('money')({ v: 123_456_789 })).toBe('£1,234,568');
    expect(engine.page('number')({ v: 1234.5 })).toBe('1,235|1,234.50');
    expect(engine.page('percent')({ v: 0.642 })).toBe('64%|64.2%');
    expect(engine.page('date')({ v: '2027-01-14' })).toBe('14 January 2027');
  });

  it.each([
    ['money', undefined, /money helper: expected a finite number, got nothing/],
    ['money', '100', /money helper: expected a finite number, got "100"/],
    ['money', Number.NaN, /expected a finite number/],
    ['money', 10.5, /expected whole pence, got 10.5/],
    ['short', Number.POSITIVE_INFINITY, /moneyShort helper/],
    ['number', null, /number helper: expected a finite number, got null/],
    ['percent', '50%', /percent helper/],
    ['date', '14/01/2027', /date helper: expected a date as YYYY-MM-DD/],
    ['date', undefined, /date helper/],
  ])('%s rejects %s', (page, value, message) => {
    expect(() => engine.page(page)({ v: value })).toThrow(message);
  });
});

describe('renderHtml (business case template)', () => {
  it('renders the full business case template in strict mode', async () => {
    const html = renderHtml('business-case', await handBuiltBusinessCaseView());
    expect(html).toMatch(/^<!DOCTYPE html>/);
    for (const heading of ['1. Strategic case', '2. Economic case', '3. Commercial case', '4. Financial case', '5. Management case']) {
      expect(html).toContain(heading);
    }
    expect(html.match(/<figure/g)).toHaveLength(6);
    expect(html).toContain('Annex D. Technical annex (restricted)');
    expect(html).toContain('OFFICIAL-SENSITIVE');
  });

  it('renders the cover paper template in strict mode, a missing board detail marked as such', () => {
    const html = renderHtml('cover-paper', handBuiltCoverPaperView());
    expect(html).toContain('Recommendation and decision sought');
    expect(html).toContain('<td class="missing">Not yet provided</td>');
    expect(html).toContain('14 January 2027');
  });

  it('prints markup and template syntax found in the data as text, never as markup', async () => {
    for (const hostile of ['<img src=x onerror=alert(1)>', '{{7*7}}']) {
      const html = renderHtml('business-case', await handBuiltBusinessCaseView(hostile));
      expect(html).not.toContain('<img src=x');
      expect(html).not.toContain('onerror=alert(1)>');
      expect(html).not.toContain('>49<');
    }
    const html = renderHtml('business-case', await handBuiltBusinessCaseView('<img src=x onerror=alert(1)>'));
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
    expect(renderHtml('business-case', await handBuiltBusinessCaseView('{{7*7}}'))).toContain('{{7*7}}');
  });

  it('is self-contained: inline CSS and fonts, a CSP that allows nothing external, no external URL', async () => {
    const html = renderHtml('business-case', await handBuiltBusinessCaseView());
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]?.replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain('font-src data:');
    expect(csp).not.toMatch(/https?:|unsafe-inline|\*/);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const hash = createHash('sha256').update(style, 'utf8').digest('base64');
    expect(csp).toContain(`'sha256-${hash}'`);
    expect(style).toContain('@font-face{font-family:"Liberation Sans"');
    expect(html).not.toMatch(/(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/<script|<link|<iframe|url\((?!data:)/i);
  });
});

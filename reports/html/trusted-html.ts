/**
 * Markup the report itself generated (chart SVG), marked so Handlebars inserts it unescaped with
 * `{{svg}}`: Handlebars skips escaping for any value with a `toHTML()` method. Templates never use
 * triple braces for view-model data, and only reports/charts constructs these, from Vega output
 * whose text content Vega escapes itself.
 */
export class TrustedHtml {
  constructor(private readonly html: string) {}

  toHTML(): string {
    return this.html;
  }

  toString(): string {
    return this.html;
  }
}

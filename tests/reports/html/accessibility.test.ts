import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../../reports/html/render-html.js';
import { checkAccessibility } from '../accessibility-check.js';
import { handBuiltBusinessCaseView, handBuiltCoverPaperView } from '../fixtures/hand-built-business-case-view.js';

describe('business case template accessibility', () => {
  it('the check finds violations when there are some (an image without alt text)', async () => {
    const html = renderHtml('business-case', await handBuiltBusinessCaseView()).replace(
      '<main>',
      '<main><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">',
    );
    const ids = (await checkAccessibility(html)).map((v) => v.id);
    expect(ids).toContain('image-alt');
  });

  it('has no WCAG 2.2 A/AA violations in the full case or the cover paper (axe-core)', async () => {
    for (const html of [renderHtml('business-case', await handBuiltBusinessCaseView()), renderHtml('cover-paper', handBuiltCoverPaperView())]) {
      const violations = await checkAccessibility(html);
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`)).toEqual([]);
    }
  });
});

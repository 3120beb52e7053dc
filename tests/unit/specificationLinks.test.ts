import { describe, expect, it } from 'vitest';
import { isSafeLink, normaliseLink } from '../../client/specifications/linkSafety.ts';

describe('links the specification editor accepts', () => {
  it('takes http, https and mailto', () => {
    for (const url of ['https://gov.wales/home-care', 'http://example.org', 'mailto:commissioning@example.gov.wales']) expect(isSafeLink(url), url).toBe(true);
  });

  it('refuses scripts, data, relative and empty addresses', () => {
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/relative', '//host/x', '', 'vbscript:x', 'http://', 'mailto:']) expect(isSafeLink(url), url).toBe(false);
  });

  it('reads a bare www. address as https', () => {
    expect(normaliseLink(' www.example.org ')).toBe('https://www.example.org');
    expect(isSafeLink(normaliseLink('www.example.org'))).toBe(true);
  });
});

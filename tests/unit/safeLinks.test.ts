import { describe, expect, it } from 'vitest';
import { isSafeHref, safeHref } from '../../shared/specification/safeLinks.ts';

describe('safe links', () => {
  it('keeps absolute http, https and mailto links, normalised', () => {
    expect(safeHref('https://gov.wales/home-care')).toBe('https://gov.wales/home-care');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    expect(safeHref('HTTPS://Example.ORG/Path?q=1#top')).toBe('https://example.org/Path?q=1#top');
    expect(safeHref('mailto:commissioning@example.gov.uk')).toBe('mailto:commissioning@example.gov.uk');
    expect(safeHref('  https://example.org/pasted  ')).toBe('https://example.org/pasted');
    expect(safeHref('https://example.org/<x>')).toBe('https://example.org/%3Cx%3E');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'javascript&#58;alert(1)',
    '&#106;avascript:alert(1)',
    '&#x6A;avascript:alert(1)',
    'javascript%3Aalert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'file:///etc/passwd',
    'ftp://example.org',
    '//evil.example/x',
    '/\\evil.example',
    '\\\\evil.example',
    '/relative/path',
    'relative',
    '#fragment',
    'http:evil.example',
    'https:/evil.example',
    'https://',
    'mailto:',
    'ht\u200btps://example.org',
    'https://exa\u00admple.org',
    'https://example.org/a b',
    'https://example.org/a\u2028b',
    'https\u003a//example.org'.replace(':', '&colon;'),
    'ｈｔｔｐｓ://example.org',
    '',
  ])('drops %j', (href) => {
    expect(safeHref(href)).toBeNull();
    expect(isSafeHref(href)).toBe(false);
  });

  it('drops what is not a string, and links longer than any real one', () => {
    for (const value of [null, undefined, 42, { href: 'https://example.org' }, ['https://example.org']]) expect(safeHref(value)).toBeNull();
    expect(safeHref(`https://example.org/${'a'.repeat(3000)}`)).toBeNull();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { PSEUDO_CLOSE, PSEUDO_OPEN, pseudoResources } from '../../client/i18n/pseudoLocale.ts';
import { englishIn, withoutUserContent } from '../e2e/helpers/i18nScan.ts';

/** The rules the i18n coverage browser test (tests/e2e/i18nCoverage.test.ts) judges a page by. */
describe('the pseudo-locale', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('exists only when the test flag is in localStorage', () => {
    expect(pseudoResources({ a: 'A' })).toBeNull(); // no window: as in production without the flag
    vi.stubGlobal('window', { localStorage: { getItem: () => null } });
    expect(pseudoResources({ a: 'A' })).toBeNull();
  });

  it('wraps every string, keeps lists as lists, and leaves each placeholder outside the markers', () => {
    vi.stubGlobal('window', { localStorage: { getItem: (key: string) => (key === 'gweithdy.pseudoLocale' ? 'on' : null) } });
    const wrapped = pseudoResources({ a: { b: 'Sign out' }, lines: ['One', 'Two'], until: 'Open until {{date}}.' });
    expect(wrapped).toEqual({
      a: { b: `${PSEUDO_OPEN}Sign out${PSEUDO_CLOSE}` },
      lines: [`${PSEUDO_OPEN}One${PSEUDO_CLOSE}`, `${PSEUDO_OPEN}Two${PSEUDO_CLOSE}`],
      until: `${PSEUDO_OPEN}Open until ${PSEUDO_CLOSE}{{date}}${PSEUDO_OPEN}.${PSEUDO_CLOSE}`,
    });
  });
});

describe('what counts as not needing translation', () => {
  const content = ['Cerys Commissioner', 'North', 'CC'];

  it('accepts the test’s own data, data (e-mail and web addresses, hashes), numbers and punctuation', () => {
    expect(withoutUserContent('Cerys Commissioner (North)', content)).toBe('');
    expect(withoutUserContent('person1@example.org', content)).toBe('');
    expect(withoutUserContent('127.0.0.1:4000/join', content)).toBe('');
    expect(withoutUserContent('27ab2216be25', content)).toBe('');
    expect(withoutUserContent('14:30 – 3', content)).toBe('');
  });

  it('keeps any other word, and matches short content (initials) only as a whole text', () => {
    expect(withoutUserContent('Edit North', content)).toBe('Edit');
    expect(withoutUserContent('CC', content)).toBe('');
    expect(withoutUserContent('ACCESS', content)).toBe('ACCESS');
  });
});

describe('English on a Welsh page', () => {
  it('finds a whole English string, a phrase of one around a value, and English month or day names', () => {
    expect(englishIn('Sign out', [])).toBe('Sign out');
    expect(englishIn('Ymgynghoriad ar agor tan December 7, 2026', [])).toBe('December');
    expect(englishIn('Cadwodd Cerys fersiwn 1 o “Outcome framework”', ['Cerys'])).toBe('Outcome framework');
  });

  it('leaves Welsh, the test’s own English data, and English quoted by the Welsh strings themselves', () => {
    expect(englishIn('Allgofnodi', [])).toBeNull();
    expect(englishIn('Fewer people are lonely', ['Fewer people are lonely'])).toBeNull();
    expect(englishIn('React Flow', [])).toBeNull();
  });
});

/*
 * A pseudo-locale for the browser tests that prove every visible text goes
 * through i18n (tests/e2e/i18nCoverage.test.ts). It is English with each
 * translated string wrapped in two invisible characters, so the page looks
 * and behaves as in English while a test can tell a translated text from a
 * hard-coded one. It exists only when the test flag is in localStorage, and
 * it is never offered in the language switcher.
 */

/** The language code: in the private-use range of BCP 47, so it can never be a real language. */
export const PSEUDO_LANGUAGE = 'qps';

/** localStorage key the tests set (to "on") before the page loads. */
export const PSEUDO_STORAGE_KEY = 'gweithdy.pseudoLocale';

/** U+2062 INVISIBLE TIMES opens a translated string and U+2063 INVISIBLE SEPARATOR closes it: zero-width, and never typed. */
export const PSEUDO_OPEN = '\u2062';
export const PSEUDO_CLOSE = '\u2063';

type Value = string | Value[] | { [key: string]: Value };

/**
 * Each {{placeholder}} is left outside the markers, so what is put into a
 * string shows unmarked unless it is itself translated (or the test's own
 * data): hard-coded English passed in as a value is caught too.
 * Arrays stay arrays: some texts are lists of lines read with returnObjects.
 */
function wrap(value: Value): Value {
  if (typeof value === 'string') return `${PSEUDO_OPEN}${value.replace(/\{\{[^}]*\}\}/g, (placeholder) => `${PSEUDO_CLOSE}${placeholder}${PSEUDO_OPEN}`)}${PSEUDO_CLOSE}`;
  if (Array.isArray(value)) return value.map(wrap);
  return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, wrap(inner)]));
}

function pseudoWanted(): boolean {
  try {
    return window.localStorage.getItem(PSEUDO_STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

/** The wrapped copy of the English strings when the test flag is set, else null (the production case). */
export function pseudoResources(english: object): Value | null {
  return pseudoWanted() ? wrap(english as Value) : null;
}

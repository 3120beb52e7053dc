import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { PSEUDO_LANGUAGE, pseudoResources } from './pseudoLocale.ts';
import { cy, en } from './resources.ts';

export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Where the person's choice is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'gweithdy.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : 'en';
  } catch {
    return 'en'; // storage blocked (private mode, policy): English, as for a first visit
  }
}

/** The page itself follows the language: screen readers pick their voice from <html lang>. */
function applyToDocument(language: string): void {
  const lang = isLanguage(language) ? language : 'en';
  document.documentElement.lang = lang;
  // The pseudo-locale's title keeps its markers, so the coverage test can check the tab's title too.
  document.title = i18next.t('app.documentTitle', { lng: language === PSEUDO_LANGUAGE ? language : lang });
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered, but the switch still applies to this visit.
  }
}

// Resources are bundled, so initialisation is synchronous and the first paint is already translated.
// Only for the i18n coverage test (see pseudoLocale.ts); null for everyone else.
const pseudo = pseudoResources(en);
void i18next.use(initReactI18next).init({
  resources: { en: { translation: en }, cy: { translation: cy }, ...(pseudo ? { [PSEUDO_LANGUAGE]: { translation: pseudo } } : {}) },
  lng: pseudo ? PSEUDO_LANGUAGE : storedLanguage(),
  fallbackLng: 'en',
  supportedLngs: pseudo ? [...LANGUAGES, PSEUDO_LANGUAGE] : LANGUAGES,
  initAsync: false,
  interpolation: { escapeValue: false }, // React escapes what it renders
  returnNull: false,
});
i18next.on('languageChanged', applyToDocument);
applyToDocument(i18next.language);

export default i18next;

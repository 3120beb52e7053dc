import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES, type Language } from './index.ts';
import './languageSwitcher.css';

/** Each language is named in itself ("English", "Cymraeg"), so a reader of either finds theirs. */
const ENDONYMS: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

/** Two toggle buttons; the pressed one is the language in use. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="language-switcher" role="group" aria-labelledby="language-switcher-label">
      <span id="language-switcher-label" className="language-switcher__label">
        {t('language.label')}
      </span>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-switcher__option"
          aria-pressed={current === language}
          onClick={() => void changeLanguage(language)}
        >
          {ENDONYMS[language]}
        </button>
      ))}
    </div>
  );
}

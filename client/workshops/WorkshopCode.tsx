import { useTranslation } from 'react-i18next';

/**
 * A workshop code as large as the screen allows, letters spaced apart for a
 * projector. Screen readers get it letter by letter ("K 7 M 2 Q P"), so it is
 * never read as a word.
 */
export function WorkshopCode({ code }: { code: string }) {
  const { t } = useTranslation();
  const characters = [...code];
  return (
    <p className="workshop-code">
      <span className="workshop-code__label">{t('workshops.codeIs')} </span>
      <span className="workshop-code__characters" aria-hidden="true">
        {characters.map((character, index) => (
          <span key={index} className="workshop-code__character">
            {character}
          </span>
        ))}
      </span>
      <span className="visually-hidden">{characters.join(' ')}</span>
    </p>
  );
}

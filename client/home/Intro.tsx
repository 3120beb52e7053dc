import { useTranslation } from 'react-i18next';

/** What Gweithdy is for, in plain words (below the sign-in form on the signed-out home). */
export function Intro() {
  const { t } = useTranslation();
  return (
    <section className="intro" aria-labelledby="intro-about-heading">
      <h2 id="intro-about-heading">{t('intro.aboutHeading')}</h2>
      <p>{t('intro.listIntro')}</p>
      <ul className="intro__list">
        <li>{t('intro.outcomes')}</li>
        <li>{t('intro.processMaps')}</li>
        <li>{t('intro.specifications')}</li>
      </ul>
      <p className="intro__meaning">{t('intro.meaning')}</p>
    </section>
  );
}

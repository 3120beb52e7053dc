import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { paths } from '../routing/routes.ts';
import { useSiteFacts } from './useSiteFacts.ts';
import './accessibilityStatement.css';

const CAN = ['language', 'keyboard', 'screenReader', 'larger', 'motion', 'cursors', 'easyRead'] as const;
const LIMITS = ['canvas', 'pictures', 'welsh', 'content', 'people', 'browsers'] as const;
const TASKS = ['workshop', 'outcome', 'comment', 'map', 'call'] as const;

const ABILITYNET = 'https://mcmw.abilitynet.org.uk/';
const EASS = 'https://www.equalityadvisoryservice.com/';

/**
 * /accessibility — the accessibility statement, for everyone (signed out
 * too), in the shape of the UK public sector model statement: what the
 * service is, how accessible it is, what it cannot do yet, how to report a
 * problem, the enforcement procedure, and how and when it was tested.
 */
export function AccessibilityStatementPage() {
  const { t } = useTranslation();
  usePageTitle(t('accessibility.heading'));
  const email = useSiteFacts()?.accessibilityContactEmail ?? null;
  // The deployment's own address, when it has set one (ACCESSIBILITY_CONTACT_EMAIL).
  const emailLine = email ? (
    <p>
      {t('accessibility.report.email')} <a href={`mailto:${email}`}>{email}</a>
    </p>
  ) : null;
  // The external sites are in English only: a Welsh reader is told, and screen readers switch voice.
  const external = (href: string, text: string) => (
    <a href={href} hrefLang="en">
      {text}
    </a>
  );
  return (
    <div className="narrow statement">
      <PageHeading>{t('accessibility.heading')}</PageHeading>
      <p className="lead">{t('accessibility.intro.applies')}</p>
      <p>{t('accessibility.intro.runBy')}</p>
      <p>{t('accessibility.intro.youCan')}</p>
      <ul>
        {CAN.map((key) => (
          <li key={key}>{t(`accessibility.can.${key}`)}</li>
        ))}
      </ul>
      <p>
        <Link to={paths.settings}>{t('accessibility.settingsLink')}</Link>
      </p>
      <p>{t('accessibility.intro.simple')}</p>
      <p>
        {t('accessibility.intro.abilityNet')} {external(ABILITYNET, t('accessibility.intro.abilityNetLink'))}
      </p>

      <Section id="statement-how" heading={t('accessibility.how.heading')}>
        <p>{t('accessibility.how.aim')}</p>
        <p>{t('accessibility.how.known')}</p>
        <ul>
          {LIMITS.map((key) => (
            <li key={key}>{t(`accessibility.limits.${key}`)}</li>
          ))}
        </ul>
      </Section>

      <Section id="statement-feedback" heading={t('accessibility.feedback.heading')}>
        <p>{t('accessibility.feedback.format')}</p>
        {emailLine}
        <p>{t('accessibility.feedback.tell')}</p>
      </Section>

      <Section id="statement-report" heading={t('accessibility.report.heading')}>
        <p>{t('accessibility.report.improve')}</p>
        <p>{t('accessibility.report.contact')}</p>
        {emailLine}
        <p>{t('accessibility.report.what')}</p>
      </Section>

      <Section id="statement-enforcement" heading={t('accessibility.enforcement.heading')}>
        <p>{t('accessibility.enforcement.ehrc')}</p>
        <p>{t('accessibility.enforcement.eass')}</p>
        <p>{external(EASS, t('accessibility.enforcement.eassLink'))}</p>
      </Section>

      <Section id="statement-technical" heading={t('accessibility.technical.heading')}>
        <p>{t('accessibility.technical.commitment')}</p>
        <h3>{t('accessibility.technical.complianceHeading')}</h3>
        <p>{t('accessibility.technical.compliance')}</p>
        <p>{t('accessibility.technical.why')}</p>
        <p>{t('accessibility.technical.scope')}</p>
      </Section>

      <Section id="statement-tested" heading={t('accessibility.tested.heading')}>
        <p>{t('accessibility.tested.axe')}</p>
        <p>{t('accessibility.tested.keyboard')}</p>
        <ul>
          {TASKS.map((key) => (
            <li key={key}>{t(`accessibility.tasks.${key}`)}</li>
          ))}
        </ul>
        <p>{t('accessibility.tested.listView')}</p>
        <p>{t('accessibility.tested.settings')}</p>
      </Section>

      <Section id="statement-improving" heading={t('accessibility.improving.heading')}>
        <p>{t('accessibility.improving.welsh')}</p>
        <p>{t('accessibility.improving.people')}</p>
        <p>{t('accessibility.improving.update')}</p>
      </Section>

      <Section id="statement-prepared" heading={t('accessibility.prepared.heading')}>
        <p>{t('accessibility.prepared.prepared')}</p>
        <p>{t('accessibility.prepared.tested')}</p>
      </Section>
    </div>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section className="statement__section" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/SessionContext.tsx';
import { changeLanguage, isLanguage, LANGUAGES, type Language } from '../i18n/index.ts';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { RadioGroup } from '../ui/fields.tsx';
import { getSaveState, subscribeToSaveState } from './accountPreferences.ts';
import { choose, useChoices, type DeviceChoices } from './choiceStore.ts';
import { useDeviceReducesMotion } from './useDeviceReducesMotion.ts';

/** Each language named in itself, as in the header's switcher, so a reader of either finds theirs. */
const ENDONYMS: Record<Language, string> = { en: 'English', cy: 'Cymraeg' };

/**
 * /settings — for everyone, signed out too: language, text size, contrast,
 * motion and other people's cursors. Radio groups (Tab to a group, arrow
 * keys to choose); each choice applies at once, so there is no Save button,
 * and a polite status says where it was kept.
 */
export function SettingsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('settings.heading'));
  const { session } = useSession();
  const choices = useChoices();
  const saveState = useSyncExternalStore(subscribeToSaveState, getSaveState);
  const deviceReducesMotion = useDeviceReducesMotion();
  // Said only after a change on this visit: on arrival there is nothing to report.
  const [changed, setChanged] = useState(false);

  const signedIn = session.status === 'signedIn';
  const where = !signedIn ? 'device' : session.user.kind === 'guest' ? 'guest' : 'account';
  const status = !changed ? '' : !signedIn ? t('settings.status.device') : saveState === 'idle' ? '' : t(`settings.status.${saveState}`);

  const set = (changes: Partial<DeviceChoices>) => {
    setChanged(true);
    choose(changes);
  };
  const language = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';

  return (
    <div className="narrow settings">
      <PageHeading>{t('settings.heading')}</PageHeading>
      <p className="intro__lead">{t('settings.lead')}</p>
      <p className="settings__where">{t(`settings.where.${where}`)}</p>
      <form className="form form--roomy" onSubmit={(event) => event.preventDefault()}>
        <RadioGroup<Language>
          id="setting-language"
          name="language"
          legend={t('settings.language.legend')}
          hint={t('settings.language.hint')}
          options={LANGUAGES.map((value) => ({ value, label: <span lang={value}>{ENDONYMS[value]}</span> }))}
          value={language}
          onChange={(value) => {
            setChanged(true);
            void changeLanguage(value);
          }}
        />
        <RadioGroup<DeviceChoices['textSize']>
          id="setting-text-size"
          name="textSize"
          legend={t('settings.textSize.legend')}
          options={[
            { value: 'standard', label: t('settings.textSize.standard') },
            { value: 'large', label: t('settings.textSize.large'), hint: t('settings.textSize.largeHint') },
          ]}
          value={choices.textSize}
          onChange={(textSize) => set({ textSize })}
        />
        <RadioGroup<DeviceChoices['contrast']>
          id="setting-contrast"
          name="contrast"
          legend={t('settings.contrast.legend')}
          options={[
            { value: 'standard', label: t('settings.contrast.standard') },
            { value: 'high', label: t('settings.contrast.high'), hint: t('settings.contrast.highHint') },
          ]}
          value={choices.contrast}
          onChange={(contrast) => set({ contrast })}
        />
        <RadioGroup<DeviceChoices['motion']>
          id="setting-motion"
          name="motion"
          legend={t('settings.motion.legend')}
          options={[
            { value: 'system', label: t('settings.motion.system'), hint: t(deviceReducesMotion ? 'settings.motion.systemReduced' : 'settings.motion.systemNotReduced') },
            { value: 'reduce', label: t('settings.motion.reduce'), hint: t('settings.motion.reduceHint') },
          ]}
          value={choices.motion}
          onChange={(motion) => set({ motion })}
        />
        <RadioGroup<'show' | 'hide'>
          id="setting-others"
          name="showOthers"
          legend={t('settings.others.legend')}
          hint={t('settings.others.hint')}
          options={[
            { value: 'show', label: t('settings.others.show') },
            { value: 'hide', label: t('settings.others.hide') },
          ]}
          value={choices.showOthers ? 'show' : 'hide'}
          onChange={(value) => set({ showOthers: value === 'show' })}
        />
      </form>
      <p className="settings__status" role="status">
        {status}
      </p>
    </div>
  );
}

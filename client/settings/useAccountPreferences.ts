import { useEffect, useRef } from 'react';
import i18next from 'i18next';
import { useUser } from '../auth/SessionContext.tsx';
import { changeLanguage, isLanguage } from '../i18n/index.ts';
import { fetchSavedPreferences, resetSaveState, saveWithAccount } from './accountPreferences.ts';
import { applyAccountChoices, onChosenByPerson } from './choiceStore.ts';

/**
 * Keeps a signed-in person's settings with their account: on sign-in (and
 * on each visit) the account's saved choices apply over the device's; what
 * they change afterwards — here, in an editor's toggle or with the header's
 * language switcher — is saved. Signed out, the device alone remembers.
 */
export function useAccountPreferences(): void {
  const userId = useUser()?.id ?? null;
  /** The language the account has saved, so applying it is not mistaken for the person switching. */
  const accountLanguage = useRef<string | null>(null);

  useEffect(() => {
    accountLanguage.current = null;
    resetSaveState();
    if (!userId) return;
    let current = true;
    fetchSavedPreferences()
      .then((saved) => {
        if (!current || !saved) return;
        const { language, ...choices } = saved;
        applyAccountChoices(choices);
        if (!language) return;
        accountLanguage.current = language;
        // Only between English and Welsh: the i18n coverage test's pseudo-language stays as it is.
        if (isLanguage(i18next.language) && i18next.language !== language) void changeLanguage(language);
      })
      .catch(() => {
        // Not reachable now: the device's choices stand until the next visit.
      });
    return () => {
      current = false;
    };
  }, [userId]);

  useEffect(() => {
    if (!userId) return;
    const stopChoices = onChosenByPerson((changes) => saveWithAccount(changes));
    const onLanguage = (language: string) => {
      if (!isLanguage(language) || language === accountLanguage.current) return;
      accountLanguage.current = language;
      saveWithAccount({ language });
    };
    i18next.on('languageChanged', onLanguage);
    return () => {
      stopChoices();
      i18next.off('languageChanged', onLanguage);
    };
  }, [userId]);
}

import { useLayoutEffect } from 'react';
import { useChoices } from './choiceStore.ts';
import { applyChoicesToDocument } from './documentChoices.ts';
import { useAccountPreferences } from './useAccountPreferences.ts';
import './settings.css';

/**
 * Near the root of the app (inside the session): puts the person's settings
 * on <html> before the browser paints, and keeps them with their account
 * when signed in. Renders nothing; the settings live in choiceStore, which
 * any component reads without a context.
 */
export function PreferencesProvider() {
  const choices = useChoices();
  useLayoutEffect(() => applyChoicesToDocument(choices), [choices]);
  useAccountPreferences();
  return null;
}

import { useSyncExternalStore } from 'react';
import { DEFAULT_PREFERENCES, readPreferences, type Preferences } from '../../shared/schemas/preferences.ts';

/**
 * The settings this device keeps (larger text, contrast, motion, others'
 * cursors), for everyone: signed out, a guest or an account. The language is
 * kept by i18n (client/i18n/index.ts) under its own key, as before. A
 * signed-in person's choices are also saved with their account
 * (useAccountPreferences), which listens here for what the person chose.
 */
export type DeviceChoices = Omit<Preferences, 'language'>;

const STORAGE_KEY = 'gweithdy.settings';
/** Before the settings page, each editor remembered only this, under its own key. */
const OLD_SHOW_OTHERS_KEY = 'gweithdy.showOthers';

const { language: _language, ...DEFAULTS } = DEFAULT_PREFERENCES;

function readDevice(): DeviceChoices {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    const { language: _ignored, ...stored } = raw ? readPreferences(JSON.parse(raw)) : {};
    if (stored.showOthers === undefined && window.localStorage.getItem(OLD_SHOW_OTHERS_KEY) === 'false') stored.showOthers = false;
    return { ...DEFAULTS, ...stored };
  } catch {
    return { ...DEFAULTS }; // storage blocked or unreadable: the defaults, as on a first visit
  }
}

let current: DeviceChoices = readDevice();
const listeners = new Set<() => void>();
const personListeners = new Set<(changes: Partial<DeviceChoices>) => void>();

function apply(changes: Partial<DeviceChoices>): boolean {
  const next = { ...current, ...changes };
  if ((Object.keys(next) as Array<keyof DeviceChoices>).every((name) => next[name] === current[name])) return false;
  current = next;
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(current));
  } catch {
    // Not remembered on this device, but the choice still applies to this visit.
  }
  for (const listener of listeners) listener();
  return true;
}

export function getChoices(): DeviceChoices {
  return current;
}

export function subscribeToChoices(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The person chose something (settings page, an editor's toggle): kept here and told to whoever saves it for their account. */
export function choose(changes: Partial<DeviceChoices>): void {
  apply(changes);
  for (const listener of personListeners) listener(changes);
}

/** Their account's saved choices, on sign-in: applied and kept on the device, not saved back. */
export function applyAccountChoices(changes: Partial<DeviceChoices>): void {
  apply(changes);
}

export function onChosenByPerson(listener: (changes: Partial<DeviceChoices>) => void): () => void {
  personListeners.add(listener);
  return () => personListeners.delete(listener);
}

export function useChoices(): DeviceChoices {
  return useSyncExternalStore(subscribeToChoices, getChoices);
}

// Another tab of the same browser changed a setting: this one follows, so two open tabs never disagree.
window.addEventListener('storage', (event) => {
  if (event.key === STORAGE_KEY) apply(readDevice());
});

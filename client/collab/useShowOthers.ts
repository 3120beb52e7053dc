import { choose, useChoices } from '../settings/choiceStore.ts';

/**
 * Whether to show others' carets, selections and avatars: the person's
 * setting (the settings page and every editor's toggle change the same one;
 * kept on the device, and with their account when signed in).
 */
export function useShowOthers(): [boolean, (show: boolean) => void] {
  const { showOthers } = useChoices();
  return [showOthers, (show: boolean) => choose({ showOthers: show })];
}

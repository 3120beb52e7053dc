import type { DeviceChoices } from './choiceStore.ts';

/**
 * The settings as attributes on <html>, which settings.css styles: larger
 * text scales the root font size (the app sizes everything in rem), high
 * contrast and reduced motion restyle every page. `motion: system` sets no
 * attribute: the CSS then follows the device's prefers-reduced-motion.
 */
export function applyChoicesToDocument(choices: DeviceChoices, root: HTMLElement = document.documentElement): void {
  root.dataset.textSize = choices.textSize;
  root.dataset.contrast = choices.contrast;
  if (choices.motion === 'reduce') root.dataset.motion = 'reduce';
  else delete root.dataset.motion;
}

/** For motion started from script (smooth scrolling): the person's setting or their device's. */
export function motionReduced(): boolean {
  if (document.documentElement.dataset.motion === 'reduce') return true;
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

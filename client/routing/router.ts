import { useSyncExternalStore } from 'react';

/**
 * A small client-side router on the History API: `navigate()` pushes a path,
 * the back and forward buttons fire `popstate`, and components read the
 * current location with `useLocation()`.
 */

type Listener = () => void;
const listeners = new Set<Listener>();

/** Set by every navigation inside the app; the next page heading takes keyboard focus. */
let focusPending = false;
/** False on the first page of a visit: then focus stays at the top, where the skip link is. */
let navigatedInApp = false;

function notify(): void {
  for (const listener of listeners) listener();
}

/** The page last shown: a popstate that only moved to a #fragment (the skip link) is not a new page. */
let shownPath = currentPath();

window.addEventListener('popstate', () => {
  if (currentPath() === shownPath) return;
  shownPath = currentPath();
  navigatedInApp = true;
  focusPending = true;
  notify();
});

export interface NavigateOptions {
  /** Replace the current history entry (redirects), instead of adding one. */
  replace?: boolean;
}

/**
 * Shows the page at `to`. Going to the address already shown still counts as a
 * move (signing in or out on the home page changes what it shows): the new
 * heading takes focus, but no history entry is added.
 */
export function navigate(to: string, { replace = false }: NavigateOptions = {}): void {
  if (to !== currentPath()) {
    if (replace) window.history.replaceState(null, '', to);
    else window.history.pushState(null, '', to);
    shownPath = currentPath();
  }
  // A redirect on the first page of a visit is not a move the person made: leave focus alone.
  if (!replace || navigatedInApp) {
    navigatedInApp = true;
    focusPending = true;
    window.scrollTo(0, 0);
  }
  notify();
}

function currentPath(): string {
  return window.location.pathname + window.location.search;
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export interface AppLocation {
  pathname: string;
  search: string;
}

/** The current path and query; re-renders on every navigation. */
export function useLocation(): AppLocation {
  const path = useSyncExternalStore(subscribe, currentPath);
  const queryAt = path.indexOf('?');
  return queryAt === -1 ? { pathname: path, search: '' } : { pathname: path.slice(0, queryAt), search: path.slice(queryAt) };
}

/**
 * Whether the heading that just mounted should take focus: after a navigation
 * inside the app, so screen reader and keyboard users start at the new page's
 * heading. Also when focus was lost to <body> (a loading heading replaced).
 */
export function takeHeadingFocus(): boolean {
  if (!navigatedInApp) return false;
  const take = focusPending || document.activeElement === document.body || document.activeElement === null;
  focusPending = false;
  return take;
}

/** A `next` path that stays on this site (no `//evil.example`, no `javascript:`), or null. */
export function safeNextPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  return value;
}

/** `?next=` of the current address, when it is safe to go there. */
export function nextFromSearch(search: string): string | null {
  return safeNextPath(new URLSearchParams(search).get('next'));
}

/** A path with `?next=<path>` added. */
export function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}

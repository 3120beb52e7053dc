import { useEffect, useState } from 'react';

const KEY = 'gweithdy.showOthers';

/** Whether to show others' carets and avatars: a per-device choice, remembered. */
export function useShowOthers(): [boolean, (show: boolean) => void] {
  const [show, setShow] = useState(() => {
    try {
      return localStorage.getItem(KEY) !== 'false';
    } catch {
      return true;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(KEY, String(show));
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
  }, [show]);
  return [show, setShow];
}

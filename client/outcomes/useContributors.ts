import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { apiGet } from '../api/apiClient.ts';
import type { Contributor } from './frameworkSettings.ts';

type ContributorMap = Record<string, Contributor[]>;

/** After others' edits settle, ask again: attribution comes from the server's update log. */
const REFRESH_AFTER_MS = 2000;

/** Who shaped each outcome, as the server recorded it; refreshed a little after changes. */
export function useContributors(artefactId: string, doc: Y.Doc | null): ContributorMap {
  const [contributors, setContributors] = useState<ContributorMap>({});
  useEffect(() => {
    if (!doc) return;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const load = async () => {
      try {
        const answer = await apiGet<{ contributors: ContributorMap }>(`/api/artefacts/${encodeURIComponent(artefactId)}/contributors`);
        if (!cancelled) setContributors(answer.contributors);
      } catch {
        // Attribution is extra information: when it cannot be fetched, the framework still works.
      }
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void load(), REFRESH_AFTER_MS);
    };
    void load();
    doc.on('update', schedule);
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      doc.off('update', schedule);
    };
  }, [artefactId, doc]);
  return contributors;
}

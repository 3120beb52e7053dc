import { useEffect, useState } from 'react';
import { apiGet } from '../api/apiClient.ts';

export interface SiteFacts {
  accessibilityContactEmail: string | null;
}

/** The deployment's public facts (GET /api/site); null until read, or when they cannot be read (the page still says everything else). */
export function useSiteFacts(): SiteFacts | null {
  const [facts, setFacts] = useState<SiteFacts | null>(null);
  useEffect(() => {
    let current = true;
    apiGet<SiteFacts>('/api/site').then(
      (read) => current && setFacts(read),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return facts;
}

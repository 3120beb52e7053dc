import { useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { contributionLinks, type ContributionLink } from '../../../shared/outcomes/contributionLinks.ts';
import { outcomesMap } from '../../../shared/outcomes/outcomeDoc.ts';
import { Link } from '../../routing/Link.tsx';
import { paths } from '../../routing/routes.ts';
import './contributionCredit.css';

const NONE: ContributionLink[] = [];

/**
 * "From a contribution by …" on an outcome promoted from a call, linking to
 * the call: the contributor credited wherever the outcome is shown. Read from
 * the framework document and kept live (a commissioner promotes while others
 * have the framework open), re-rendering only when the links themselves change.
 */
export function ContributionCredit({ doc, outcomeId }: { doc: Y.Doc; outcomeId: string }) {
  const { t } = useTranslation();
  const store = useMemo(() => {
    let key = '';
    let snapshot = NONE;
    const read = () => {
      const links = contributionLinks(doc, outcomeId);
      const next = JSON.stringify(links);
      if (next !== key) {
        key = next;
        snapshot = links.length > 0 ? links : NONE;
      }
      return snapshot;
    };
    read();
    return {
      subscribe(notify: () => void) {
        // The whole map, deeply: the outcome's sources map may be created after this subscribes.
        const root = outcomesMap(doc);
        root.observeDeep(notify);
        return () => root.unobserveDeep(notify);
      },
      get: read,
    };
  }, [doc, outcomeId]);
  const links = useSyncExternalStore(store.subscribe, store.get);
  if (links.length === 0) return null;
  return (
    <ul className="contribution-credit">
      {links.map((link) => (
        <li key={link.contributionId}>
          <Link to={paths.call(link.callId)}>{t(link.indicatorId ? 'callsManage.credit.indicator' : 'callsManage.credit.outcome', { name: link.contributor })}</Link>
        </li>
      ))}
    </ul>
  );
}

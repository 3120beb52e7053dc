import { useTranslation } from 'react-i18next';
import type { ArtefactKind } from '../../shared/access.ts';
import type { Version } from './historyApi.ts';
import { VersionItem } from './VersionItem.tsx';

interface VersionListProps {
  artefactId: string;
  kind: ArtefactKind;
  /** Newest first. */
  versions: Version[];
  canManage: boolean;
  onView(number: number): void;
  onRestore(version: Version): void;
  onPublish(version: Version): void;
}

/** Every version of the artefact, newest first. */
export function VersionList({ versions, ...item }: VersionListProps) {
  const { t } = useTranslation();
  return (
    <section className="history__section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('history.list.heading')}</h2>
      {versions.length === 0 ? (
        <p>{t('history.list.empty')}</p>
      ) : (
        <ol className="versions" reversed>
          {versions.map((version) => (
            <VersionItem key={version.number} version={version} {...item} />
          ))}
        </ol>
      )}
    </section>
  );
}

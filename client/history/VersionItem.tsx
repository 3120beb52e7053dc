import { useTranslation } from 'react-i18next';
import type { ArtefactKind } from '../../shared/access.ts';
import { formatDate } from '../ui/formatDate.ts';
import { versionExportPath, type Version } from './historyApi.ts';
import { personName, versionTitle } from './versionName.ts';

interface VersionItemProps {
  artefactId: string;
  kind: ArtefactKind;
  version: Version;
  /** Commissioners: restore and publish. */
  canManage: boolean;
  onView(number: number): void;
  onRestore(version: Version): void;
  onPublish(version: Version): void;
}

/** One version in the list: what it is, who and when, who shaped it, and what can be done with it. */
export function VersionItem({ artefactId, kind, version, canManage, onView, onRestore, onPublish }: VersionItemProps) {
  const { t } = useTranslation();
  const title = versionTitle(t, version);
  const headingId = `version-${version.number}-heading`;
  // Repeated buttons name their version for people who hear them out of the list.
  const which = <span className="visually-hidden"> ({t('history.list.ofVersion', { number: version.number })})</span>;
  return (
    <li className="version">
      <div className="version__title-row">
        <h3 id={headingId} className="version__heading">
          {title}
        </h3>
        {version.kind === 'published' ? <span className="history-tag history-tag--published">{t('history.list.publishedTag')}</span> : null}
      </div>
      {version.kind === 'published' && version.basedOn !== null ? <p className="version__note">{t('history.list.publishedFrom', { number: version.basedOn })}</p> : null}
      {version.kind === 'restored' && version.label ? <p className="version__note">“{version.label}”</p> : null}
      <dl className="version__facts">
        <div>
          <dt>{t('history.list.author')}</dt>
          <dd>{version.author ? personName(t, version.author) : t('history.list.automaticAuthor')}</dd>
        </div>
        <div>
          <dt>{t('history.list.when')}</dt>
          <dd>
            <time dateTime={version.createdAt}>{formatDate(t, version.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('history.list.contributors')}</dt>
          <dd>{version.contributors.length > 0 ? version.contributors.map((person) => personName(t, person)).join(', ') : t('history.list.noContributors')}</dd>
        </div>
      </dl>
      <div className="version__actions" role="group" aria-label={t('history.list.actions', { number: version.number })}>
        <button type="button" className="button button--small" onClick={() => onView(version.number)}>
          {t('history.list.view')}
          {which}
        </button>
        {kind === 'specification' ? (
          <>
            <a className="version__download" href={versionExportPath(artefactId, version.number, 'markdown')} download>
              {t('history.list.downloadMarkdown')}
              {which}
            </a>
            <a className="version__download" href={versionExportPath(artefactId, version.number, 'html')} download>
              {t('history.list.downloadHtml')}
              {which}
            </a>
            <a className="version__download" href={versionExportPath(artefactId, version.number, 'markdown', 'cy')} download>
              {t('history.list.downloadMarkdownWelsh')}
              {which}
            </a>
            <a className="version__download" href={versionExportPath(artefactId, version.number, 'html', 'cy')} download>
              {t('history.list.downloadHtmlWelsh')}
              {which}
            </a>
          </>
        ) : null}
        {canManage ? (
          <>
            <button type="button" className="button button--small" onClick={() => onRestore(version)}>
              {t('history.list.restore')}
              {which}
            </button>
            <button type="button" className="button button--small" onClick={() => onPublish(version)}>
              {t('history.list.publish')}
              {which}
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
}

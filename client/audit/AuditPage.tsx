import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../routing/Link.tsx';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { paths } from '../routing/routes.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { SelectField } from '../ui/fields.tsx';
import { AUDIT_KINDS, auditBundleUrl, isAuditKind, type AuditKind } from './auditApi.ts';
import { auditNames } from './auditNames.ts';
import { AuditTable } from './AuditTable.tsx';
import { LoadMore } from './LoadMore.tsx';
import { useAuditTrail } from './useAuditTrail.ts';
import { VerifyRecord } from './VerifyRecord.tsx';
import './audit.css';

// A kind this client has no words for (a newer server's) can still be filtered on, by its name.
type KindFilter = AuditKind | 'all' | (string & {});

/**
 * /workspaces/:id/audit — the workspace's audit trail, for its commissioners:
 * every recorded decision in words, a check that no entry was changed or
 * removed, and the bundle for an auditor. Anyone else is told plainly that it
 * is not for them.
 */
export function AuditPage({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { load, more, loadMore, arrived } = useAuditTrail(workspaceId);
  const [kind, setKind] = useState<KindFilter>('all');
  const [brokenSeq, setBrokenSeq] = useState<number | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);

  const events = load.state === 'loaded' ? load.events : [];
  const workspace = load.state === 'loaded' ? load.workspace : null;
  const names = useMemo(() => auditNames(workspace, events, t), [workspace, events, t]);
  const shown = useMemo(() => (kind === 'all' ? events : events.filter((e) => e.kind === kind)), [events, kind]);

  const heading =
    load.state === 'failed'
      ? t(load.error.status === 403 ? 'audit.forbidden' : load.error.status === 404 ? 'audit.notFound' : 'audit.loadFailed')
      : load.state === 'loading'
        ? t('loading')
        : t('audit.heading');
  usePageTitle(heading);
  const back = (
    <p className="breadcrumb">
      <Link to={paths.workspace(workspaceId)}>{t('audit.back')}</Link>
    </p>
  );

  if (load.state === 'loading') return <PageHeading>{heading}</PageHeading>;
  if (load.state === 'failed') {
    const { error } = load;
    const lead = error.status === 403 ? t('audit.forbiddenLead') : error.status === 404 ? t('audit.notFoundLead') : apiErrorMessage(t, error);
    return (
      <div className="narrow">
        <PageHeading>{heading}</PageHeading>
        <p>{lead}</p>
        {error.status === 404 ? (
          <p>
            <Link to={paths.home}>{t('workspace.backToList')}</Link>
          </p>
        ) : (
          back
        )}
      </div>
    );
  }

  const kindOptions: Array<{ value: KindFilter; label: string }> = [
    { value: 'all', label: t('audit.filter.all') },
    ...AUDIT_KINDS.map((k) => ({ value: k, label: t(`audit.kinds.${k}`) })),
    ...[...new Set(events.map((e) => e.kind))].filter((k) => !isAuditKind(k)).map((k) => ({ value: k, label: k })),
  ];
  return (
    <div className="audit-page">
      {back}
      <PageHeading>{heading}</PageHeading>
      <div className="narrow">
        <p className="lead">{t('audit.lead')}</p>
        <p>{t('audit.sealExplained')}</p>
      </div>

      <section className="audit-tools" aria-labelledby="audit-tools-heading">
        <h2 id="audit-tools-heading" className="visually-hidden">
          {t('audit.tools')}
        </h2>
        <VerifyRecord workspaceId={workspaceId} events={events} names={names} onBrokenEntry={setBrokenSeq} />
        <div className="audit-download">
          <a className="button button--secondary" href={auditBundleUrl(workspaceId)} download aria-describedby="audit-download-hint">
            {t('audit.download')}
          </a>
          <p id="audit-download-hint" className="field__hint">
            {t('audit.downloadHint')}
          </p>
        </div>
      </section>

      {events.length === 0 ? (
        <p className="notice">{t('audit.empty')}</p>
      ) : (
        <>
          <div className="audit-filter">
            <SelectField<KindFilter> id="audit-kind" label={t('audit.filter.label')} options={kindOptions} value={kind} onChange={setKind} />
            <p role="status" className="audit-filter__count">
              {shown.length === 0 ? t('audit.filter.noneOfKind') : t('audit.filter.showing', { shown: shown.length, loaded: events.length })}
              {arrived > 0 ? ` ${t('audit.live.arrived', { count: arrived })}` : null}
            </p>
          </div>
          <p>{t('audit.orderExplained')}</p>
          {shown.length > 0 ? <AuditTable events={shown} names={names} brokenSeq={brokenSeq} tableRef={tableRef} /> : null}
          <LoadMore hasMore={load.next !== null} more={more} onLoadMore={loadMore} focusAfterLast={tableRef} />
        </>
      )}
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArtefactKind } from '../../shared/access.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { exportedHtmlToReact, fetchVersionHtml } from './exportedHtml.tsx';
import { getVersion, type VersionContent } from './historyApi.ts';
import { MapVersion } from './MapVersion.tsx';
import { OutcomesVersion } from './OutcomesVersion.tsx';
import { useLoad } from './useLoad.ts';

interface Read {
  content: VersionContent;
  /** Specifications: the version's HTML export, the same text a download gives. */
  html: string | null;
}

/** One version, read-only; its heading takes focus when opened, so the reader lands on it. */
export function VersionView({ artefactId, kind, number }: { artefactId: string; kind: ArtefactKind; number: number }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const load = useLoad<Read>(`${artefactId}/${number}`, async () => {
    const [{ content }, html] = await Promise.all([getVersion(artefactId, number), kind === 'specification' ? fetchVersionHtml(artefactId, number) : null]);
    return { content, html };
  });

  useEffect(() => {
    heading.current?.focus();
  }, [number]);

  return (
    <section className="history__section history__result" aria-labelledby="version-view-heading">
      <h2 id="version-view-heading" ref={heading} tabIndex={-1}>
        {t('history.view.heading', { number })}
      </h2>
      <p className="history__key">{t('history.view.readOnly')}</p>
      <div aria-busy={load.state === 'loading'}>
        {load.state === 'loading' ? <p className="loading">{t('loading')}</p> : null}
        {load.state === 'failed' ? <p className="notice notice--error">{apiErrorMessage(t, load.error)}</p> : null}
        {load.state === 'loaded' ? <VersionBody kind={kind} read={load.value} /> : null}
      </div>
    </section>
  );
}

function VersionBody({ kind, read }: { kind: ArtefactKind; read: Read }) {
  const { t } = useTranslation();
  if (kind === 'outcomes') return <OutcomesVersion content={read.content} />;
  if (kind === 'map') return <MapVersion content={read.content} />;
  // The export's headings start at h1; under this panel's h2 they start at h3.
  const body = exportedHtmlToReact(read.html ?? '', 2);
  return body.some((node) => node !== null) ? <div className="version-text">{body}</div> : <p>{t('history.view.empty')}</p>;
}

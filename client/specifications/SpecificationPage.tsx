import { useTranslation } from 'react-i18next';
import { ArtefactPage } from '../workspaces/ArtefactPage.tsx';
import { SpecificationEditor } from './SpecificationEditor.tsx';
import './specification.css';

/** /workspaces/:id/specifications/:artefactId — one service specification, co-written live. */
export function SpecificationPage({ workspaceId, artefactId }: { workspaceId: string; artefactId: string }) {
  const { t } = useTranslation();
  return (
    <ArtefactPage workspaceId={workspaceId} artefactId={artefactId} kind="specification" notFound={{ heading: t('specification.notFound'), lead: t('specification.notFoundLead') }}>
      {(workspace, artefact) => (
        <>
          <p className="lead">{t('specification.lead')}</p>
          <ul className="spec-downloads" aria-label={t('specification.downloads')}>
            <li>
              <a href={`/api/artefacts/${encodeURIComponent(artefact.id)}/export?format=markdown`} download>
                {t('specification.downloadMarkdown')}
              </a>
            </li>
            <li>
              <a href={`/api/artefacts/${encodeURIComponent(artefact.id)}/export?format=html`} download>
                {t('specification.downloadHtml')}
              </a>
            </li>
            <li>
              <a href={`/api/artefacts/${encodeURIComponent(artefact.id)}/export?format=markdown&language=cy`} download>
                {t('bilingual.specification.downloadMarkdownWelsh')}
              </a>
            </li>
            <li>
              <a href={`/api/artefacts/${encodeURIComponent(artefact.id)}/export?format=html&language=cy`} download>
                {t('bilingual.specification.downloadHtmlWelsh')}
              </a>
            </li>
          </ul>
          <SpecificationEditor key={artefact.id} workspace={workspace} artefact={artefact} />
        </>
      )}
    </ArtefactPage>
  );
}

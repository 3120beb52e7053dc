import { useTranslation } from 'react-i18next';
import { ArtefactPage } from '../workspaces/ArtefactPage.tsx';
import { MapEditor } from './MapEditor.tsx';
import './maps.css';

/** /workspaces/:id/maps/:artefactId — one engagement process map (Tool 19), drawn together live. */
export function MapPage({ workspaceId, artefactId }: { workspaceId: string; artefactId: string }) {
  const { t } = useTranslation();
  return (
    <ArtefactPage workspaceId={workspaceId} artefactId={artefactId} kind="map" notFound={{ heading: t('maps.page.notFound'), lead: t('maps.page.notFoundLead') }}>
      {(workspace, artefact) => (
        <>
          <p className="lead">{t('maps.page.lead')}</p>
          <MapEditor key={artefact.id} workspace={workspace} artefact={artefact} />
        </>
      )}
    </ArtefactPage>
  );
}

import { useTranslation } from 'react-i18next';
import type { WorkspaceDetail } from '../api/types.ts';
import { modelLabel, quadrantLabel, roleLabel } from './labels.ts';

/** The workspace's model, zones, stage of the commissioning cycle, and the person's own role. */
export function WorkspaceFacts({ workspace }: { workspace: WorkspaceDetail }) {
  const { t } = useTranslation();
  return (
    <dl className="facts facts--header">
      <div className="facts__item">
        <dt>{t('workspace.model')}</dt>
        <dd>{modelLabel(t, workspace.model)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('workspace.zones')}</dt>
        <dd>{workspace.zones.length > 0 ? workspace.zones.join(', ') : t('workspace.noZones')}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('workspace.quadrant')}</dt>
        <dd>{quadrantLabel(t, workspace.quadrant)}</dd>
      </div>
      <div className="facts__item">
        <dt>{t('workspace.yourRole')}</dt>
        <dd>
          <strong>{roleLabel(t, workspace.role)}</strong>
        </dd>
      </div>
    </dl>
  );
}

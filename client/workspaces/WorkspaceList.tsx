import { useTranslation } from 'react-i18next';
import type { WorkspaceSummary } from '../api/types.ts';
import { Link } from '../routing/Link.tsx';
import { paths } from '../routing/routes.ts';
import { modelLabel, quadrantLabel, roleLabel } from './labels.ts';

/** Each workspace as a card: its name (a link), model, stage of the cycle, and the person's role. */
export function WorkspaceList({ workspaces }: { workspaces: WorkspaceSummary[] }) {
  const { t } = useTranslation();
  return (
    <ul className="card-list">
      {workspaces.map((workspace) => (
        <li key={workspace.id} className="card">
          <h2 className="card__title">
            <Link to={paths.workspace(workspace.id)}>{workspace.name}</Link>
          </h2>
          <dl className="facts">
            <div className="facts__item">
              <dt>{t('workspace.model')}</dt>
              <dd>{modelLabel(t, workspace.model)}</dd>
            </div>
            <div className="facts__item">
              <dt>{t('workspace.quadrant')}</dt>
              <dd>{quadrantLabel(t, workspace.quadrant)}</dd>
            </div>
            <div className="facts__item">
              <dt>{t('workspace.yourRole')}</dt>
              <dd>{roleLabel(t, workspace.role)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}

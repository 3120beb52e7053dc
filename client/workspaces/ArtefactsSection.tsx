import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDetail } from '../api/types.ts';
import { Link } from '../routing/Link.tsx';
import { paths } from '../routing/routes.ts';
import { AddArtefactForm } from './AddArtefactForm.tsx';
import { accessLabel, kindLabel } from './labels.ts';

/** The workspace's documents with what the person may do to each; commissioners can add more. */
export function ArtefactsSection({ workspace, onChanged }: { workspace: WorkspaceDetail; onChanged(): Promise<void> }) {
  const { t } = useTranslation();
  const [added, setAdded] = useState<string | null>(null);
  return (
    <section className="section" aria-labelledby="artefacts-heading">
      <h2 id="artefacts-heading">{t('artefacts.heading')}</h2>
      {workspace.artefacts.length === 0 ? (
        <p>{t('artefacts.none')}</p>
      ) : (
        <ul className="item-list">
          {workspace.artefacts.map((artefact) => (
            <li key={artefact.id} className="item-list__item">
              <span className="item-list__title">
                {artefact.kind === 'outcomes' && artefact.access !== 'none' ? <Link to={paths.outcomes(workspace.id)}>{artefact.title}</Link> : artefact.title}
              </span>
              <span className="item-list__meta">
                <span>{kindLabel(t, artefact.kind)}</span>
                <span className={`tag tag--${artefact.access}`}>{accessLabel(t, artefact.access)}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
      <p role="status" className="success-message">
        {added ? t('artefacts.added', { title: added }) : ''}
      </p>
      {workspace.role === 'commissioner' ? (
        <AddArtefactForm
          workspaceId={workspace.id}
          onAdded={async (title) => {
            await onChanged();
            setAdded(title);
          }}
        />
      ) : null}
    </section>
  );
}

import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDetail } from '../api/types.ts';
import { AddArtefactForm } from './AddArtefactForm.tsx';
import { ArtefactItem } from './ArtefactItem.tsx';
import { artefactTitle } from './labels.ts';

/** What to announce, kept untranslated so it follows a change of language. */
type News = (t: TFunction) => string;

/** The workspace's documents with what the person may do to each; commissioners can add more and change who can use each. */
export function ArtefactsSection({ workspace, onChanged }: { workspace: WorkspaceDetail; onChanged(): Promise<void> }) {
  const { t } = useTranslation();
  const [news, setNews] = useState<News | null>(null);

  const announceAfterReload = async (message: News) => {
    // Emptied first, so saving the same document twice is announced twice.
    setNews(null);
    await onChanged();
    setNews(() => message);
  };

  return (
    <section className="section" aria-labelledby="artefacts-heading">
      <h2 id="artefacts-heading">{t('artefacts.heading')}</h2>
      {workspace.artefacts.length === 0 ? (
        <p>{t('artefacts.none')}</p>
      ) : (
        <ul className="item-list">
          {workspace.artefacts.map((artefact) => (
            <ArtefactItem
              key={artefact.id}
              workspaceId={workspace.id}
              artefact={artefact}
              onAccessSaved={(saved) => announceAfterReload((tr) => tr('artefactAccess.saved', { title: artefactTitle(tr, saved) }))}
            />
          ))}
        </ul>
      )}
      <p role="status" className="success-message">
        {news ? news(t) : ''}
      </p>
      {workspace.role === 'commissioner' ? (
        <AddArtefactForm workspaceId={workspace.id} onAdded={(title) => announceAfterReload((tr) => tr('artefacts.added', { title }))} />
      ) : null}
    </section>
  );
}

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/apiClient.ts';
import { listWorkshops } from '../api/endpoints.ts';
import type { Workshop } from '../api/types.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { OpenWorkshop } from './OpenWorkshop.tsx';
import { OpenWorkshopForm } from './OpenWorkshopForm.tsx';
import './workshops.css';

const isOpen = (workshop: Workshop) => workshop.closedAt === null && Date.parse(workshop.expiresAt) > Date.now();

/** Commissioners: open a workshop for guests with a code, see the open ones, close them. */
export function WorkshopsSection({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const [workshops, setWorkshops] = useState<Workshop[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [news, setNews] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setWorkshops((await listWorkshops(workspaceId)).workshops);
      setProblem(null);
    } catch (error) {
      if (error instanceof ApiError) setProblem(apiErrorMessage(t, error));
      else throw error;
    }
  }, [workspaceId, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const open = (workshops ?? []).filter(isOpen);

  return (
    <section className="section panel" aria-labelledby="workshops-heading">
      <h2 id="workshops-heading" tabIndex={-1}>
        {t('workshops.heading')}
      </h2>
      <p>{t('workshops.lead')}</p>
      <div className="workshops-grid">
        <OpenWorkshopForm
          workspaceId={workspaceId}
          onOpened={(workshop) => {
            setWorkshops((list) => [workshop, ...(list ?? [])]);
            setNews(t('workshops.opened', { title: workshop.title, code: [...workshop.code].join(' ') }));
            setFocusId(workshop.id);
          }}
        />
        <div>
          <p role="status" className="success-message">
            {news}
          </p>
          {problem ? (
            <p className="notice notice--error" role="alert">
              {problem}
            </p>
          ) : null}
          <h3>{t('workshops.openList')}</h3>
          {workshops === null ? (
            <p>{t('loading')}</p>
          ) : open.length === 0 ? (
            <p>{t('workshops.noneOpen')}</p>
          ) : (
            open.map((workshop) => (
              <OpenWorkshop
                key={workshop.id}
                workspaceId={workspaceId}
                workshop={workshop}
                takeFocus={focusId === workshop.id}
                onClosed={async () => {
                  await load();
                  setNews(t('workshops.closed', { title: workshop.title }));
                  document.getElementById('workshops-heading')?.focus();
                }}
              />
            ))
          )}
        </div>
      </div>
    </section>
  );
}

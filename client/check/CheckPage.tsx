import { useTranslation } from 'react-i18next';
import { roomFromLocation } from '../collab/collabLocation.ts';
import { PageHeading, usePageTitle } from '../routing/PageHeading.tsx';
import { useLocation } from '../routing/router.ts';
import { LiveNotes } from './LiveNotes.tsx';

/** /check — before a workshop: does live co-editing work on this device and network? */
export function CheckPage() {
  const { t } = useTranslation();
  const { search } = useLocation();
  usePageTitle(t('notes.heading'));
  return (
    <>
      <PageHeading>{t('notes.heading')}</PageHeading>
      <p className="lead">{t('notes.description')}</p>
      <LiveNotes roomName={roomFromLocation({ search })} />
    </>
  );
}

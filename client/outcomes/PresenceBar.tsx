import { useTranslation } from 'react-i18next';
import { PresenceList } from '../collab/PresenceList.tsx';
import type { Participant } from './usePresence.ts';

interface PresenceBarProps {
  people: Participant[];
  following: string | null;
  onFollow: (userId: string | null) => void;
  showOthers: boolean;
}

/** Who is here now, with their role; follow someone to keep their outcome in view. */
export function PresenceBar({ people, following, onFollow, showOthers }: PresenceBarProps) {
  const { t } = useTranslation();
  if (!showOthers) return null;
  return (
    <PresenceList
      people={people}
      headingId="presence-heading"
      heading={t('outcomes.presence.heading', { count: people.length })}
      selfName={(name) => t('outcomes.presence.you', { name })}
      actionFor={(person) => (
        <button
          type="button"
          className="button button--small button--secondary"
          aria-pressed={following === person.user.id}
          onClick={() => onFollow(following === person.user.id ? null : person.user.id)}
        >
          {t('outcomes.presence.follow', { name: person.user.name })}
        </button>
      )}
    />
  );
}

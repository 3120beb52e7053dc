import { useTranslation } from 'react-i18next';
import type { Participant } from './usePresence.ts';

interface PresenceBarProps {
  people: Participant[];
  following: string | null;
  onFollow: (userId: string | null) => void;
  showOthers: boolean;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toLocaleUpperCase())
    .join('');

/** Who is here now, with their role; follow someone to keep their outcome in view. */
export function PresenceBar({ people, following, onFollow, showOthers }: PresenceBarProps) {
  const { t } = useTranslation();
  if (!showOthers) return null;
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading" className="presence__heading">
        {t('outcomes.presence.heading', { count: people.length })}
      </h2>
      <ul className="presence__list">
        {people.map((person) => (
          <li key={person.user.id} className="presence__person">
            <span className="avatar" style={{ background: person.user.colour }} aria-hidden="true">
              {initials(person.user.name)}
            </span>
            <span className="presence__name">
              {person.isSelf ? t('outcomes.presence.you', { name: person.user.name }) : person.user.name}
              <span className="presence__role">{t(`roles.${person.user.role}` as 'roles.commissioner')}</span>
            </span>
            {person.isSelf ? null : (
              <button
                type="button"
                className="button button--small button--secondary"
                aria-pressed={following === person.user.id}
                onClick={() => onFollow(following === person.user.id ? null : person.user.id)}
              >
                {t('outcomes.presence.follow', { name: person.user.name })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

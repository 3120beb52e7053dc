import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Present } from './usePresence.ts';
import { useShowOthers } from './useShowOthers.ts';
import './presence.css';

interface PresenceListProps<P extends Present> {
  people: P[];
  /** The heading's id, so the section is a region named by it. */
  headingId: string;
  /** Each page words its own heading and "(you)" (its own translation keys). */
  heading: string;
  selfName: (name: string) => string;
  /** Something to do about one other person (the outcome page's Follow). */
  actionFor?: (person: P) => ReactNode;
  /** More controls under the list (a page's view choices). */
  children?: ReactNode;
}

const initials = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toLocaleUpperCase())
    .join('');

/** Who is here now, with their role and colour (the server's stamp, so the colour matches their caret). */
export function PresenceList<P extends Present>({ people, headingId, heading, selfName, actionFor, children }: PresenceListProps<P>) {
  const { t } = useTranslation();
  // "Hide other people's cursors and avatars" (the person's setting): names stay, the coloured avatars go.
  const [showAvatars] = useShowOthers();
  return (
    <section className="presence" aria-labelledby={headingId}>
      <h2 id={headingId} className="presence__heading">
        {heading}
      </h2>
      <ul className="presence__list">
        {people.map((person) => (
          <li key={person.user.id} className="presence__person">
            {showAvatars ? (
              <span className="avatar" style={{ background: person.user.colour }} aria-hidden="true">
                {initials(person.user.name)}
              </span>
            ) : null}
            <span className="presence__name">
              {person.isSelf ? selfName(person.user.name) : person.user.name}
              <span className="presence__role">{t(`roles.${person.user.role}` as 'roles.commissioner')}</span>
            </span>
            {person.isSelf || !actionFor ? null : actionFor(person)}
          </li>
        ))}
      </ul>
      {children}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { PresenceList } from '../collab/PresenceList.tsx';
import { usePeople, usePresent } from '../collab/usePresence.ts';

interface Props {
  awareness: Awareness;
  showOthers: boolean;
  onShowOthers: (show: boolean) => void;
}

/**
 * Who has this specification open (names, roles and colours as the server
 * stamped them), and the choice to hide their carets and selections in the text.
 */
export function SpecificationPresence({ awareness, showOthers, onShowOthers }: Props) {
  const { t } = useTranslation();
  const people = usePeople(usePresent(awareness));
  return (
    <PresenceList
      people={people}
      headingId="spec-presence-heading"
      heading={t('specEditorTools.presence.heading', { count: people.length })}
      selfName={(name) => t('specEditorTools.presence.you', { name })}
    >
      <label className="spec-presence__hide">
        <input type="checkbox" checked={!showOthers} onChange={(event) => onShowOthers(!event.target.checked)} />
        {t('specEditorTools.presence.hideCursors')}
      </label>
    </PresenceList>
  );
}

import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artefact } from '../api/types.ts';
import { Link } from '../routing/Link.tsx';
import { paths } from '../routing/routes.ts';
import { ArtefactAccessForm } from './ArtefactAccessForm.tsx';
import { accessLabel, artefactTitle, kindLabel } from './labels.ts';

/** Where an artefact opens, for those who may open it. */
function artefactPath(workspaceId: string, artefact: Artefact): string | null {
  if (artefact.access === 'none') return null;
  if (artefact.kind === 'outcomes') return paths.outcomes(workspaceId);
  if (artefact.kind === 'specification') return paths.specification(workspaceId, artefact.id);
  if (artefact.kind === 'map') return paths.map(workspaceId, artefact.id);
  return null;
}

interface ArtefactItemProps {
  workspaceId: string;
  artefact: Artefact;
  /** After access was saved: reload, then announce. */
  /** Given the artefact, not its title: the confirmation names it in whichever language is on when it is read. */
  onAccessSaved(artefact: Artefact): Promise<void>;
}

/**
 * One document with what the person may do to it. A commissioner (the only one
 * sent every role's level) also gets a disclosure to change who can use it.
 */
export function ArtefactItem({ workspaceId, artefact, onAccessSaved }: ArtefactItemProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const formId = `access-${artefact.id}`;
  const titleId = `artefact-title-${artefact.id}`;

  // The form's buttons go away with it: focus returns to the button that opened it.
  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <li className="item-list__item">
      <span className="item-list__title" id={titleId}>
        {artefactPath(workspaceId, artefact) ? <Link to={artefactPath(workspaceId, artefact)!}>{artefactTitle(t, artefact)}</Link> : artefactTitle(t, artefact)}
      </span>
      <span className="item-list__meta">
        <span>{kindLabel(t, artefact.kind)}</span>
        <span className={`tag tag--${artefact.access}`}>{accessLabel(t, artefact.access)}</span>
        {artefact.access !== 'none' ? (
          // Named by the document it belongs to for people who hear the link out of its list item.
          <Link to={paths.history(workspaceId, artefact.id)} aria-describedby={titleId}>
            {t('history.link')}
          </Link>
        ) : null}
      </span>
      {artefact.accessByRole ? (
        <div className="artefact__access">
          <button
            ref={toggle}
            type="button"
            className="button button--small"
            aria-expanded={open}
            // Only while the form exists: a reference to nothing is an error for assistive technology.
            aria-controls={open ? formId : undefined}
            onClick={() => setOpen((was) => !was)}
          >
            {t('artefactAccess.change')}
            {/* Which document, for people who hear the button out of its list item. */}
            <span className="visually-hidden"> ({artefactTitle(t, artefact)})</span>
          </button>
          {open ? (
            <ArtefactAccessForm
              artefact={artefact}
              byRole={artefact.accessByRole}
              onCancel={close}
              onSaved={async () => {
                close();
                await onAccessSaved(artefact);
              }}
            />
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

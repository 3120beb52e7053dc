import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnswerForm } from './AnswerForm.tsx';
import type { CallOutcome, Contribution } from './callApi.ts';
import { ModerateForm } from './ModerateForm.tsx';
import { PromoteForm } from './PromoteForm.tsx';

type Tool = 'answer' | 'promote' | 'moderate';

interface Props {
  contribution: Contribution;
  outcomes: CallOutcome[];
  onChanged(contribution: Contribution): void;
}

/**
 * A commissioner's tools on one contribution, inline: answer, promote into
 * the framework, hide or restore. One form open at a time, under the buttons;
 * it takes focus when opened, and gives it back to its button when done.
 */
export function ManageTools({ contribution, outcomes, onChanged }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Tool | null>(null);
  const region = useRef<HTMLDivElement>(null);
  const buttons = useRef<Partial<Record<Tool, HTMLButtonElement | null>>>({});
  const returnTo = useRef<Tool | null>(null);
  const panelId = `manage-${contribution.id}`;

  useEffect(() => {
    if (open) region.current?.querySelector<HTMLElement>('input:checked, input, textarea, select')?.focus();
    // Promoting removes its own button: focus then goes to the first one.
    else if (returnTo.current) (buttons.current[returnTo.current] ?? buttons.current.answer)?.focus();
  }, [open]);

  const done = (updated: Contribution | null) => {
    returnTo.current = open;
    setOpen(null);
    if (updated) onChanged(updated);
  };

  const toggle = (tool: Tool, label: string) => (
    <button
      type="button"
      ref={(element) => {
        buttons.current[tool] = element;
      }}
      className="button button--small button--secondary"
      aria-expanded={open === tool}
      aria-controls={open === tool ? panelId : undefined}
      onClick={() => {
        returnTo.current = tool;
        setOpen(open === tool ? null : tool);
      }}
    >
      {label}
    </button>
  );

  return (
    <div className="call-manage" role="group" aria-label={t('calls.manage.heading')}>
      <div className="call-manage__buttons">
        {toggle('answer', t('calls.manage.answer'))}
        {contribution.promoted ? null : toggle('promote', t('calls.manage.promote'))}
        {toggle('moderate', contribution.hidden ? t('calls.manage.restore') : t('calls.manage.hide'))}
      </div>
      <div id={panelId} ref={region}>
        {open === 'answer' ? <AnswerForm contribution={contribution} onDone={done} /> : null}
        {open === 'promote' ? <PromoteForm contribution={contribution} outcomes={outcomes} onDone={done} /> : null}
        {open === 'moderate' ? <ModerateForm contribution={contribution} onDone={done} /> : null}
      </div>
    </div>
  );
}

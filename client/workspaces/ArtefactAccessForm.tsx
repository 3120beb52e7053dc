import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCESS_LEVELS, levelsFor, overrideProblem, ROLES, type AccessLevel, type ArtefactKind, type Role } from '../../shared/access.ts';
import { updateAccessRequest } from '../../shared/schemas/workspace.ts';
import { updateArtefactAccess } from '../api/endpoints.ts';
import type { Artefact } from '../api/types.ts';
import { SelectField } from '../ui/fields.tsx';
import { ErrorSummary } from '../ui/ErrorSummary.tsx';
import type { FieldMessages } from '../ui/errorMessages.ts';
import { useForm } from '../ui/useForm.ts';
import { artefactTitle, roleLabel } from './labels.ts';

/** Every role but the commissioner's, which is always edit (shown, not offered). */
const CHANGEABLE = ROLES.filter((role): role is Exclude<Role, 'commissioner'> => role !== 'commissioner');

/** One field per role, named as the server names it in a 400 (`access.citizen`), so its refusal lands by that select. */
const MESSAGES: FieldMessages = Object.fromEntries(CHANGEABLE.map((role) => [`access.${role}`, 'errors.accessLevel']));

/** The shared request schema, plus the matrix's own limits: the client refuses what the server would. */
const requestFor = (kind: ArtefactKind) =>
  updateAccessRequest.superRefine((body, ctx) => {
    for (const [role, level] of Object.entries(body.access) as Array<[Role, AccessLevel]>) {
      const problem = overrideProblem(kind, role, level);
      if (problem) ctx.addIssue({ code: 'custom', path: ['access', role], message: problem });
    }
  });

interface ArtefactAccessFormProps {
  artefact: Artefact;
  byRole: Record<Role, AccessLevel>;
  onSaved(): Promise<void>;
  onCancel(): void;
}

/** A commissioner sets what each role may do to one artefact; only the levels the matrix allows are offered. */
export function ArtefactAccessForm({ artefact, byRole, onSaved, onCancel }: ArtefactAccessFormProps) {
  const { t } = useTranslation();
  const formId = `access-${artefact.id}`;
  const form = useForm(formId, MESSAGES);
  const [levels, setLevels] = useState(byRole);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Only what changed: untouched roles keep following the defaults of DESIGN.md.
    const access = Object.fromEntries(CHANGEABLE.filter((role) => levels[role] !== byRole[role]).map((role) => [role, levels[role]]));
    void form.submit(requestFor(artefact.kind), { access }, async (body) => {
      await updateArtefactAccess(artefact.id, body);
      await onSaved();
    });
  };

  return (
    <form id={formId} className="form form--boxed access-form" onSubmit={onSubmit} noValidate aria-labelledby={`${formId}-heading`}>
      <h3 id={`${formId}-heading`}>{t('artefactAccess.heading', { title: artefactTitle(t, artefact) })}</h3>
      <p className="access-form__lead">{t('artefactAccess.lead')}</p>
      <ErrorSummary form={form} />
      <div className="access-form__fixed">
        <span className="field__label">{roleLabel(t, 'commissioner')}</span>
        <span>{t('artefactAccess.commissionerFixed')}</span>
      </div>
      {CHANGEABLE.map((role) => {
        const name = `access.${role}`;
        const offered = levelsFor(artefact.kind, role);
        // The one ceiling of the matrix: say why a provider is offered less on a specification.
        const capped = role === 'provider' && offered.length < ACCESS_LEVELS.length;
        return (
          <SelectField<AccessLevel>
            key={role}
            id={form.fieldId(name)}
            label={roleLabel(t, role)}
            hint={capped ? t('artefactAccess.providerSpecification') : undefined}
            options={offered.map((level) => ({ value: level, label: t(`artefactAccess.levels.${level}`) }))}
            value={levels[role]}
            onChange={(level) => setLevels((current) => ({ ...current, [role]: level }))}
            error={form.errors[name]}
          />
        );
      })}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {t('artefactAccess.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}

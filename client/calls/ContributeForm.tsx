import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { statementIn } from '../bilingual/statementIn.ts';
import { findPersonalDetails, type PersonalDetailFinding } from '../../shared/contributions/personalDetails.ts';
import { CONTRIBUTION_KINDS, contributeRequest, type ContributionKind } from '../../shared/schemas/contributions.ts';
import { ApiError } from '../api/apiClient.ts';
import { RadioGroup, SelectField, TextAreaField } from '../ui/fields.tsx';
import { contribute, type CallView, type Contribution } from './callApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { PersonalDetailsWarning } from './PersonalDetailsWarning.tsx';
import { useCallForm } from './useCallForm.ts';

interface Props {
  view: CallView;
  onPosted(contribution: Contribution): void;
}

/**
 * An idea, experience or piece of evidence on one of the call's outcomes,
 * optionally for a zone. Personal details are looked for here first, with the
 * same rules the server applies, so the author can take them out before
 * anything is sent; the server's own warning (422) is shown the same way.
 */
export function ContributeForm({ view, onPosted }: Props) {
  const { t, i18n } = useTranslation();
  const form = useCallForm('contribute');
  const [kind, setKind] = useState<ContributionKind | ''>('');
  const [outcomeId, setOutcomeId] = useState(view.outcomes.length === 1 ? view.outcomes[0]!.id : '');
  const [zone, setZone] = useState('');
  const [body, setBody] = useState('');
  const [findings, setFindings] = useState<PersonalDetailFinding[] | null>(null);
  const [posted, setPosted] = useState(false);

  const post = (personalDetailsChecked: boolean) =>
    form.submit(contributeRequest, { kind, outcomeId, zone: zone || null, body, personalDetailsChecked }, async (request) => {
      const found = findPersonalDetails(request.body);
      if (!personalDetailsChecked && found.length > 0) {
        setFindings(found);
        return;
      }
      try {
        const { contribution } = await contribute(view.call.id, request);
        setFindings(null);
        setKind('');
        setBody('');
        setPosted(true);
        onPosted(contribution);
      } catch (error) {
        if (!(error instanceof ApiError) || error.code !== 'personal_details') throw error;
        // The server's rules found something this page's did not (an older page): the same warning, without the list.
        setFindings(found);
      }
    });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPosted(false);
    void post(false);
  };

  const editBody = () => {
    setFindings(null);
    document.getElementById(form.fieldId('body'))?.focus();
  };

  return (
    <section className="call-contribute" aria-labelledby="contribute-heading">
      <h2 id="contribute-heading" tabIndex={-1}>{t('calls.contribute.heading')}</h2>
      <p>{t('calls.contribute.lead')}</p>
      <form className="form" onSubmit={submit} noValidate aria-labelledby="contribute-heading">
        <FormProblem form={form} />
        <RadioGroup<ContributionKind>
          id={form.fieldId('kind')}
          name="contribution-kind"
          legend={t('calls.contribute.kind')}
          error={form.errorFor('kind')}
          options={CONTRIBUTION_KINDS.map((value) => ({ value, label: t(`calls.kinds.${value}`), hint: t(`calls.kindHints.${value}`) }))}
          value={kind}
          onChange={setKind}
        />
        <SelectField
          id={form.fieldId('outcomeId')}
          label={t('calls.contribute.outcome')}
          error={form.errorFor('outcomeId')}
          options={[...(view.outcomes.length === 1 ? [] : [{ value: '', label: t('calls.contribute.chooseOutcome') }]), ...view.outcomes.map((o) => ({ value: o.id, label: statementIn(o, i18n.language)?.text ?? '' }))]}
          value={outcomeId}
          onChange={setOutcomeId}
        />
        {view.call.zones.length > 0 ? (
          <SelectField
            id={form.fieldId('zone')}
            label={t('calls.contribute.zone')}
            error={form.errorFor('zone')}
            options={[{ value: '', label: t('calls.contribute.noZone') }, ...view.call.zones.map((z) => ({ value: z, label: z }))]}
            value={zone}
            onChange={setZone}
          />
        ) : null}
        <TextAreaField
          id={form.fieldId('body')}
          label={t('calls.contribute.body')}
          hint={t('calls.contribute.bodyHint')}
          error={form.errorFor('body')}
          rows={6}
          value={body}
          onChange={(event) => {
            setBody(event.target.value);
            // The warning was about the text as it was: changed text is checked again on posting.
            setFindings(null);
            setPosted(false);
          }}
        />
        {findings ? (
          <PersonalDetailsWarning findings={findings} busy={form.busy} onEdit={editBody} onPostAnyway={() => void post(true)} />
        ) : (
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {t('calls.contribute.submit')}
          </button>
        )}
        <p role="status" className="call-contribute__status">
          {posted ? t('calls.contribute.posted') : ''}
        </p>
      </form>
    </section>
  );
}

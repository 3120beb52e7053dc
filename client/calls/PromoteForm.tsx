import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { statementIn } from '../bilingual/statementIn.ts';
import { promoteRequest } from '../../shared/schemas/contributions.ts';
import { RadioGroup, SelectField, TextField } from '../ui/fields.tsx';
import { promote, type CallOutcome, type Contribution } from './callApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { useCallForm } from './useCallForm.ts';

interface Props {
  contribution: Contribution;
  outcomes: CallOutcome[];
  onDone(updated: Contribution | null): void;
}

type As = 'outcome' | 'indicator';

/**
 * Promotes a contribution into the outcome framework: as a new population
 * outcome (its statement starting from the contribution's words), or as an
 * indicator of one of the call's outcomes (the one it is about, to start with).
 */
export function PromoteForm({ contribution, outcomes, onDone }: Props) {
  const { t, i18n } = useTranslation();
  const form = useCallForm(`promote-${contribution.id}`);
  const [as, setAs] = useState<As>('outcome');
  const [statement, setStatement] = useState(contribution.body.slice(0, 1000));
  const [outcomeId, setOutcomeId] = useState(outcomes.some((o) => o.id === contribution.outcomeId) ? contribution.outcomeId : (outcomes[0]?.id ?? ''));
  const [measure, setMeasure] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = as === 'outcome' ? { as, statement } : { as, outcomeId, measure };
    void form.submit(promoteRequest, values, async (parsed) => {
      onDone((await promote(contribution.id, parsed)).contribution);
    });
  };

  return (
    <form className="call-manage__form" onSubmit={submit} noValidate onKeyDown={(event) => event.key === 'Escape' && onDone(null)}>
      <FormProblem form={form} />
      <RadioGroup<As>
        id={form.fieldId('kind')}
        name={`promote-as-${contribution.id}`}
        legend={t('calls.manage.promoteLegend')}
        options={[
          { value: 'outcome', label: t('calls.manage.asOutcome') },
          { value: 'indicator', label: t('calls.manage.asIndicator') },
        ]}
        value={as}
        onChange={setAs}
      />
      {as === 'outcome' ? (
        <TextField id={form.fieldId('statement')} label={t('calls.manage.statement')} error={form.errorFor('statement')} value={statement} onChange={(event) => setStatement(event.target.value)} />
      ) : (
        <>
          <SelectField
            id={form.fieldId('outcomeId')}
            label={t('calls.manage.outcome')}
            error={form.errorFor('outcomeId')}
            options={outcomes.map((o) => ({ value: o.id, label: statementIn(o, i18n.language)?.text ?? '' }))}
            value={outcomeId}
            onChange={setOutcomeId}
          />
          <TextField id={form.fieldId('measure')} label={t('calls.manage.measure')} error={form.errorFor('measure')} value={measure} onChange={(event) => setMeasure(event.target.value)} />
        </>
      )}
      <div className="button-row">
        <button type="submit" className="button button--small button--primary" disabled={form.busy}>
          {t('calls.manage.promoteSubmit')}
        </button>
        <button type="button" className="button button--small" onClick={() => onDone(null)}>
          {t('calls.manage.cancel')}
        </button>
      </div>
    </form>
  );
}

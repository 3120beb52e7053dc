import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { answerRequest, CONTRIBUTION_ANSWERS, type ContributionAnswer } from '../../shared/schemas/contributions.ts';
import { RadioGroup, TextAreaField } from '../ui/fields.tsx';
import { answer, type Contribution } from './callApi.ts';
import { FormProblem } from './FormProblem.tsx';
import { useCallForm } from './useCallForm.ts';

interface Props {
  contribution: Contribution;
  onDone(updated: Contribution | null): void;
}

/** A commissioner's official answer: taken forward, under consideration or not, with a public response. Starts from the current answer. */
export function AnswerForm({ contribution, onDone }: Props) {
  const { t } = useTranslation();
  const form = useCallForm(`answer-${contribution.id}`);
  const [choice, setChoice] = useState<ContributionAnswer | ''>(contribution.answer?.answer ?? '');
  const [response, setResponse] = useState(contribution.answer?.response ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void form.submit(answerRequest, { answer: choice, response }, async (parsed) => {
      onDone((await answer(contribution.id, parsed)).contribution);
    });
  };

  return (
    <form className="call-manage__form" onSubmit={submit} noValidate onKeyDown={(event) => event.key === 'Escape' && onDone(null)}>
      <FormProblem form={form} />
      <RadioGroup<ContributionAnswer>
        id={form.fieldId('answer')}
        name={`answer-${contribution.id}`}
        legend={t('calls.manage.answerLegend')}
        error={form.errorFor('answer')}
        options={CONTRIBUTION_ANSWERS.map((value) => ({ value, label: t(`calls.answer.${value}`) }))}
        value={choice}
        onChange={setChoice}
      />
      <TextAreaField id={form.fieldId('response')} label={t('calls.manage.response')} error={form.errorFor('response')} rows={3} value={response} onChange={(event) => setResponse(event.target.value)} />
      <div className="button-row">
        <button type="submit" className="button button--small button--primary" disabled={form.busy}>
          {t('calls.manage.publishAnswer')}
        </button>
        <button type="button" className="button button--small" onClick={() => onDone(null)}>
          {t('calls.manage.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { statementIn } from '../../bilingual/statementIn.ts';
import { ApiError } from '../../api/apiClient.ts';
import { apiErrorMessage } from '../../ui/errorMessages.ts';
import { FieldError, RadioGroup, TextField } from '../../ui/fields.tsx';
import { CheckboxList } from './CheckboxList.tsx';
import { closesAtOf, opensAtOf, todayValue } from './callDates.ts';
import { openCall, type Call } from './callsManageApi.ts';
import { FormProblems, type Problems } from './FormProblems.tsx';
import { usePopulationOutcomes } from './usePopulationOutcomes.ts';

type Reach = 'members' | 'public';
type Which = 'all' | 'chosen';

/** Where the server's field names land in this form (`zones.2` is the zones field). */
const FIELD_OF: Record<string, string> = { title: 'title', introduction: 'introduction', opensAt: 'opensOn', closesAt: 'closesOn', zones: 'zones', outcomeIds: 'outcomes', public: 'reach' };
const ORDER = ['title', 'introduction', 'opensOn', 'closesOn', 'zones', 'outcomes', 'reach'];
const fieldId = (name: string) => `new-call-${name}`;
const ERROR_KEYS = {
  title: 'callsManage.errors.title',
  introduction: 'callsManage.errors.introduction',
  opensOn: 'callsManage.errors.opensOn',
  closesOn: 'callsManage.errors.closesOn',
  closesBeforeOpen: 'callsManage.errors.closesBeforeOpen',
  zones: 'callsManage.errors.zones',
  outcomes: 'callsManage.errors.outcomes',
  reach: 'callsManage.errors.reach',
} as const;

interface OpenCallFormProps {
  workspaceId: string;
  zones: string[];
  /** The framework's room, to offer its population outcomes; null when the workspace has none. */
  frameworkRoom: string | null;
  onOpened(call: Call): void;
}

/** A commissioner opens a call for contributions on the framework's population outcomes. */
export function OpenCallForm({ workspaceId, zones, frameworkRoom, onOpened }: OpenCallFormProps) {
  const { t, i18n } = useTranslation();
  const outcomes = usePopulationOutcomes(frameworkRoom);
  const [title, setTitle] = useState('');
  const [introduction, setIntroduction] = useState('');
  const [opensOn, setOpensOn] = useState(todayValue);
  const [closesOn, setClosesOn] = useState('');
  const [chosenZones, setChosenZones] = useState<string[]>([]);
  const [which, setWhich] = useState<Which>('all');
  const [chosenOutcomes, setChosenOutcomes] = useState<string[]>([]);
  const [reach, setReach] = useState<Reach | ''>('');
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const focusFirst = useRef(false);

  // After the problems render: focus the first field at fault, where its message is read out.
  useLayoutEffect(() => {
    if (!focusFirst.current) return;
    focusFirst.current = false;
    const first = ORDER.find((name) => problems[name]);
    if (first) document.getElementById(fieldId(first))?.focus();
  }, [problems]);

  const show = (found: Problems) => {
    focusFirst.current = true;
    setProblems(found);
  };

  const check = (): Problems => {
    const found: Problems = {};
    if (!title.trim()) found.title = t('callsManage.errors.title');
    if (!introduction.trim()) found.introduction = t('callsManage.errors.introduction');
    const opensAt = opensAtOf(opensOn);
    const closesAt = closesAtOf(closesOn);
    if (opensAt === null) found.opensOn = t('callsManage.errors.opensOn');
    if (closesAt === null) found.closesOn = t('callsManage.errors.closesOn');
    else if (opensAt !== null && Date.parse(closesAt) <= Date.parse(opensAt ?? new Date().toISOString())) found.closesOn = t('callsManage.errors.closesBeforeOpen');
    if (which === 'chosen' && chosenOutcomes.length === 0) found.outcomes = t('callsManage.errors.outcomes');
    if (!reach) found.reach = t('callsManage.errors.reach');
    return found;
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check();
    if (Object.keys(found).length > 0) return show(found);
    setBusy(true);
    try {
      const opensAt = opensAtOf(opensOn);
      const { call } = await openCall(workspaceId, {
        title: title.trim(),
        introduction: introduction.trim(),
        ...(opensAt ? { opensAt } : {}),
        closesAt: closesAtOf(closesOn)!,
        zones: chosenZones,
        outcomeIds: which === 'all' ? [] : chosenOutcomes,
        public: reach === 'public',
      });
      setProblems({});
      setTitle('');
      setIntroduction('');
      setClosesOn('');
      setChosenZones([]);
      setChosenOutcomes([]);
      setWhich('all');
      setReach('');
      onOpened(call);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // A refusal naming a field goes next to it, in this form's words; anything else above the form.
      const field = error.field ? FIELD_OF[error.field.split('.')[0]!] : undefined;
      // The dates were checked here already, so the server refusing the closing date means it is not after the opening.
      const key = (field === 'closesOn' ? 'closesBeforeOpen' : field) as keyof typeof ERROR_KEYS | undefined;
      show(field && key ? { [field]: t(ERROR_KEYS[key]) } : { form: apiErrorMessage(t, error) });
    } finally {
      setBusy(false);
    }
  };

  const introductionError = problems.introduction;
  return (
    <form className="form calls-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-labelledby="open-call-heading">
      <h3 id="open-call-heading">{t('callsManage.form.heading')}</h3>
      <p>{t('callsManage.form.lead')}</p>
      <FormProblems problems={problems} fieldId={fieldId} />
      <TextField id={fieldId('title')} label={t('callsManage.form.title')} hint={t('callsManage.form.titleHint')} value={title} onChange={(e) => setTitle(e.target.value)} error={problems.title} />
      <div className={`field${introductionError ? ' field--error' : ''}`}>
        <label className="field__label" htmlFor={fieldId('introduction')}>
          {t('callsManage.form.introduction')}
        </label>
        <p id={`${fieldId('introduction')}-hint`} className="field__hint">
          {t('callsManage.form.introductionHint')}
        </p>
        {introductionError ? <FieldError id={`${fieldId('introduction')}-error`}>{introductionError}</FieldError> : null}
        <textarea
          id={fieldId('introduction')}
          className="field__textarea calls-form__introduction"
          value={introduction}
          onChange={(e) => setIntroduction(e.target.value)}
          aria-invalid={introductionError ? true : undefined}
          aria-describedby={`${fieldId('introduction')}-hint${introductionError ? ` ${fieldId('introduction')}-error` : ''}`}
        />
      </div>
      <TextField id={fieldId('opensOn')} type="date" width="medium" label={t('callsManage.form.opensOn')} hint={t('callsManage.form.opensOnHint')} value={opensOn} onChange={(e) => setOpensOn(e.target.value)} error={problems.opensOn} />
      <TextField id={fieldId('closesOn')} type="date" width="medium" label={t('callsManage.form.closesOn')} hint={t('callsManage.form.closesOnHint')} value={closesOn} onChange={(e) => setClosesOn(e.target.value)} error={problems.closesOn} />
      {zones.length > 0 ? (
        <CheckboxList
          id={fieldId('zones')}
          legend={t('callsManage.form.zones')}
          hint={t('callsManage.form.zonesHint')}
          error={problems.zones}
          options={zones.map((zone) => ({ value: zone, label: zone }))}
          chosen={chosenZones}
          onChange={setChosenZones}
        />
      ) : null}
      <RadioGroup<Which>
        id={fieldId('outcomes')}
        name="new-call-which"
        legend={t('callsManage.form.outcomes')}
        hint={t('callsManage.form.outcomesHint')}
        error={problems.outcomes}
        value={which}
        onChange={setWhich}
        options={[
          { value: 'all', label: t('callsManage.form.allOutcomes'), hint: t('callsManage.form.allOutcomesHint') },
          { value: 'chosen', label: t('callsManage.form.chosenOutcomes') },
        ]}
      />
      {which === 'chosen' ? (
        outcomes === null ? (
          <p className="loading">{t('callsManage.form.outcomesLoading')}</p>
        ) : outcomes.length === 0 ? (
          <p className="notice">{t('callsManage.form.noPopulationOutcomes')}</p>
        ) : (
          <CheckboxList
            id={fieldId('outcomeList')}
            legend={t('callsManage.form.whichOutcomes')}
            options={outcomes.map((o) => ({ value: o.id, label: statementIn(o, i18n.language)?.text ?? t('callsManage.form.noStatement') }))}
            chosen={chosenOutcomes}
            onChange={setChosenOutcomes}
          />
        )
      ) : null}
      <RadioGroup<Reach>
        id={fieldId('reach')}
        name="new-call-reach"
        legend={t('callsManage.form.reach')}
        error={problems.reach}
        value={reach}
        onChange={setReach}
        options={[
          { value: 'members', label: t('callsManage.form.members'), hint: t('callsManage.form.membersHint') },
          { value: 'public', label: t('callsManage.form.public'), hint: t('callsManage.form.publicHint') },
        ]}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('callsManage.form.submit')}
      </button>
    </form>
  );
}

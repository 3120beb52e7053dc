import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/fields.tsx';
import type { Version } from './historyApi.ts';
import { versionTitle } from './versionName.ts';

interface CompareFormProps {
  /** Newest first. */
  versions: Version[];
  onCompare(from: number, to: number): void;
}

/** Choose two versions (by default the two newest) and see what changed between them. */
export function CompareForm({ versions, onCompare }: CompareFormProps) {
  const { t } = useTranslation();
  const [chosenFrom, setFrom] = useState('');
  const [chosenTo, setTo] = useState('');
  const options = versions.map((version) => ({ value: String(version.number), label: versionTitle(t, version) }));
  const has = (value: string) => options.some((option) => option.value === value);
  // Until someone chooses, and after a choice stops existing: the two newest.
  const from = has(chosenFrom) ? chosenFrom : (options[1]?.value ?? '');
  const to = has(chosenTo) ? chosenTo : (options[0]?.value ?? '');

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onCompare(Number(from), Number(to));
  };

  return (
    <section className="history__section" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('history.compare.heading')}</h2>
      {versions.length < 2 ? (
        <p>{t('history.compare.needTwo')}</p>
      ) : (
        <form className="history__compare" onSubmit={onSubmit} noValidate aria-labelledby="compare-heading">
          <SelectField id="compare-from" label={t('history.compare.from')} options={options} value={from} onChange={setFrom} />
          <SelectField id="compare-to" label={t('history.compare.to')} options={options} value={to} onChange={setTo} />
          <button type="submit" className="button button--primary">
            {t('history.compare.submit')}
          </button>
        </form>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import type { TextPart } from './historyApi.ts';

/**
 * A specification's words, old and new together: added words in <ins>
 * (underlined), removed ones in <del> (struck through), each also announced
 * in words, since neither colour nor a line is read out by a screen reader.
 */
export function TextDiff({ parts }: { parts: TextPart[] }) {
  const { t } = useTranslation();
  if (!parts.some((part) => part.change !== 'same')) return <p>{t('history.compare.noChanges')}</p>;
  return (
    <>
      <p className="history__key">{t('history.compare.key')}</p>
      <div className="text-diff">
        {parts.map((part, index) => {
          if (part.change === 'same') return <span key={index}>{part.text}</span>;
          const Tag = part.change === 'added' ? 'ins' : 'del';
          // A change of spacing alone gets the styling but no words: "added, end of added text" around nothing is noise.
          if (part.text.trim() === '') return <Tag key={index}>{part.text}</Tag>;
          return (
            <Tag key={index}>
              <span className="visually-hidden">[{t(`history.compare.${part.change}`)}: </span>
              {part.text}
              <span className="visually-hidden">, {t(part.change === 'added' ? 'history.compare.addedEnd' : 'history.compare.removedEnd')}]</span>
            </Tag>
          );
        })}
      </div>
    </>
  );
}

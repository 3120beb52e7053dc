import type { ContentLanguage } from '../../shared/bilingual/languageMarker.ts';

export interface BilingualStatement {
  statement: string;
  statementCy: string;
}

export interface StatementText {
  text: string;
  /** Set when the text is in the other language than the reader's, so a screen reader switches voice. */
  lang?: ContentLanguage;
}

/**
 * An outcome's statement in the reader's language, or else in the other one
 * (marked with its language); null when neither is written.
 */
export function statementIn(outcome: BilingualStatement, language: string): StatementText | null {
  const english = outcome.statement.trim();
  const welsh = (outcome.statementCy ?? '').trim();
  const [own, other, otherLang] = language === 'cy' ? [welsh, english, 'en' as const] : [english, welsh, 'cy' as const];
  if (own) return { text: own };
  return other ? { text: other, lang: otherLang } : null;
}

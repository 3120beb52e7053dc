import { useLayoutEffect, useMemo } from 'react';
import type * as Y from 'yjs';
import { LanguageEditSession, type ContentLanguage } from '../../shared/bilingual/languageMarker.ts';
import { ensureBilingualStatement, languageStampsMap, needsBilingualParts } from '../../shared/outcomes/bilingualStatement.ts';

export interface LanguageFieldEvents {
  onLocalEdit: () => void;
  onEditEnd: () => void;
}

/**
 * The stamping of one outcome's English and Welsh statements: each local
 * edit stamps its side in its own transaction, one run of edits per visit to
 * the field. Older outcomes get their Welsh field and stamps when an editor
 * first shows them; until then `ready` is false.
 */
export function useStatementStamping(doc: Y.Doc, outcomeId: string): { ready: boolean; events: Record<ContentLanguage, LanguageFieldEvents> } {
  const ready = !needsBilingualParts(doc, outcomeId);
  useLayoutEffect(() => {
    if (!ready) ensureBilingualStatement(doc, outcomeId);
  }, [doc, outcomeId, ready]);

  const events = useMemo(() => {
    const eventsFor = (side: ContentLanguage): LanguageFieldEvents => {
      const session = new LanguageEditSession(side);
      return {
        onLocalEdit: () => {
          const stamps = languageStampsMap(doc, outcomeId);
          if (stamps) session.edit(stamps);
        },
        onEditEnd: () => session.end(),
      };
    };
    return { en: eventsFor('en'), cy: eventsFor('cy') };
  }, [doc, outcomeId]);
  return { ready, events };
}

import { useId, useState, type ReactNode } from 'react';
import { EditorContent, type Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { CommissioningModel } from '../../../shared/schemas/workspace.ts';
import { specificationTemplate } from '../../../shared/specification/templates.ts';
import { LanguageMarker } from '../../bilingual/LanguageMarker.tsx';
import { EditorToolbar } from '../EditorToolbar.tsx';
import { LinkForm } from '../LinkForm.tsx';
import { WELSH_TOOLBAR } from '../toolbarShortcut.ts';
import type { YjsRoom } from '../../collab/yjsRoom.ts';
import { useFragmentStamping } from './useFragmentStamping.ts';
import { useSpecificationMarker } from './useSpecificationMarker.ts';
import { useWelshEditor } from './useWelshEditor.ts';
import './bilingualSpecification.css';

interface Props {
  room: YjsRoom;
  /** The English (main) text's editor, whose local edits are stamped here. */
  english: Editor;
  editable: boolean;
  model: CommissioningModel;
  /** The English column: toolbar, forms and the English editor. */
  children: ReactNode;
}

/**
 * The English text and, on request, the Welsh beside it (one above the other
 * on narrow screens), with the marker saying when one side changed after the
 * other. Everyone who can read the specification can show the Welsh; only
 * people who can edit it can change it.
 */
export function BilingualSpecification({ room, english, editable, model, children }: Props) {
  const { t } = useTranslation();
  const toggleId = useId();
  const [showWelsh, setShowWelsh] = useState(false);
  const { changed, welshEmpty } = useSpecificationMarker(room.doc);
  useFragmentStamping(english, room.doc, 'en');
  return (
    <>
      <div className="spec-languages__controls">
        <label className="checkbox" htmlFor={toggleId}>
          <input id={toggleId} type="checkbox" checked={showWelsh} onChange={(event) => setShowWelsh(event.target.checked)} />
          {t('bilingual.specification.showWelsh')}
        </label>
        <LanguageMarker changed={changed} id="specification-language-marker" />
      </div>
      <div className={showWelsh ? 'spec-languages spec-languages--both' : 'spec-languages'}>
        <div className="spec-languages__column">
          {showWelsh ? <p className="bilingual-pair__language">{t('bilingual.specification.englishColumn')}</p> : null}
          {children}
        </div>
        {showWelsh ? <WelshColumn room={room} editable={editable} model={model} empty={welshEmpty} /> : null}
      </div>
    </>
  );
}

function WelshColumn({ room, editable, model, empty }: { room: YjsRoom; editable: boolean; model: CommissioningModel; empty: boolean }) {
  const { t } = useTranslation();
  const welsh = useWelshEditor({ room, editable, label: t('bilingual.specification.welshLabel') });
  const [linkOpen, setLinkOpen] = useState(false);
  useFragmentStamping(welsh, room.doc, 'cy');
  if (!welsh) return null;
  return (
    <div className="spec-languages__column">
      <p className="bilingual-pair__language">{t('bilingual.specification.welshColumn')}</p>
      {editable ? (
        // The same tools as the English, named for the Welsh so the two toolbars are told apart.
        <div role="group" aria-label={t('bilingual.specification.welshTools')}>
          <EditorToolbar editor={welsh} ids={WELSH_TOOLBAR} linkOpen={linkOpen} onLink={() => setLinkOpen((was) => !was)} />
          {linkOpen ? <LinkForm editor={welsh} idBase="spec-link-cy" onClose={() => setLinkOpen(false)} /> : null}
        </div>
      ) : null}
      {empty ? (
        <div className="empty-state">
          <p>{t('bilingual.specification.welshEmpty')}</p>
          {editable ? (
            <button type="button" className="button button--secondary" onClick={() => welsh.chain().setContent(specificationTemplate(model, 'cy')).focus('start').run()}>
              {t('bilingual.specification.welshTemplate', { model: t(`models.${model}.name` as 'models.1.name') })}
            </button>
          ) : null}
        </div>
      ) : null}
      <EditorContent editor={welsh} className="spec-editor" />
    </div>
  );
}

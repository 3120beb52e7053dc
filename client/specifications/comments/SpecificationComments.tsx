import { useEffect, useRef, useState } from 'react';
import type { Editor } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDetail } from '../../api/types.ts';
import { useUser } from '../../auth/SessionContext.tsx';
import { Link } from '../../routing/Link.tsx';
import { paths } from '../../routing/routes.ts';
import { formatDate } from '../../ui/formatDate.ts';
import { anchorFromRange, type StoredAnchor } from './anchors.ts';
import { anchorContextOf } from './commentHighlights.ts';
import type { Consultation, Thread } from './commentsApi.ts';
import { mentionCandidates, type MentionAudience } from './mentions.ts';
import { NewThreadForm } from './NewThreadForm.tsx';
import { Clarifications, type ClarificationDraft } from './Clarifications.tsx';
import { CommentNews } from './CommentNews.tsx';
import { ConsultationControls } from './ConsultationControls.tsx';
import { ThreadItem } from './ThreadItem.tsx';
import { useAnchorRanges } from './useAnchorRanges.ts';
import { drawReadOnlySelection, handleReadOnlySelectionKey } from './readOnlySelection.ts';
import { useThreads } from './useThreads.ts';
import './comments.css';

interface Props {
  editor: Editor;
  artefactId: string;
  workspace: WorkspaceDetail;
}

/** Ctrl+Alt+M (⌘⌥M on a Mac), as in other editors; by `code`, since Alt changes the character on a Mac. */
const isCommentShortcut = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && event.altKey && event.code === 'KeyM';

/**
 * How everyone takes part through comments (providers only this way): select
 * text, then Comment (button or shortcut) and write the first comment; the
 * panel lists the threads the caller may see, live over Server-Sent Events.
 * Comments go to the server over REST, never into the document.
 */
export function SpecificationComments({ editor, artefactId, workspace }: Props) {
  const { t } = useTranslation();
  const me = useUser();
  const { load, refresh } = useThreads(artefactId);
  const [draft, setDraft] = useState<StoredAnchor | null>(null);
  const [message, setMessage] = useState('');
  const [activeId, setActiveId] = useState<string | null>(null);
  const [clarification, setClarification] = useState<ClarificationDraft | null>(null);
  const list = load.state === 'loaded' ? load.list : null;
  const threads = list?.threads ?? [];
  const ranges = useAnchorRanges(editor, threads, activeId);
  const canComment = list?.canComment ?? false;

  const startComment = () => {
    const { from, to } = selectedRange(editor);
    const empty = from === to;
    const context = anchorContextOf(editor);
    const quote = editor.state.doc.textBetween(from, to, ' ');
    if (empty || !context || !quote.trim()) {
      setMessage(t('specComments.selectFirst'));
      return;
    }
    setMessage('');
    setDraft(anchorFromRange(context, from, to, quote));
  };

  // The shortcut works from the document, where the selection is made.
  const start = useRef(startComment);
  start.current = startComment;
  useEffect(() => {
    if (!canComment) return;
    const dom = editor.view.dom;
    const onKey = (event: KeyboardEvent) => {
      if (handleReadOnlySelectionKey(editor, event)) return;
      if (!isCommentShortcut(event)) return;
      event.preventDefault();
      start.current();
    };
    dom.addEventListener('keydown', onKey);
    return () => dom.removeEventListener('keydown', onKey);
  }, [editor, canComment]);

  const show = (thread: Thread) => {
    const at = ranges.get(thread.id);
    setActiveId(thread.id);
    if (at?.state !== 'anchored') return;
    editor.chain().focus().setTextSelection({ from: at.from, to: at.to }).scrollIntoView().run();
    drawReadOnlySelection(editor);
  };

  const isCommissioner = workspace.role === 'commissioner';
  const meId = me?.id ?? '';
  const candidatesFor = (audience: MentionAudience) => mentionCandidates(workspace, artefactId, meId, audience);
  // A new thread is confidential while a confidential consultation is open (the server's visibilityFor).
  const consultation = list?.consultation;
  const newThreadAudience: MentionAudience = {
    visibility: consultation?.state === 'open' && consultation.visibility === 'confidential' ? 'confidential' : 'open',
    authorId: meId,
    authorOrganisationId: workspace.members.find((m) => m.userId === meId)?.organisation?.id ?? null,
  };
  return (
    <aside className="spec-comments" aria-labelledby="spec-comments-heading">
      <h2 id="spec-comments-heading">{t('specComments.heading')}</h2>
      {list ? <ConsultationLine consultation={list.consultation} /> : null}
      <p>
        <Link to={paths.youSaidWeDid(workspace.id, artefactId)}>{t('commentsPanel.summary.panelLink')}</Link>
      </p>
      {list && isCommissioner ? <ConsultationControls artefactId={artefactId} consultation={list.consultation} onChanged={refresh} /> : null}
      {list && canComment ? (
        <>
          <p className="field__hint" id="spec-comment-hint">
            {t('specComments.hint')}
          </p>
          <button type="button" className="button button--small" aria-describedby="spec-comment-hint" aria-keyshortcuts="Control+Alt+M" onClick={startComment}>
            {t('specComments.comment')}
          </button>
        </>
      ) : list && list.consultation?.state === 'closed' ? (
        <p className="notice">{t('specComments.closed')}</p>
      ) : null}
      <p role="status" className="spec-comments__message">
        {message}
      </p>
      <CommentNews threads={list ? threads : null} meId={meId} />
      {draft ? (
        <NewThreadForm
          artefactId={artefactId}
          anchor={draft}
          candidates={candidatesFor(newThreadAudience)}
          onDone={(created) => {
            setDraft(null);
            if (created) {
              setMessage(t('specComments.added'));
              setActiveId(created.id);
              refresh();
            }
            editor.commands.focus();
          }}
        />
      ) : null}
      {load.state === 'failed' ? (
        <p className="field__error" role="alert">
          {t('specComments.failed')}
        </p>
      ) : null}
      {list ? (
        <Clarifications
          artefactId={artefactId}
          clarifications={list.clarifications}
          threads={threads}
          isCommissioner={isCommissioner}
          draft={clarification}
          onDraft={setClarification}
          onPublished={refresh}
        />
      ) : null}
      {list ? (
        threads.length === 0 ? (
          <p>{t('specComments.none')}</p>
        ) : (
          <>
            <p className="spec-comments__count">{t('specComments.count', { count: threads.length })}</p>
            <ul className="spec-comments__list" aria-label={t('specComments.heading')}>
              {threads.map((thread) => (
                <ThreadItem
                  key={thread.id}
                  artefactId={artefactId}
                  thread={thread}
                  at={ranges.get(thread.id)}
                  meId={meId}
                  isCommissioner={isCommissioner}
                  canComment={canComment}
                  active={thread.id === activeId}
                  onShow={show}
                  onChanged={refresh}
                  onAnswerAll={(answered) => setClarification({ threadId: answered.id })}
                  candidatesFor={candidatesFor}
                />
              ))}
            </ul>
          </>
        )
      ) : null}
    </aside>
  );
}

/**
 * The selected range, read from the DOM selection when it is in the document:
 * ProseMirror takes the browser's selection on `selectionchange`, a moment after
 * Shift+Arrow, so a shortcut pressed straight after would otherwise see the old one.
 */
function selectedRange(editor: Editor): { from: number; to: number } {
  const view = editor.view;
  const dom = window.getSelection();
  if (dom && dom.rangeCount > 0 && !dom.isCollapsed && dom.anchorNode && dom.focusNode && view.dom.contains(dom.anchorNode) && view.dom.contains(dom.focusNode)) {
    try {
      const a = view.posAtDOM(dom.anchorNode, dom.anchorOffset);
      const b = view.posAtDOM(dom.focusNode, dom.focusOffset);
      return { from: Math.min(a, b), to: Math.max(a, b) };
    } catch {
      // Outside anything ProseMirror drew (a caret label): use its own selection.
    }
  }
  return editor.state.selection;
}

function ConsultationLine({ consultation }: { consultation: Consultation | null }) {
  const { t } = useTranslation();
  if (!consultation || consultation.state === 'none') return <p className="spec-comments__consultation">{t('specComments.consultation.none')}</p>;
  // Not Intl: Chromium without Welsh locale data writes "December 7, 2026" on a Welsh page (formatDate.ts).
  const date = (iso: string) => formatDate(t, iso);
  const visibility = t(`specComments.visibility.${consultation.visibility}`);
  const state = consultation.state;
  const when = date(state === 'scheduled' ? consultation.opensAt : consultation.closesAt);
  return <p className="spec-comments__consultation">{t(`specComments.consultation.${state}`, { date: when, visibility })}</p>;
}

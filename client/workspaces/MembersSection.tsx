import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation, WorkspaceDetail } from '../api/types.ts';
import { useUser } from '../auth/SessionContext.tsx';
import { MemberItem } from './MemberItem.tsx';

/** Everyone in the workspace; commissioners can change a role or remove someone. */
export function MembersSection({ workspace, onChanged }: { workspace: WorkspaceDetail; onChanged(): Promise<void> }) {
  const { t } = useTranslation();
  const me = useUser();
  const heading = useRef<HTMLHeadingElement>(null);
  const [news, setNews] = useState('');
  const manages = workspace.role === 'commissioner';

  // The organisations a provider can be placed in: those of the members already here.
  const organisations = new Map<string, Organisation>();
  for (const member of workspace.members) if (member.organisation) organisations.set(member.organisation.id, member.organisation);

  return (
    <section className="section" aria-labelledby="members-heading">
      <h2 id="members-heading" ref={heading} tabIndex={-1}>
        {t('members.heading')} <span className="count">({workspace.members.length})</span>
      </h2>
      <ul className="item-list">
        {workspace.members.map((member) => (
          <MemberItem
            key={member.userId}
            workspaceId={workspace.id}
            member={member}
            isMe={member.userId === me?.id}
            manages={manages}
            organisations={[...organisations.values()]}
            onChanged={async (message, removed) => {
              await onChanged();
              setNews(message);
              // The removed person's buttons are gone: continue from the list's heading.
              if (removed) heading.current?.focus();
            }}
          />
        ))}
      </ul>
      <p role="status" className="success-message">
        {news}
      </p>
    </section>
  );
}

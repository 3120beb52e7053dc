import { useTranslation } from 'react-i18next';
import { Link } from '../routing/Link.tsx';
import { paths } from '../routing/routes.ts';
import './auditLink.css';

/** On the workspace page, for commissioners: the way to the audit trail, with what it holds. */
export function AuditTrailLink({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  return (
    <p className="audit-link">
      <Link to={paths.audit(workspaceId)} aria-describedby="audit-link-hint">
        {t('audit.link')}
      </Link>
      <span id="audit-link-hint" className="audit-link__hint">
        {t('audit.linkHint')}
      </span>
    </p>
  );
}

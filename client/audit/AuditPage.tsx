// Placeholder until the audit trail page lands (issue 7).
export function AuditPage(_props: { workspaceId: string }) {
  return null;
}

// Placeholder until the version history page lands (issue 7).
export function HistoryPage(_props: { workspaceId: string; artefactId: string }) {
  return null;
}

// Placeholder until the easy-read outcome framework lands (issue 9).
export function OutcomesEasyReadPage(_props: { workspaceId: string }) {
  return null;
}

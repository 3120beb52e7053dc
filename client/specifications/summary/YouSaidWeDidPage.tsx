// Placeholder until the “you said, we did” summary page lands (issue 5).
export function YouSaidWeDidPage(_props: { workspaceId: string; artefactId: string }) {
  return null;
}

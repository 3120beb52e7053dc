// Placeholder until the process map page lands (issue 6).
export function MapPage(_props: { workspaceId: string; artefactId: string }) {
  return null;
}

// Placeholder until the call page lands (issue 8).
export function CallPage(_props: { callId: string }) {
  return null;
}

// Placeholder until the call summary page lands (issue 8).
export function CallSummaryPage(_props: { callId: string }) {
  return null;
}

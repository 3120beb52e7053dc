// Placeholder until the easy-read call lands (issue 9).
export function CallEasyReadPage(_props: { callId: string }) {
  return null;
}

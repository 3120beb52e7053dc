// Placeholder until the moderation queue page lands (issue 8).
export function ModerationPage(_props: { callId: string }) {
  return null;
}

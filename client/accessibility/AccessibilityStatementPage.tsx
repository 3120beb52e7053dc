// Placeholder until the accessibility statement lands (issue 9).
export function AccessibilityStatementPage() {
  return null;
}

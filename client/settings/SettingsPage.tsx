// Placeholder until the settings page lands (issue 9).
export function SettingsPage() {
  return null;
}

import { Hono } from 'hono';

/** What a deployment says about itself to every visitor, signed in or not. */
export interface SiteFacts {
  /** Where to report accessibility problems (ACCESSIBILITY_CONTACT_EMAIL); null when not set. */
  accessibilityContactEmail: string | null;
}

/** GET /api/site — the deployment's public facts, for pages such as the accessibility statement. */
export function siteRoutes(facts: SiteFacts) {
  return new Hono().get('/', (c) => c.json(facts));
}

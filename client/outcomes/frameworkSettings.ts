import type { CommissioningModel } from '../../shared/schemas/workspace.ts';

/** What every outcome on the page needs to know about its workspace and the viewer's choices. */
export interface FrameworkSettings {
  model: CommissioningModel;
  zones: string[];
  /** The person's choice to see others' carets (off for some people with high support needs). */
  showOthers: boolean;
}

/** A person who shaped an outcome, from the server's record of who sent which change. */
export interface Contributor {
  userId: string;
  name: string;
  role: string | null;
}

import type { CallView } from './callApi.ts';

/** What the viewer may do on the call page: the server's rules (server/policies/contributionPolicy.ts), mirrored so the page offers only what will be accepted. */
export interface Abilities {
  contribute: boolean;
  support: boolean;
  comment: boolean;
  report: boolean;
  moderate: boolean;
}

const CONTRIBUTORS = ['service_user', 'carer', 'citizen'];

export function abilitiesOf(view: CallView): Abilities {
  const role = view.viewer?.role ?? null;
  const open = view.call.state === 'open';
  const contributor = role !== null && CONTRIBUTORS.includes(role);
  const commissioner = role === 'commissioner';
  return {
    contribute: contributor && open,
    support: contributor && open,
    // Commissioners may ask back; providers only read.
    comment: (contributor || commissioner) && open,
    // After the close date nothing new is posted, reports included: the page is a record by then.
    report: role !== null && open,
    // Answers are mostly written after the close: commissioners keep their tools.
    moderate: commissioner,
  };
}

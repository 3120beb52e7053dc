import { useSession } from '../auth/SessionContext.tsx';
import { SignedInHome } from './SignedInHome.tsx';
import { SignedOutHome } from './SignedOutHome.tsx';

/** `/`: the front door when signed out, the person's workspaces when signed in. */
export function HomePage() {
  const { session } = useSession();
  if (session.status === 'signedIn') return <SignedInHome key={session.user.id} user={session.user} />;
  return <SignedOutHome needsFirstAccount={session.status === 'signedOut' && session.needsFirstAccount} />;
}

import { writesNeedEdit, type CollabAccess } from '../../server/collab/collabAccess.ts';

/**
 * Anyone may read and write any room, created on first connect. Only for
 * tests of the sync core itself (convergence, crashes, limits, lifecycle),
 * which are about documents, not people; the server never uses it.
 */
export const openAccess: CollabAccess = {
  async authorizeUpgrade() {
    return { ok: true, grant: { userId: null, sessionId: null, level: 'edit', identity: null } };
  },
  authorizeMessage: writesNeedEdit,
  async reauthorize(grant) {
    return grant;
  },
};

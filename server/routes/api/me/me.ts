import { Hono } from 'hono';
import type { AppEnv } from '../../../http/appEnv.ts';
import { requireAuth } from '../../../middleware/session.ts';
import { presentUser } from '../../../presenters/user.ts';

/** GET /api/me — who is signed in. */
export const meRoutes = new Hono<AppEnv>().get('/', requireAuth, (c) => c.json({ user: presentUser(c.get('auth')!.user) }));

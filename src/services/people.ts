import { recordAudit } from '../storage/audit.js';
import { type ForgetCounts, forgetUserRows } from '../storage/people.js';
import type { ServiceDeps } from './deps.js';

/**
 * Removes one person's personal data from a workspace (`forget-user`): their recorded display
 * name and language, their admin rights and departure flag; their authorship in drafts, revisions,
 * check-ins and the audit trail, and what they owned, become the former member. One audit row,
 * naming no one, says that it was done.
 */
export async function forgetUser(deps: ServiceDeps, teamId: string, userId: string): Promise<ForgetCounts> {
  const at = deps.clock.now().getTime();
  return deps.db.transaction().execute(async (trx) => {
    const counts = await forgetUserRows(trx, teamId, userId, at);
    await recordAudit(trx, {
      teamId,
      strategyId: null,
      actorId: 'operator',
      action: 'user.forgotten',
      at,
    });
    return counts;
  });
}

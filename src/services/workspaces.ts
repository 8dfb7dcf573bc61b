import { recordAudit } from '../storage/audit.js';
import { deleteInstallation } from '../storage/installations.js';
import { ensureWorkspace } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';

/** A workspace installed (or reinstalled) the app. */
export async function workspaceInstalled(deps: ServiceDeps, teamId: string): Promise<void> {
  const at = deps.clock.now().getTime();
  await deps.db.transaction().execute(async (trx) => {
    await ensureWorkspace(trx, teamId, at);
    await recordAudit(trx, { teamId, strategyId: null, actorId: 'slack', action: 'workspace.installed', at });
  });
}

/**
 * The app was uninstalled or its tokens revoked: the tokens are deleted at once. Nothing else
 * of the workspace is deleted, so a reinstall finds its strategies again.
 */
export async function workspaceUninstalled(deps: ServiceDeps, teamId: string, reason: string): Promise<void> {
  const at = deps.clock.now().getTime();
  await deps.db.transaction().execute(async (trx) => {
    await deleteInstallation(trx, teamId);
    await recordAudit(trx, {
      teamId,
      strategyId: null,
      actorId: 'slack',
      action: 'workspace.uninstalled',
      subject: reason,
      at,
    });
  });
}

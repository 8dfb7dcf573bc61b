import { nextRun } from '../domain/schedule.js';
import { recordAudit } from '../storage/audit.js';
import { deleteInstallation } from '../storage/installations.js';
import { listSchedulesPausedFor, pauseWorkspaceSchedules, resumeSchedule } from '../storage/schedules.js';
import { ensureWorkspace } from '../storage/strategies.js';
import type { ServiceDeps } from './deps.js';

/** Why a workspace's schedules stopped when the app left it; a reinstall resumes exactly these. */
const UNINSTALLED = 'uninstalled';

/** A workspace installed (or reinstalled) the app: what the uninstall paused starts again. */
export async function workspaceInstalled(deps: ServiceDeps, teamId: string): Promise<void> {
  const now = deps.clock.now();
  const at = now.getTime();
  const scope = { teamId };
  await deps.db.transaction().execute(async (trx) => {
    await ensureWorkspace(trx, teamId, at);
    const paused = await listSchedulesPausedFor(trx, scope, UNINSTALLED);
    for (const s of paused) {
      // From the next future slot: nothing missed while uninstalled is sent late.
      const rec = { weekday: s.weekday, localTime: s.localTime, timeZone: s.timeZone };
      await resumeSchedule(trx, scope, s.id, nextRun(rec, now).getTime(), at);
    }
    await recordAudit(trx, {
      teamId,
      strategyId: null,
      actorId: 'slack',
      action: 'workspace.installed',
      after: { schedulesResumed: paused.length },
      at,
    });
  });
}

/**
 * The app was uninstalled or its bot token revoked: the tokens are deleted at once and the
 * workspace's schedules pause. Nothing else is deleted, so a reinstall finds its strategies again.
 */
export async function workspaceUninstalled(deps: ServiceDeps, teamId: string, reason: string): Promise<void> {
  const at = deps.clock.now().getTime();
  await deps.db.transaction().execute(async (trx) => {
    await deleteInstallation(trx, teamId);
    const paused = await pauseWorkspaceSchedules(trx, { teamId }, UNINSTALLED, at);
    await recordAudit(trx, {
      teamId,
      strategyId: null,
      actorId: 'slack',
      action: 'workspace.uninstalled',
      subject: reason,
      after: { schedulesPaused: paused },
      at,
    });
  });
}

import type { Db } from '../storage/db.js';
import { claimSubmission, isSubmissionClaimed, type SubmissionId } from '../storage/events.js';
import type { ServiceDeps } from './deps.js';

export type { SubmissionId };

// A signed modal submission can be sent again as it was (a replay within the signature's five
// minutes). Slack itself sends each version of a view once, so a second final submission of the
// same view and hash is not the user's: it is acknowledged and changes nothing.

/**
 * True the first time this final submission writes (or when it is not from a modal); called in
 * the writing transaction just before the first write, after every refusal, so that a refused
 * submission corrected and sent again (same view, same hash) still goes through.
 */
export async function firstSubmission(
  trx: Db,
  teamId: string,
  submission: SubmissionId | undefined,
  at: number,
): Promise<boolean> {
  return submission === undefined || claimSubmission(trx, teamId, submission, at);
}

/** Whether this final submission already changed something. */
export async function alreadySubmitted(
  deps: ServiceDeps,
  teamId: string,
  submission: SubmissionId | undefined,
): Promise<boolean> {
  return submission !== undefined && isSubmissionClaimed(deps.db, teamId, submission);
}

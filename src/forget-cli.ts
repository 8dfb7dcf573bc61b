import { parseArgs } from 'node:util';
import type { Clock } from './clock.js';
import { plurals } from './i18n/plural.js';
import type { Logger } from './logger.js';
import { forgetUser } from './services/people.js';
import type { Db } from './storage/db.js';

const plural = plurals('en');

export const FORGET_USAGE = 'usage: npm run cli -- forget-user --team T --user U';

export type ForgetCommandResult = { code: 0; output: string } | { code: 2; error: string };

/** `forget-user`: one person's personal data removed from one workspace (services/people.ts). */
export async function forgetUserCommand(
  db: Db,
  argv: string[],
  clock: Clock,
  logger: Logger,
): Promise<ForgetCommandResult> {
  let values: { team?: string; user?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { team: { type: 'string' }, user: { type: 'string' } },
      allowPositionals: false,
    }));
  } catch (err) {
    return { code: 2, error: `${err instanceof Error ? err.message : String(err)}\n${FORGET_USAGE}` };
  }
  const team = values.team?.trim();
  const user = values.user?.trim();
  // A Slack user id: anything looser could match other people's ids inside text.
  if (!team || !user || !/^[UW][A-Z0-9]{1,20}$/.test(user)) return { code: 2, error: FORGET_USAGE };
  const counts = await forgetUser({ db, clock, logger }, team, user);
  return {
    code: 0,
    output: `forgot ${user} in ${team}: ${plural(counts.removed, { one: '1 row', other: `${counts.removed} rows` })} removed, ${plural(counts.rewritten, { one: '1 cell', other: `${counts.rewritten} cells` })} now naming a former member\n`,
  };
}

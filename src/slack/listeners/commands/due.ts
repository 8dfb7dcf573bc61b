import { formatLocalDate, parseLocalDate } from '../../../domain/dates.js';
import { messages } from '../../../i18n/index.js';
import { changePhase } from '../../../services/phases.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { phaseName } from '../../../views/phases.js';
import { ephemeral, withStrategy } from '../../command-request.js';
import { announcePhaseChange, namePhase, refusalText } from '../../phases.js';

/** `due <phase> <YYYY-MM-DD>`: a local calendar date in the strategy's time zone. */
export const due = withStrategy(async (deps, req, strategy) => {
  const m = messages(req.language);
  const parts = req.rest.trim().split(/\s+/);
  const dateText = parts.pop() ?? '';
  const phaseText = parts.join(' ');
  if (!phaseText || !dateText) return ephemeral(req, m.phase.dueUsage);
  const named = namePhase(req.language, phaseText);
  if ('error' in named) return ephemeral(req, named.error);
  const date = parseLocalDate(dateText);
  if (!date) return ephemeral(req, m.phase.invalidDate(escapeMrkdwn(dateText)));
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  const result = await changePhase(deps, { strategy, key: named.key, actor, change: { dueDate: date } });
  const name = phaseName(req.language, named.key);
  const shown = formatLocalDate(req.language, date);
  switch (result.kind) {
    case 'forbidden':
      return ephemeral(req, refusalText(req.language, strategy, result));
    case 'past_date':
      return ephemeral(req, m.phase.pastDate(shown, formatLocalDate(req.language, result.today)));
    case 'invalid':
      return ephemeral(req, m.phase.invalidDate(escapeMrkdwn(dateText)));
    case 'unchanged':
      return ephemeral(req, m.phase.dueUnchanged(name, shown));
    case 'updated':
      await ephemeral(req, m.phase.dueSet(name, shown));
      await announcePhaseChange(deps, req.client, strategy, result, req.userId);
  }
});

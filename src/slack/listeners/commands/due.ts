import { formatLocalDate, parseLocalDate } from '../../../domain/dates.js';
import { messages } from '../../../i18n/index.js';
import { changePhase } from '../../../services/phases.js';
import { findStrategyByChannel } from '../../../storage/strategies.js';
import { phaseName } from '../../../views/phases.js';
import { announcePhaseChange, namePhase, refusalText } from '../../phases.js';
import type { Subcommand } from './types.js';

/** `due <phase> <YYYY-MM-DD>`: a local calendar date in the strategy's time zone. */
export const due: Subcommand = async (deps, req) => {
  const m = messages(req.language);
  const reply = async (text: string): Promise<void> => {
    await req.respond({ response_type: 'ephemeral', text });
  };
  const strategy = await findStrategyByChannel(deps.db, { teamId: req.teamId }, req.channelId);
  if (!strategy) return reply(m.errors.noStrategy);
  const parts = req.rest.trim().split(/\s+/);
  const dateText = parts.pop() ?? '';
  const phaseText = parts.join(' ');
  if (!phaseText || !dateText) return reply(m.phase.dueUsage);
  const named = namePhase(req.language, phaseText);
  if ('error' in named) return reply(named.error);
  const date = parseLocalDate(dateText);
  if (!date) return reply(m.phase.invalidDate(dateText));
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  const result = await changePhase(deps, { strategy, key: named.key, actor, change: { dueDate: date } });
  const name = phaseName(req.language, named.key);
  const shown = formatLocalDate(req.language, date);
  switch (result.kind) {
    case 'forbidden':
      return reply(refusalText(req.language, strategy, result));
    case 'past_date':
      return reply(m.phase.pastDate(shown, formatLocalDate(req.language, result.today)));
    case 'invalid':
      return reply(m.phase.invalidDate(dateText));
    case 'unchanged':
      return reply(m.phase.dueUnchanged(name, shown));
    case 'updated':
      await reply(m.phase.dueSet(name, shown));
      await announcePhaseChange(deps, req.client, strategy, result, req.userId);
  }
};

import { formatDateIn } from '../../../domain/dates.js';
import { languageFromLocale } from '../../../domain/strategy.js';
import { canonicalTimeZone, UTC } from '../../../domain/time-zones.js';
import { messages } from '../../../i18n/index.js';
import { MAX_STRATEGY_NAME, startStrategy } from '../../../services/strategies.js';
import { postForActor } from '../../after-ack.js';
import { ephemeral, type Subcommand } from '../../command-request.js';

export const start: Subcommand = async (deps, req) => {
  const m = messages(req.language);
  // The facilitator's own locale and time zone become the strategy's defaults.
  const facilitator = await deps.users.get(req.client, req.teamId, req.userId);
  const name = req.rest.trim() || m.start.defaultName(req.channelName);
  const result = await startStrategy(deps, {
    teamId: req.teamId,
    channelId: req.channelId,
    userId: req.userId,
    name,
    language: languageFromLocale(facilitator.locale),
    timeZone: canonicalTimeZone(facilitator.timeZone ?? '') ?? UTC,
  });
  switch (result.kind) {
    case 'invalid_name':
      return ephemeral(req, m.start.nameTooLong(MAX_STRATEGY_NAME));
    case 'exists': {
      const s = result.strategy;
      const date = formatDateIn(req.language, s.createdAt, s.timeZone);
      return ephemeral(req, m.start.exists(s.name, s.createdBy, date));
    }
    case 'created': {
      // Announced in the strategy's language through the response URL, which reaches the
      // channel even before the bot has been invited to it.
      const text = messages(result.strategy.language).start.created(req.userId, result.strategy.name);
      const saved = m.posting.startNotAnnounced(result.strategy.name);
      await postForActor(deps.logger, req, { channelId: req.channelId, saved }, () =>
        req.respond({ response_type: 'in_channel', text }),
      );
    }
  }
};

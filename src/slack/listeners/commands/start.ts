import { formatDateIn } from '../../../domain/dates.js';
import { isDirectConversation, languageFromLocale } from '../../../domain/strategy.js';
import { canonicalTimeZone, UTC } from '../../../domain/time-zones.js';
import { messages } from '../../../i18n/index.js';
import { languageChoice } from '../../../services/languages.js';
import { MAX_STRATEGY_NAME, startStrategy } from '../../../services/strategies.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { startedMessage } from '../../../views/language.js';
import { postForActor } from '../../after-ack.js';
import { ephemeral, type Subcommand } from '../../command-request.js';

export const start: Subcommand = async (deps, req) => {
  const m = messages(req.language);
  if (isDirectConversation(req.channelId, req.channelName)) return ephemeral(req, m.lifecycle.startInDm);
  // The facilitator's own language (their choice, else their Slack locale) and time zone become
  // the strategy's defaults; the confirmation offers the other language in one click.
  const [facilitator, chosen] = await Promise.all([
    deps.users.get(req.client, req.teamId, req.userId),
    languageChoice(deps, req.teamId, req.userId),
  ]);
  const name = req.rest.trim() || m.start.defaultName(req.channelName);
  const result = await startStrategy(deps, {
    teamId: req.teamId,
    channelId: req.channelId,
    userId: req.userId,
    name,
    language: chosen ?? languageFromLocale(facilitator.locale),
    timeZone: canonicalTimeZone(facilitator.timeZone ?? '') ?? UTC,
  });
  switch (result.kind) {
    case 'invalid_name':
      return ephemeral(req, m.start.nameTooLong(MAX_STRATEGY_NAME));
    case 'exists': {
      const s = result.strategy;
      const date = formatDateIn(req.language, s.createdAt, s.timeZone);
      return ephemeral(req, m.start.exists(escapeMrkdwn(s.name), s.createdBy, date));
    }
    case 'created': {
      // Announced in the strategy's language through the response URL, which reaches the
      // channel even before the bot has been invited to it.
      const saved = m.posting.startNotAnnounced(escapeMrkdwn(result.strategy.name));
      await postForActor(deps.logger, req, { channelId: req.channelId, saved }, () =>
        req.respond({ response_type: 'in_channel', ...startedMessage(result.strategy, req.userId) }),
      );
    }
  }
};

import { messages } from '../../../i18n/index.js';
import {
  API_TOKEN_LABEL_MAX,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from '../../../services/api-tokens.js';
import { apiTokenCreatedMessage, apiTokenListMessage } from '../../../views/api-tokens.js';
import { escapeMrkdwn } from '../../../views/escape.js';
import { ephemeral, withStrategy } from '../../command-request.js';

/** The words for each action, in English and in Finnish. */
const ACTIONS = {
  create: ['create', 'new', 'luo', 'uusi'],
  list: ['list', 'lista', 'luettelo'],
  revoke: ['revoke', 'delete', 'peru', 'mitätöi', 'mitatoi'],
} as const;

/**
 * `api token create <label>`, `api token list`, `api token revoke <label>`: the strategy's API
 * tokens, for its admins. Every reply is ephemeral: a new token is seen once, by whoever made it.
 */
export const api = withStrategy(async (deps, req, strategy) => {
  const m = messages(req.language).api;
  const [noun = '', verb = '', ...labelWords] = req.rest.split(/\s+/).filter(Boolean);
  const action = (Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]).find((a) =>
    (ACTIONS[a] as readonly string[]).includes(verb.toLowerCase()),
  );
  if (!['token', 'tokens', 'avain'].includes(noun.toLowerCase()) || !action) return ephemeral(req, m.usage);
  const label = labelWords.join(' ');
  const actor = await deps.users.actor(req.client, req.teamId, req.userId);
  const admins = strategy.admins.map((u) => `<@${u}>`).join(', ');
  switch (action) {
    case 'create': {
      const result = await createApiToken(deps, { strategy, actor, label });
      switch (result.kind) {
        case 'forbidden':
          return ephemeral(req, m.forbidden(admins));
        case 'invalid_label':
          return ephemeral(req, m.invalidLabel(API_TOKEN_LABEL_MAX));
        case 'taken':
          return ephemeral(req, m.taken(escapeMrkdwn(label)));
        case 'created':
          return ephemeral(req, apiTokenCreatedMessage(req.language, result.record.label, result.token));
      }
      return;
    }
    case 'list': {
      const result = await listApiTokens(deps, { strategy, actor });
      if (result.kind === 'forbidden') return ephemeral(req, m.forbidden(admins));
      return ephemeral(req, apiTokenListMessage(req.language, result.tokens, strategy.timeZone));
    }
    case 'revoke': {
      if (!label) return ephemeral(req, m.usage);
      const result = await revokeApiToken(deps, { strategy, actor, label });
      switch (result.kind) {
        case 'forbidden':
          return ephemeral(req, m.forbidden(admins));
        case 'not_found':
          return ephemeral(req, m.notFound(escapeMrkdwn(label)));
        case 'revoked':
          return ephemeral(req, m.revoked(escapeMrkdwn(result.record.label)));
      }
    }
  }
});

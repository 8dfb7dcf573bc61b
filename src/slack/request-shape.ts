import { parse as parseQuery } from 'node:querystring';
import { z } from 'zod';

// The shape of every request body the app handles, read once its signature holds and before
// Bolt gets it. Bolt takes a body's fields on trust (a JSON `null`, an `event` that is a string,
// `actions` that is not a list): such a body throws inside Bolt, before any listener or error
// handler, and one of them took the whole process down. Only the fields Bolt or a listener reads
// are checked; everything else in a payload is left alone.

const text = z.string();
const optionalText = text.optional();

/** A view as Slack sends it back: its state holds each input's value by block and action. */
const stateValue = z.object({
  type: optionalText,
  value: text.nullish(),
  selected_option: z.object({ value: text }).nullish(),
  selected_options: z.array(z.object({ value: text })).nullish(),
  selected_user: text.nullish(),
  selected_users: z.array(text).nullish(),
  selected_date: text.nullish(),
  selected_time: text.nullish(),
  selected_conversation: text.nullish(),
  selected_channel: text.nullish(),
  timezone: text.nullish(),
});
const view = z.object({
  id: text,
  type: optionalText,
  callback_id: optionalText,
  private_metadata: optionalText,
  hash: optionalText,
  team_id: text.nullish(),
  app_installed_team_id: text.nullish(),
  state: z.object({ values: z.record(text, z.record(text, stateValue)) }).optional(),
});

/** What every interaction names: who, in which workspace (null for an organisation-wide install). */
const interaction = {
  user: z.object({ id: text, team_id: optionalText }),
  team: z.object({ id: text, enterprise_id: text.nullish() }).nullish(),
  enterprise: z.object({ id: text }).nullish(),
  is_enterprise_install: z.boolean().optional(),
  trigger_id: optionalText,
  response_url: optionalText,
  response_urls: z.array(z.object({ response_url: text })).optional(),
  channel: z.object({ id: text, name: optionalText }).nullish(),
  function_data: z.object({ execution_id: optionalText }).nullish(),
};

const blockActions = z.object({
  ...interaction,
  type: z.literal('block_actions'),
  actions: z
    .array(
      z.object({
        action_id: text,
        block_id: optionalText,
        type: optionalText,
        value: optionalText,
        selected_option: z.object({ value: text }).nullish(),
      }),
    )
    .min(1),
  view: view.optional(),
  container: z.object({ type: optionalText }).optional(),
  message: z.object({ ts: optionalText }).optional(),
});

const viewAction = z.object({
  ...interaction,
  type: z.enum(['view_submission', 'view_closed']),
  view: view.extend({ callback_id: text, state: view.shape.state.unwrap() }),
});

const userField = z.union([text, z.object({ id: text, team_id: optionalText })]);
const eventCallback = z.object({
  type: z.literal('event_callback'),
  team_id: text,
  event_id: optionalText,
  enterprise_id: text.nullish(),
  authorizations: z
    .array(
      z.object({
        team_id: text.nullable(),
        enterprise_id: text.nullish(),
        is_enterprise_install: z.boolean().optional(),
      }),
    )
    .optional(),
  event: z.object({
    type: text,
    user: userField.optional(),
    channel: z.union([text, z.object({ id: text, creator: optionalText })]).optional(),
    channel_id: optionalText,
    item: z.object({ channel: optionalText }).optional(),
    subteam: z.object({ created_by: optionalText }).optional(),
    tab: optionalText,
    tokens: z.object({ oauth: z.array(text).optional(), bot: z.array(text).optional() }).optional(),
    function_execution_id: optionalText,
  }),
});

const urlVerification = z.object({ type: z.literal('url_verification'), challenge: text });

/** A slash command as a form: every field once, as text. */
const slashCommand = z.object({
  command: text,
  text: text,
  team_id: text,
  user_id: text,
  channel_id: text,
  channel_name: optionalText,
  response_url: optionalText,
  trigger_id: optionalText,
  enterprise_id: optionalText,
  is_enterprise_install: optionalText,
  api_app_id: optionalText,
});

const payloads = z.discriminatedUnion('type', [blockActions, viewAction, eventCallback, urlVerification]);

/** A body read: what it holds, or why it is refused (the path of its first wrong field). */
export type ShapeVerdict =
  | { ok: true; kind: 'request'; body: Record<string, unknown> }
  /** Slack's certificate check of a slash command URL: Bolt answers it; nothing else in it counts. */
  | { ok: true; kind: 'ssl_check' }
  /** Slack's app_rate_limited notice: nothing to do but acknowledge it. */
  | { ok: true; kind: 'rate_limited' }
  | { ok: false; problem: string };

function problemOf(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'malformed';
  const path = issue.path.length > 0 ? issue.path.join('.') : 'body';
  return `${path}: ${issue.code}`;
}

function checkPayload(value: unknown): ShapeVerdict {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problem: 'body: not an object' };
  if ((value as { type?: unknown }).type === 'app_rate_limited') return { ok: true, kind: 'rate_limited' };
  const result = payloads.safeParse(value);
  return result.success
    ? { ok: true, kind: 'request', body: value as Record<string, unknown> }
    : { ok: false, problem: problemOf(result.error) };
}

/**
 * Reads a body as Bolt would (a form when the content type is exactly a form, JSON otherwise; a
 * form's `payload` field holds an interaction's JSON) and says whether it has the shape of a
 * request the app handles.
 */
export function readBody(contentType: string | undefined, raw: string): ShapeVerdict {
  if (contentType === 'application/x-www-form-urlencoded') {
    const form = parseQuery(raw);
    if (form.ssl_check === '1') return { ok: true, kind: 'ssl_check' };
    if ('payload' in form) {
      if (typeof form.payload !== 'string') return { ok: false, problem: 'payload: not one text field' };
      try {
        return checkPayload(JSON.parse(form.payload));
      } catch {
        return { ok: false, problem: 'payload: not JSON' };
      }
    }
    const result = slashCommand.safeParse(form);
    return result.success
      ? { ok: true, kind: 'request', body: { ...form } }
      : { ok: false, problem: problemOf(result.error) };
  }
  try {
    return checkPayload(JSON.parse(raw));
  } catch {
    return { ok: false, problem: 'body: not JSON' };
  }
}

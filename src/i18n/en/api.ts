import { characters, plural } from './counts.js';

// The HTTP API: its tokens as admins make, list and revoke them in Slack, and the details of the
// problems the API answers with (for whoever wires a tool to it, in the strategy's language).
export const apiTexts = {
  api: {
    usage:
      '`/smstrategy api token create <label>` makes a token for this strategy, `/smstrategy api token list` lists them and `/smstrategy api token revoke <label>` revokes one (admins).',
    forbidden: (admins: string) =>
      `Only the strategy's admins (${admins}) and workspace admins can manage its API tokens.`,
    invalidLabel: (max: number) => `Give the token a label of at most ${characters(max)}, e.g. \`ga4\`.`,
    taken: (label: string) =>
      `This strategy already has a token labelled *${label}*: choose another label, or revoke that one first.`,
    created: (label: string) =>
      `Here is the API token *${label}* for this strategy. Copy it now: it is shown only this once, and I keep only a fingerprint of it.`,
    createdUse:
      'Send it as `Authorization: Bearer <token>` to `/api/v1/` on this app. Anyone holding it can read this strategy and report its metrics; revoke it with `/smstrategy api token revoke <label>` when it is no longer needed.',
    listHeading: (count: number) =>
      plural(count, {
        one: '*1 API token* for this strategy:',
        other: `*${count} API tokens* for this strategy:`,
      }),
    listNone: 'This strategy has no API tokens. Make one with `/smstrategy api token create <label>`.',
    listLine: (label: string, user: string, created: string, used: string | undefined) =>
      `• *${label}*: made by <@${user}> on ${created}${used ? `, last used ${used}` : ', not used yet'}`,
    revoked: (label: string) =>
      `The token *${label}* is revoked: it opens nothing from now on. The values it wrote stay, marked with its label.`,
    notFound: (label: string) =>
      `This strategy has no token labelled *${label}*. See \`/smstrategy api token list\`.`,
    sourceMark: (label: string | undefined) => (label ? `via API · ${label}` : 'via API'),
    importMark: 'imported',
    workflowMark: 'via workflow',
    problems: {
      unauthenticated:
        'Send a token made with `/smstrategy api token create <label>` as `Authorization: Bearer <token>`. This one is missing, not valid or revoked.',
      archived: "The token's strategy is archived: it can no longer be read or written through the API.",
      rateLimited: (seconds: number) =>
        plural(seconds, {
          one: 'Too many requests with this token: try again in 1 second.',
          other: `Too many requests with this token: try again in ${seconds} seconds.`,
        }),
      noSuchPath: 'There is no such endpoint: see /api/v1/openapi.json.',
      methodNotAllowed: (allowed: string) => `This endpoint answers ${allowed} only.`,
      noSuchMetric: (name: string) => `This strategy has no active metric "${name}".`,
      noSuchMetricSuggest: (name: string, suggestion: string) =>
        `This strategy has no active metric "${name}". Did you mean "${suggestion}"?`,
      tooLarge: (bytes: number) => `The body is larger than the ${bytes} bytes the API reads.`,
      unsupportedType: 'Send the body as JSON, with Content-Type: application/json.',
      invalidJson: 'The body is not valid JSON.',
      notAnObject: 'The body must be a JSON object, e.g. {"value": 42}.',
      unknownField: 'This field is not one the API takes: value, period, date, comment and confidence are.',
      required: 'This field is required.',
      notANumber: 'This must be a number, e.g. 1234.5.',
      notAString: 'This must be a string.',
      notAPeriod: (example: string) =>
        `This is not a period of this metric's cadence: write it like ${example}.`,
      notADate: 'This is not a date: write it as YYYY-MM-DD.',
      periodInFuture: "This period has not begun yet in the strategy's time zone.",
      dateInFuture: "This day is after today in the strategy's time zone.",
      outsidePeriod: 'This day is not in the period given with it.',
      tooLong: (max: number) => `At most ${characters(max)}.`,
      notAConfidence: 'This must be on_track, at_risk, off_track or null.',
      keyInvalid: 'The Idempotency-Key must be 1 to 255 visible ASCII characters.',
      keyMismatch: 'This Idempotency-Key came with another request before: use a new key for a new request.',
      keyInProgress: 'The first request with this Idempotency-Key is still under way: try again in a moment.',
      unavailable: 'The app cannot reach its database just now: try again in a moment.',
      internal: 'Something went wrong on our side; nothing was saved. Try again in a moment.',
    },
  },
};

import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  CHECKIN_COMMENT_MAX,
  type Checkin,
  CONFIDENCES,
  type Confidence,
  type Metric,
} from '../domain/metric.js';
import { phaseTiming } from '../domain/phases.js';
import type { Language, Strategy } from '../domain/strategy.js';
import { messages } from '../i18n/index.js';
import { withRequestContext } from '../last-resort.js';
import type { Logger } from '../logger.js';
import {
  type ApiAnswer,
  type ApiTokenRecord,
  abandonIdempotent,
  authenticateApiToken,
  finishIdempotent,
  requestFingerprint,
  startIdempotent,
} from '../services/api-tokens.js';
import { currentAssessment } from '../services/assessments.js';
import type { ServiceDeps } from '../services/deps.js';
import {
  activeMetric,
  type CheckinField,
  type CheckinProblem,
  checkCheckinValue,
  type MetricOverview,
  metricHistory,
  metricNamed,
  recordCheckin,
  strategyMetrics,
} from '../services/metrics.js';
import { strategyPhases } from '../services/phases.js';
import { scheduleState } from '../services/schedules.js';
import { unavailableProblem } from '../storage/db.js';
import { OPENAPI_DOCUMENT } from './openapi.js';
import { type FieldError, type Problem, sendJson, sendProblem } from './problems.js';
import { RateLimiter } from './rate-limit.js';

export const API_ROOT = '/api/v1';
/**
 * The largest body the API reads. A value with its comment at the maximum, every character
 * escaped as `\uXXXX`, is about 3 kB: this leaves room, and keeps what a client can make the
 * process hold small.
 */
export const API_BODY_LIMIT = 64 * 1024;

export interface ApiOptions {
  /** Requests a token may make per minute (see rate-limit.ts). */
  requestsPerMinute?: number;
  bodyLimit?: number;
}

export function isApiPath(path: string): boolean {
  return path === API_ROOT || path.startsWith(`${API_ROOT}/`);
}

type Route =
  | { name: 'openapi' }
  | { name: 'metrics' }
  | { name: 'values'; metric: string }
  | { name: 'strategy' };

const ALLOWED: Record<Route['name'], readonly string[]> = {
  openapi: ['GET'],
  metrics: ['GET'],
  values: ['GET', 'POST'],
  strategy: ['GET'],
};

function routeOf(path: string): Route | undefined {
  const rest = path.slice(API_ROOT.length);
  if (rest === '/openapi.json') return { name: 'openapi' };
  if (rest === '/metrics') return { name: 'metrics' };
  if (rest === '/strategy') return { name: 'strategy' };
  const values = /^\/metrics\/([^/]+)\/values$/.exec(rest);
  if (!values) return undefined;
  try {
    return { name: 'values', metric: decodeURIComponent(values[1]!) };
  } catch {
    return undefined;
  }
}

/** What a request does once its token is known. */
interface Caller {
  token: ApiTokenRecord;
  strategy: Strategy;
  language: Language;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;
const FIELDS = ['value', 'period', 'date', 'comment', 'confidence'] as const;

const toIso = (d: Date) => d.toISOString();

function valueJson(c: Checkin) {
  return {
    period: c.period,
    value: c.value,
    comment: c.comment,
    confidence: c.confidence,
    reportedAt: toIso(c.reportedAt),
    source:
      c.source.label === undefined ? { kind: c.source.kind } : { kind: c.source.kind, label: c.source.label },
  };
}

function metricJson(o: MetricOverview) {
  const { metric, trend } = o;
  const latest = trend.latest && o.checkins.find((c) => c.period === trend.latest!.period);
  return {
    id: metric.id,
    name: metric.name,
    unit: metric.unit,
    baseline: metric.baseline,
    target: metric.target,
    targetDate: metric.targetDate,
    direction: metric.direction,
    cadence: metric.cadence,
    ownerId: metric.ownerId,
    latest: latest ? valueJson(latest) : null,
    progress: { percent: trend.percent ?? null, status: trend.status },
  };
}

/** An example period of the metric's cadence, for a refusal to show. */
const examplePeriod = (metric: Metric) => (metric.cadence === 'weekly' ? '2027-W06' : '2027-02');

function fieldProblem(
  language: Language,
  metric: Metric,
  field: CheckinField,
  problem: CheckinProblem,
): string {
  const p = messages(language).api.problems;
  switch (problem) {
    case 'not_a_number':
      return p.notANumber;
    case 'not_a_period':
      return p.notAPeriod(examplePeriod(metric));
    case 'not_a_date':
      return p.notADate;
    case 'in_future':
      return field === 'date' ? p.dateInFuture : p.periodInFuture;
    case 'outside_period':
      return p.outsidePeriod;
    case 'too_long':
      return p.tooLong(CHECKIN_COMMENT_MAX);
  }
}

/** The body of a POST of a value, checked for its shape (the rules of the value come after). */
type NewValue = {
  value: number;
  period?: string;
  date?: string;
  comment?: string | null;
  confidence?: Confidence | null;
};

function readNewValue(
  body: unknown,
  language: Language,
): { ok: true; value: NewValue } | { ok: false; errors: FieldError[] } {
  const p = messages(language).api.problems;
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, errors: [{ field: '', detail: p.notAnObject }] };
  const record = body as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const key of Object.keys(record))
    if (!(FIELDS as readonly string[]).includes(key))
      errors.push({ field: `/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`, detail: p.unknownField });
  const { value, period, date, comment, confidence } = record;
  if (value === undefined) errors.push({ field: '/value', detail: p.required });
  else if (typeof value !== 'number') errors.push({ field: '/value', detail: p.notANumber });
  if (period !== undefined && typeof period !== 'string')
    errors.push({ field: '/period', detail: p.notAString });
  if (date !== undefined && typeof date !== 'string') errors.push({ field: '/date', detail: p.notAString });
  if (comment !== undefined && comment !== null && typeof comment !== 'string')
    errors.push({ field: '/comment', detail: p.notAString });
  if (
    confidence !== undefined &&
    confidence !== null &&
    !(CONFIDENCES as readonly unknown[]).includes(confidence)
  )
    errors.push({ field: '/confidence', detail: p.notAConfidence });
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      value: value as number,
      ...(period === undefined ? {} : { period: period as string }),
      ...(date === undefined ? {} : { date: date as string }),
      ...(comment === undefined ? {} : { comment: comment as string | null }),
      ...(confidence === undefined ? {} : { confidence: confidence as Confidence | null }),
    },
  };
}

class Refused extends Error {
  constructor(
    readonly problem: Problem,
    readonly headers: Record<string, string> = {},
    /** The body was not read: the connection closes after the answer rather than read it. */
    readonly unread = false,
  ) {
    super(problem.code);
  }
}

/**
 * The HTTP API under /api/v1, beside Slack's endpoints on the same server. A request opens it
 * only with a token the app made (`Authorization: Bearer`); a Slack signature opens nothing here,
 * and Slack's endpoints take nothing but a Slack signature. Every value goes through the same
 * check-in service as the window, with the same rules and the same audit trail.
 */
export function makeApiHandler(
  deps: ServiceDeps & { logger: Logger },
  options: ApiOptions = {},
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const limiter = new RateLimiter(deps.clock, options.requestsPerMinute);
  const bodyLimit = options.bodyLimit ?? API_BODY_LIMIT;

  /** Reads the body up to the limit; refuses a larger one as soon as it shows. */
  const readBody = (req: IncomingMessage, language: Language): Promise<Buffer> => {
    const p = messages(language).api.problems;
    const tooLarge = () =>
      new Refused(
        { status: 413, code: 'body-too-large', title: 'Body too large', detail: p.tooLarge(bodyLimit) },
        {},
        true,
      );
    const length = req.headers['content-length'];
    if (length !== undefined && /^\d+$/.test(length) && Number(length) > bodyLimit)
      return Promise.reject(tooLarge());
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > bodyLimit) {
          req.removeAllListeners('data');
          req.pause();
          reject(tooLarge());
          return;
        }
        chunks.push(chunk);
      });
      req.on('end', () => resolve(Buffer.concat(chunks, size)));
      req.on('error', reject);
      // A client gone mid-upload: nothing is written, and the request does not hang on.
      req.on('close', () => {
        if (!req.complete)
          reject(new Refused({ status: 400, code: 'incomplete-body', title: 'Incomplete body' }, {}, true));
      });
    });
  };

  async function authenticate(req: IncomingMessage): Promise<Caller> {
    const header = req.headers.authorization ?? '';
    const match = /^Bearer +(\S+) *$/i.exec(header);
    const p = messages('en').api.problems;
    const challenge = match
      ? 'Bearer realm="smstrategy", error="invalid_token"'
      : 'Bearer realm="smstrategy"';
    const refuse = () =>
      new Refused(
        { status: 401, code: 'unauthenticated', title: 'Unauthenticated', detail: p.unauthenticated },
        { 'www-authenticate': challenge },
        true,
      );
    if (!match) throw refuse();
    const auth = await authenticateApiToken(deps, match[1]!);
    if (auth.kind === 'unauthenticated') throw refuse();
    if (auth.kind === 'archived')
      throw new Refused(
        { status: 403, code: 'strategy-archived', title: 'Strategy archived', detail: p.archived },
        {},
        true,
      );
    return { token: auth.token, strategy: auth.strategy, language: auth.strategy.language };
  }

  async function metricOfRef(caller: Caller, ref: string): Promise<Metric> {
    const { strategy } = caller;
    const p = messages(caller.language).api.problems;
    const byId = await activeMetric(deps, strategy, ref);
    if (byId) return byId;
    const named = await metricNamed(deps, strategy, ref);
    if (named.kind === 'found') return named.metric;
    throw new Refused({
      status: 404,
      code: 'metric-not-found',
      title: 'Metric not found',
      detail: named.suggestion ? p.noSuchMetricSuggest(ref, named.suggestion) : p.noSuchMetric(ref),
    });
  }

  async function listMetrics(caller: Caller): Promise<ApiAnswer> {
    const overviews = await strategyMetrics(deps, caller.strategy);
    return { status: 200, body: JSON.stringify({ metrics: overviews.map(metricJson) }) };
  }

  async function listValues(caller: Caller, ref: string): Promise<ApiAnswer> {
    const metric = await metricOfRef(caller, ref);
    const history = await metricHistory(deps, metric);
    const values = [...history].sort((a, b) => a.period.localeCompare(b.period)).map(valueJson);
    return { status: 200, body: JSON.stringify({ metric: { id: metric.id, name: metric.name }, values }) };
  }

  async function getStrategy(caller: Caller): Promise<ApiAnswer> {
    const { strategy } = caller;
    const [readiness, { phases, today }, schedule] = await Promise.all([
      currentAssessment(deps, { teamId: strategy.teamId }, strategy.id),
      strategyPhases(deps, strategy),
      scheduleState(deps, strategy),
    ]);
    const body = {
      id: strategy.id,
      name: strategy.name,
      language: strategy.language,
      timeZone: strategy.timeZone,
      state: strategy.state,
      phases: phases.map((ph) => ({
        key: ph.key,
        ownerId: ph.ownerId,
        dueDate: ph.dueDate,
        status: ph.status,
        overdue: phaseTiming(ph, today) === 'overdue',
      })),
      readiness: readiness
        ? {
            verdict: readiness.readiness.verdict,
            score: readiness.readiness.score,
            maxScore: readiness.readiness.maxScore,
            gaps: readiness.readiness.gaps.map((g) => ({
              question: g.question,
              rating: g.rating,
              phase: g.phase,
              addressed: readiness.addressed.includes(g.question),
            })),
          }
        : null,
      schedule: {
        paused: schedule.paused,
        jobs: schedule.schedules.map((s) => ({
          kind: s.kind,
          weekday: s.weekday,
          localTime: s.localTime,
          timeZone: s.timeZone,
          enabled: s.enabled,
          paused: s.paused,
          nextRunAt: toIso(new Date(s.nextRunAt)),
        })),
      },
    };
    return { status: 200, body: JSON.stringify(body) };
  }

  async function postValue(
    caller: Caller,
    ref: string,
    req: IncomingMessage,
    path: string,
  ): Promise<ApiAnswer> {
    const { token, language } = caller;
    const p = messages(language).api.problems;
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json')
      throw new Refused(
        {
          status: 415,
          code: 'unsupported-media-type',
          title: 'Unsupported media type',
          detail: p.unsupportedType,
        },
        {},
        true,
      );
    const key = req.headers['idempotency-key'];
    if (key !== undefined && (typeof key !== 'string' || !IDEMPOTENCY_KEY.test(key)))
      throw new Refused(
        {
          status: 400,
          code: 'invalid-idempotency-key',
          title: 'Invalid Idempotency-Key',
          detail: p.keyInvalid,
        },
        {},
        true,
      );
    const raw = await readBody(req, language);
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new Refused({
        status: 400,
        code: 'invalid-json',
        title: 'Invalid JSON',
        errors: [{ field: '', detail: p.invalidJson }],
      });
    }
    const read = readNewValue(body, language);
    if (!read.ok)
      throw new Refused({ status: 400, code: 'invalid-body', title: 'Invalid body', errors: read.errors });
    const metric = await metricOfRef(caller, ref);
    if (key === undefined) return writeValue(caller, metric, read.value);
    const started = await startIdempotent(
      deps,
      token,
      key,
      requestFingerprint('POST', path, raw.toString('utf8')),
    );
    switch (started.kind) {
      case 'replay':
        return started.answer;
      case 'mismatch':
        throw new Refused({
          status: 422,
          code: 'idempotency-key-reused',
          title: 'Idempotency-Key reused',
          detail: p.keyMismatch,
        });
      case 'in_progress':
        throw new Refused(
          {
            status: 409,
            code: 'idempotency-key-in-progress',
            title: 'Request in progress',
            detail: p.keyInProgress,
          },
          { 'retry-after': '1' },
        );
    }
    let answer: ApiAnswer;
    try {
      answer = await writeValue(caller, metric, read.value);
    } catch (err) {
      await abandonIdempotent(deps, token, key).catch(() => {});
      throw err;
    }
    await finishIdempotent(deps, token, key, answer);
    return answer;
  }

  async function writeValue(caller: Caller, metric: Metric, given: NewValue): Promise<ApiAnswer> {
    const { strategy, token, language } = caller;
    const now = deps.clock.now();
    const result = await recordCheckin(deps, {
      strategy,
      // Written by a tool, on behalf of whoever made its token; the label says which tool.
      reportedBy: token.createdBy,
      at: now,
      values: [{ metricId: metric.id, ...given }],
      source: { kind: 'api', label: token.label },
    });
    if (result.kind === 'invalid') {
      const errors = result.problems.map((pr) => ({
        field: `/${pr.field}`,
        detail: fieldProblem(language, metric, pr.field, pr.problem),
      }));
      throw new Refused({ status: 422, code: 'invalid-value', title: 'Invalid value', errors });
    }
    if (result.kind === 'replayed') throw new Error('an API write has no submission to replay');
    const checked = checkCheckinValue(strategy, metric, given, now, now);
    const period = checked.ok ? checked.period : undefined;
    const history = await metricHistory(deps, metric);
    const stored = history.find((c) => c.period === period);
    if (!stored) throw new Error('the value just recorded is not there');
    const saved = result.saved[0];
    const replaced = saved?.replaced;
    const status = saved && !replaced ? 201 : 200;
    return {
      status,
      body: JSON.stringify({
        metric: { id: metric.id, name: metric.name },
        value: valueJson(stored),
        replaced: replaced ? valueJson(replaced) : null,
      }),
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const p = messages('en').api.problems;
    const route = routeOf(path);
    if (!route)
      throw new Refused(
        { status: 404, code: 'no-such-endpoint', title: 'Not found', detail: p.noSuchPath },
        {},
        true,
      );
    const method = req.method ?? 'GET';
    const allowed = ALLOWED[route.name];
    if (!allowed.includes(method))
      throw new Refused(
        {
          status: 405,
          code: 'method-not-allowed',
          title: 'Method not allowed',
          detail: p.methodNotAllowed(allowed.join(', ')),
        },
        { allow: allowed.join(', ') },
        true,
      );
    if (route.name === 'openapi')
      return sendJson(res, 200, OPENAPI_DOCUMENT, { 'cache-control': 'public, max-age=300' });
    const caller = await authenticate(req);
    const wait = limiter.take(caller.token.id);
    if (wait > 0)
      throw new Refused(
        {
          status: 429,
          code: 'rate-limited',
          title: 'Too many requests',
          detail: messages(caller.language).api.problems.rateLimited(wait),
        },
        { 'retry-after': String(wait) },
        true,
      );
    let answer: ApiAnswer;
    switch (route.name) {
      case 'metrics':
        answer = await listMetrics(caller);
        break;
      case 'strategy':
        answer = await getStrategy(caller);
        break;
      case 'values':
        answer =
          method === 'POST'
            ? await postValue(caller, route.metric, req, path)
            : await listValues(caller, route.metric);
        break;
    }
    if (res.headersSent) return;
    res.writeHead(answer.status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': String(Buffer.byteLength(answer.body)),
      'cache-control': 'no-store',
      'content-language': caller.language,
    });
    res.end(answer.body);
  }

  return (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    return withRequestContext({ path }, () => handle(req, res, path)).catch((err: unknown) => {
      if (err instanceof Refused) {
        // What the client still sends is not read: the connection closes once the answer is out.
        const closing = err.unread && !req.complete;
        sendProblem(res, err.problem, { ...err.headers, ...(closing ? { connection: 'close' } : {}) });
        if (closing) res.on('finish', () => req.socket.destroy());
        return;
      }
      const p = messages('en').api.problems;
      const problem = unavailableProblem(err);
      if (problem) {
        deps.logger.warn({ err, problem }, 'API request refused: database unavailable');
        sendProblem(
          res,
          { status: 503, code: 'unavailable', title: 'Service unavailable', detail: p.unavailable },
          { 'retry-after': '5' },
        );
        return;
      }
      deps.logger.error({ err }, 'API request failed');
      sendProblem(res, { status: 500, code: 'internal', title: 'Internal error', detail: p.internal });
    });
  };
}

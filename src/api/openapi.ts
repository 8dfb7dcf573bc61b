import { CHECKIN_COMMENT_MAX, CHECKIN_SOURCES, CONFIDENCES, DIRECTIONS } from '../domain/metric.js';
import { CADENCES } from '../domain/periods.js';

// The API's contract, served at /api/v1/openapi.json. test/api/ checks every answer the tests get
// against it, so what it says is what the API does.

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const problem = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: ref('Problem') } },
});
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });

const metricRef = {
  name: 'metric',
  in: 'path',
  required: true,
  description: "The metric's id, or its name (case and diacritics aside; URL-encoded).",
  schema: { type: 'string', minLength: 1 },
};

const common = {
  '401': problem('No token, or one that is not valid (unknown, mistyped or revoked).'),
  '403': problem("The token's strategy is archived."),
  '429': {
    ...problem('Too many requests with this token: try again after Retry-After seconds.'),
    headers: { 'Retry-After': { schema: { type: 'integer', minimum: 1 } } },
  },
};

export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'smstrategy API',
    version: '1.0.0',
    description:
      "Read a strategy and report its metrics' values from other tools. A token belongs to one strategy: a strategy admin makes one in Slack with `/smstrategy api token create <label>`. Errors are RFC 9457 problem details naming the field at fault.",
  },
  servers: [{ url: '/api/v1' }],
  security: [{ bearer: [] }],
  paths: {
    '/metrics': {
      get: {
        operationId: 'listMetrics',
        summary: "The strategy's metrics with their latest values",
        responses: {
          '200': {
            description: 'The active metrics.',
            content: json(ref('MetricList')),
          },
          ...common,
        },
      },
    },
    '/metrics/{metric}/values': {
      parameters: [metricRef],
      get: {
        operationId: 'listValues',
        summary: "A metric's reported values, oldest period first",
        responses: {
          '200': { description: 'The history.', content: json(ref('ValueList')) },
          ...common,
          '404': problem('The strategy has no such active metric.'),
        },
      },
      post: {
        operationId: 'recordValue',
        summary: 'Reports a value for a period',
        description:
          "The period is the one `period` names, the one `date` falls in, or else the current one, in the strategy's time zone. A later value for the same period replaces the earlier, as in the check-in window; what it replaced stays in the audit trail. Sending `Idempotency-Key` makes a retry safe: the same request with the same key gets the first answer again and writes nothing more.",
        parameters: [
          {
            name: 'Idempotency-Key',
            in: 'header',
            required: false,
            schema: { type: 'string', minLength: 1, maxLength: 255 },
          },
        ],
        requestBody: { required: true, content: json(ref('NewValue')) },
        responses: {
          '201': { description: 'The value, new for its period.', content: json(ref('RecordedValue')) },
          '200': {
            description: "The value, which replaced the period's earlier one (or was the same already).",
            content: json(ref('RecordedValue')),
          },
          '400': problem('The body is not JSON, or not an object of the fields below.'),
          ...common,
          '404': problem('The strategy has no such active metric.'),
          '409': problem('A request with this Idempotency-Key is still under way.'),
          '413': problem('The body is larger than the API reads.'),
          '415': problem('The body is not sent as application/json.'),
          '422': problem(
            'A field breaks the rules (a period of another cadence, a day in the future), or the Idempotency-Key came with another request before.',
          ),
        },
      },
    },
    '/strategy': {
      get: {
        operationId: 'getStrategy',
        summary: 'The phases, the readiness verdict and the schedule (read-only)',
        responses: { '200': { description: 'The strategy.', content: json(ref('Strategy')) }, ...common },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        security: [],
        responses: { '200': { description: 'OpenAPI 3.1', content: json({ type: 'object' }) } },
      },
    },
  },
  components: {
    securitySchemes: {
      bearer: {
        type: 'http',
        scheme: 'bearer',
        description: 'A token made with `/smstrategy api token create <label>`.',
      },
    },
    schemas: {
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status'],
        properties: {
          type: { type: 'string', format: 'uri' },
          title: { type: 'string' },
          status: { type: 'integer' },
          detail: { type: 'string' },
          field: { type: 'string', description: 'JSON Pointer to the field at fault in the request body.' },
          errors: {
            type: 'array',
            items: {
              type: 'object',
              required: ['field', 'detail'],
              properties: { field: { type: 'string' }, detail: { type: 'string' } },
              additionalProperties: false,
            },
          },
        },
        additionalProperties: false,
      },
      Source: {
        type: 'object',
        description:
          "Where a value came from; `label` is the API token's label for values written through it.",
        required: ['kind'],
        properties: { kind: { enum: [...CHECKIN_SOURCES] }, label: { type: 'string' } },
        additionalProperties: false,
      },
      Value: {
        type: 'object',
        required: ['period', 'value', 'comment', 'confidence', 'reportedAt', 'source'],
        properties: {
          period: { type: 'string', examples: ['2027-W06', '2027-02'] },
          value: { type: 'number' },
          comment: nullable({ type: 'string' }),
          confidence: nullable({ enum: [...CONFIDENCES] }),
          reportedAt: { type: 'string', format: 'date-time' },
          source: ref('Source'),
        },
        additionalProperties: false,
      },
      MetricName: {
        type: 'object',
        required: ['id', 'name'],
        properties: { id: { type: 'string' }, name: { type: 'string' } },
        additionalProperties: false,
      },
      Metric: {
        type: 'object',
        required: [
          'id',
          'name',
          'unit',
          'baseline',
          'target',
          'targetDate',
          'direction',
          'cadence',
          'ownerId',
          'latest',
          'progress',
        ],
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          unit: { type: 'string' },
          baseline: { type: 'number' },
          target: { type: 'number' },
          targetDate: { type: 'string', format: 'date' },
          direction: { enum: [...DIRECTIONS] },
          cadence: { enum: [...CADENCES] },
          ownerId: { type: 'string' },
          latest: nullable(ref('Value')),
          progress: {
            type: 'object',
            required: ['percent', 'status'],
            properties: {
              percent: nullable({ type: 'number' }),
              status: { enum: ['no_data', 'reached', 'on_track', 'behind', 'moving_away'] },
            },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
      MetricList: {
        type: 'object',
        required: ['metrics'],
        properties: { metrics: { type: 'array', items: ref('Metric') } },
        additionalProperties: false,
      },
      ValueList: {
        type: 'object',
        required: ['metric', 'values'],
        properties: { metric: ref('MetricName'), values: { type: 'array', items: ref('Value') } },
        additionalProperties: false,
      },
      NewValue: {
        type: 'object',
        required: ['value'],
        properties: {
          value: { type: 'number' },
          period: {
            type: 'string',
            description: "A period of the metric's cadence: `2027-W06` (ISO week) or `2027-02` (month).",
          },
          date: {
            type: 'string',
            format: 'date',
            description: "A day in the strategy's time zone; the value is for the period it falls in.",
          },
          comment: nullable({ type: 'string', maxLength: CHECKIN_COMMENT_MAX }),
          confidence: nullable({ enum: [...CONFIDENCES] }),
        },
        additionalProperties: false,
      },
      RecordedValue: {
        type: 'object',
        required: ['metric', 'value', 'replaced'],
        properties: {
          metric: ref('MetricName'),
          value: ref('Value'),
          replaced: nullable(ref('Value')),
        },
        additionalProperties: false,
      },
      Strategy: {
        type: 'object',
        required: ['id', 'name', 'language', 'timeZone', 'state', 'phases', 'readiness', 'schedule'],
        properties: {
          id: { type: 'string' },
          name: { type: 'string' },
          language: { enum: ['fi', 'en'] },
          timeZone: { type: 'string' },
          state: { enum: ['active', 'paused', 'archived'] },
          phases: {
            type: 'array',
            items: {
              type: 'object',
              required: ['key', 'ownerId', 'dueDate', 'status', 'overdue'],
              properties: {
                key: { type: 'string' },
                ownerId: nullable({ type: 'string' }),
                dueDate: nullable({ type: 'string', format: 'date' }),
                status: { enum: ['not_started', 'in_progress', 'done', 'blocked'] },
                overdue: { type: 'boolean' },
              },
              additionalProperties: false,
            },
          },
          readiness: nullable({
            type: 'object',
            required: ['verdict', 'score', 'maxScore', 'gaps'],
            properties: {
              verdict: { enum: ['ready', 'groundwork_needed', 'not_ready', 'not_now'] },
              score: { type: 'number' },
              maxScore: { type: 'number' },
              gaps: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['question', 'rating', 'phase', 'addressed'],
                  properties: {
                    question: { type: 'string' },
                    rating: { enum: ['partial', 'missing'] },
                    phase: { type: 'string' },
                    addressed: { type: 'boolean' },
                  },
                  additionalProperties: false,
                },
              },
            },
            additionalProperties: false,
          }),
          schedule: {
            type: 'object',
            required: ['paused', 'jobs'],
            properties: {
              paused: { type: 'boolean', description: 'Every scheduled message of the strategy is paused.' },
              jobs: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['kind', 'weekday', 'localTime', 'timeZone', 'enabled', 'paused', 'nextRunAt'],
                  properties: {
                    kind: { type: 'string' },
                    weekday: nullable({ type: 'integer', minimum: 1, maximum: 7 }),
                    localTime: { type: 'string' },
                    timeZone: { type: 'string' },
                    enabled: { type: 'boolean' },
                    paused: { type: 'boolean' },
                    nextRunAt: { type: 'string', format: 'date-time' },
                  },
                  additionalProperties: false,
                },
              },
            },
            additionalProperties: false,
          },
        },
        additionalProperties: false,
      },
    },
  },
} as const;

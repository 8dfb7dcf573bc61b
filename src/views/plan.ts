import { formatLocalDate, formatLocalDateTime } from '../domain/dates.js';
import { formatNumber, formatPercent } from '../domain/numbers.js';
import type { Person, PlanDocument, PlanMetric, PlanPhase, PlanReadiness } from '../domain/plan.js';
import { gapsByPhase, JUDGEMENT_KEYS } from '../domain/readiness.js';
import { type Messages, messages } from '../i18n/index.js';
import { escapeMarkdown, escapeMarkdownLines } from './escape.js';
import { sourceMark } from './metrics-status.js';
import { formatPeriod } from './periods.js';
import { reasonText } from './readiness.js';

// The documented plan as a file: Markdown (for people, the channel and the canvas) or JSON (for
// tools). Both are pure functions of the document, so the app and the command line print the same.

export type PlanFormat = 'md' | 'json';

export function isPlanFormat(value: unknown): value is PlanFormat {
  return value === 'md' || value === 'json';
}

/** Slack's mrkdwn bold (`*x*`) reads as italics in Markdown; the shared texts are written for Slack. */
function fromMrkdwn(text: string): string {
  return text.replace(/(^|[^*\w])\*([^*\n]+)\*(?![*\w])/g, '$1**$2**');
}

/**
 * A Markdown link that canvases render too, the address as its label. Brackets, parentheses, angle
 * brackets and backslashes in the address would end it early, escape or read as an image or a
 * mention; percent-encoded they mean the same.
 */
function link(url: string): string {
  const href = url.replace(/[()<>[\]\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `[${escapeMarkdown(url)}](${href})`;
}

/** Text people typed, quoted line by line: it can open nothing of its own inside the quote. */
function blockquote(text: string): string {
  return escapeMarkdownLines(text)
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

function readinessSection(
  m: Messages,
  doc: PlanDocument,
  r: PlanReadiness | null,
  who: (p: Person) => string,
) {
  const lang = doc.language;
  const out = [`## ${m.plan.readinessHeading}`];
  if (!r) return [...out, m.plan.readinessMissing];
  const a = m.assessment;
  out.push(
    m.plan.verdict(a.verdicts[r.verdict], r.score, r.maxScore),
    `**${a.headlines[r.verdict]}.** ${a.verdictSummaries[r.verdict]}`,
    m.plan.revision(r.revision, who(r.updatedBy), formatLocalDate(lang, r.updatedOn)),
    `### ${m.plan.reasonsHeading}`,
    r.reasons.map((reason) => `- ${fromMrkdwn(reasonText(m, reason))}`).join('\n'),
    `### ${a.judgementsHeading.replace(/\*/g, '')}`,
    JUDGEMENT_KEYS.map((key) => {
      const value = r.judgements[key];
      return `- ${a.judgements[key].short}: ${value ? a.judgements[key].options[value] : a.notJudged}`;
    }).join('\n'),
    `### ${m.plan.answersHeading}`,
  );
  r.answers.forEach((a, i) => {
    out.push(m.plan.answerLine(i + 1, m.assessment.short[a.question], m.assessment.ratings[a.rating]));
    out.push(a.text ? blockquote(a.text) : m.plan.notAnswered);
    if (a.owner) out.push(m.plan.responsible(who(a.owner)));
  });
  out.push(`### ${m.plan.gapsHeading}`);
  const groups = gapsByPhase(r.gaps);
  out.push(
    groups.length === 0
      ? m.assessment.noGaps
      : groups
          .map(({ phase, gaps }) =>
            fromMrkdwn(
              m.assessment
                .gapLine(
                  m.phases[phase].name,
                  gaps
                    .map((g) => {
                      const item = m.assessment.gapItem(
                        m.assessment.short[g.question],
                        m.assessment.ratings[g.rating],
                      );
                      return g.addressedBy
                        ? `${item}, ${m.assessment.addressedBy(m.phases[g.addressedBy].name)}`
                        : item;
                    })
                    .join(', '),
                )
                .replace(/^• /, '- '),
            ),
          )
          .join('\n'),
  );
  return out;
}

function phaseSection(m: Messages, doc: PlanDocument, p: PlanPhase, who: (p: Person) => string) {
  const lang = doc.language;
  const timing = p.timing === 'overdue' ? m.plan.overdue : p.timing === 'due_soon' ? m.plan.dueSoon : '';
  const facts = [
    p.owner ? m.plan.owner(who(p.owner)) : m.plan.noOwner(p.key),
    p.dueDate
      ? `${m.plan.due(formatLocalDate(lang, p.dueDate))}${timing ? ` (${timing})` : ''}`
      : m.plan.noDue(p.key),
    p.deliverableUrl ? m.plan.deliverable(link(p.deliverableUrl)) : m.plan.noDeliverable(p.key),
    ...(p.notes ? [] : [m.plan.noNotes(p.key)]),
  ];
  return [
    `### ${m.plan.phaseHeading(p.number, m.phases[p.key].name, m.phase.statusName[p.status])}`,
    m.plan.produces(m.phases[p.key].produces),
    facts.map((f) => `- ${f}`).join('\n'),
    ...(p.notes ? [m.plan.notes, blockquote(p.notes)] : []),
  ];
}

function latestLine(
  m: Messages,
  doc: PlanDocument,
  latest: NonNullable<PlanMetric['latest']>,
  value: (v: number) => string,
): string {
  const line = m.plan.latest(value(latest.value), formatPeriod(doc.language, latest.period));
  const source = sourceMark(latest.source, doc.language, escapeMarkdown);
  return source ? `${line} · ${source}` : line;
}

function metricSection(m: Messages, doc: PlanDocument, x: PlanMetric, who: (p: Person) => string) {
  const lang = doc.language;
  const value = (v: number) => `${formatNumber(v, lang)}${x.unit ? ` ${escapeMarkdown(x.unit)}` : ''}`;
  const facts = [
    m.plan.baseline(value(x.baseline)),
    m.plan.target(
      value(x.target),
      formatLocalDate(lang, x.targetDate),
      m.metrics.directionName[x.direction].toLowerCase(),
    ),
    x.latest ? latestLine(m, doc, x.latest, value) : m.plan.noLatest,
    ...(x.latest
      ? [
          m.plan.trend(
            m.metrics.trendName[x.status],
            x.percent === null ? '–' : formatPercent(x.percent, lang),
            x.sparkline ? `\`${x.sparkline}\`` : '',
          ),
        ]
      : []),
    m.plan.metricOwner(who(x.owner), m.plan.cadence[x.cadence] ?? x.cadence),
  ];
  return [`### ${escapeMarkdown(x.name)}`, facts.map((f) => `- ${f}`).join('\n')];
}

function changeText(m: Messages, doc: PlanDocument, change: PlanDocument['changes'][number]): string {
  const c = m.plan.changes;
  const x = change.change;
  switch (x.kind) {
    case 'strategy_created':
    case 'schedule_updated':
    case 'schedule_paused':
    case 'schedule_resumed':
      return c[x.kind];
    case 'assessment_revised':
      return c.assessment_revised(x.revision === null ? '' : String(x.revision));
    case 'phase_updated':
      return c.phase_updated(
        m.phases[x.phase].name,
        x.fields.map((f) => m.plan.fieldName[f] ?? f).join(', '),
      );
    case 'metric_created':
    case 'metric_updated':
    case 'metric_archived':
      return c[x.kind](escapeMarkdown(x.metric));
    case 'checkin_reported':
    case 'checkin_replaced':
      return c[x.kind](
        escapeMarkdown(x.metric),
        x.value === null ? '–' : formatNumber(x.value, doc.language),
        formatPeriod(doc.language, x.period),
      );
    case 'other':
      return c.other(x.action);
  }
}

/** The plan as Markdown in the strategy's language; people by name, never as Slack mentions. */
export function planMarkdown(doc: PlanDocument): string {
  const m = messages(doc.language);
  const lang = doc.language;
  // Display names are chosen in Slack by each person: text like any other typed.
  const who = (p: Person) => (p.name === null ? m.plan.unknownUser(p.id) : escapeMarkdown(p.name));
  const s = doc.strategy;
  const parts: string[] = [
    `# ${m.plan.title(escapeMarkdown(s.name))}`,
    m.plan.madeOn(formatLocalDate(lang, doc.date)),
    [
      m.plan.facts(s.timeZone, m.languageName[lang], m.stateName[s.state]),
      m.plan.started(who(s.startedBy), formatLocalDate(lang, s.startedOn)),
      m.plan.admins(s.admins.map(who).join(', ')),
    ]
      .map((line) => `- ${line}`)
      .join('\n'),
    ...readinessSection(m, doc, doc.readiness, who),
    `## ${m.plan.phasesHeading}`,
    ...doc.phases.flatMap((p) => phaseSection(m, doc, p, who)),
    `## ${m.plan.metricsHeading}`,
    ...(doc.metrics.length === 0
      ? [m.plan.noMetrics]
      : doc.metrics.flatMap((x) => metricSection(m, doc, x, who))),
    `## ${m.plan.scheduleHeading}`,
    [
      m.plan.digest(m.schedule.weekdays[doc.schedule.digest.weekday]!, doc.schedule.digest.localTime),
      m.plan.checkin(m.schedule.weekdays[doc.schedule.checkin.weekday]!, doc.schedule.checkin.localTime),
      doc.schedule.nudges ? m.plan.nudgesOn : m.plan.nudgesOff,
    ]
      .map((line) => `- ${line}`)
      .join('\n'),
    m.plan.timesIn(doc.schedule.timeZone),
    ...(doc.schedule.paused ? [m.plan.paused] : []),
    `## ${m.plan.changesHeading}`,
    doc.changes.length === 0
      ? m.plan.noChanges
      : doc.changes
          .map(
            (c) =>
              `- ${m.plan.changeLine(formatLocalDateTime(lang, c.at), who(c.actor), changeText(m, doc, c))}`,
          )
          .join('\n'),
  ];
  return `${parts.join('\n\n')}\n`;
}

export function planJson(doc: PlanDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export function renderPlan(doc: PlanDocument, format: PlanFormat): string {
  return format === 'json' ? planJson(doc) : planMarkdown(doc);
}

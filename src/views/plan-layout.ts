import { formatLocalDate, formatLocalDateTime } from '../domain/dates.js';
import type { PhaseKey } from '../domain/method.js';
import { formatNumber, formatPercent } from '../domain/numbers.js';
import { FORMER_MEMBER } from '../domain/people.js';
import type {
  OpenItem,
  Person,
  PlanDocument,
  PlanPhase,
  PlanReadiness,
  PlanRisk,
  PlanSectionKey,
} from '../domain/plan.js';
import { gapsByPhase, JUDGEMENT_KEYS } from '../domain/readiness.js';
import { type Messages, messages } from '../i18n/index.js';
import { sourceMark } from './metrics-status.js';
import { formatPeriod } from './periods.js';
import { reasonText } from './readiness.js';
import { slotText } from './schedule-modal.js';

// The plan laid out once, as headings, paragraphs, lists, quotes and tables of plain text, so the
// Markdown file (and the canvas) and the PDF say exactly the same. Each renderer escapes or draws
// the text its own way; nothing here is markup.

/** A piece of a line: plain text, optionally bold, optionally a link to `href`. */
export interface Span {
  text: string;
  bold?: boolean;
  href?: string;
}

export type PlanBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 2 | 3; text: string }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; items: Span[][] }
  /** Text people typed, line by line. */
  | { kind: 'quote'; lines: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

const plainSpan = (text: string): Span => ({ text });
const para = (...spans: Span[]): PlanBlock => ({ kind: 'paragraph', spans });
const h2 = (text: string): PlanBlock => ({ kind: 'heading', level: 2, text });
const h3 = (text: string): PlanBlock => ({ kind: 'heading', level: 3, text });
const list = (items: (string | Span[])[]): PlanBlock => ({
  kind: 'list',
  items: items.map((i) => (typeof i === 'string' ? [plainSpan(i)] : i)),
});
const quote = (text: string): PlanBlock => ({
  kind: 'quote',
  lines: text.split(/\r?\n/).map((l) => l.trim()),
});
const labelled = (label: string, text: string): Span[] => [{ text: `${label}: `, bold: true }, { text }];
const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/g, ' ').trim();
/** Mitigations are written to follow a phase name and a colon; a sentence starts with a capital. */
const capital = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

interface Ctx {
  m: Messages;
  doc: PlanDocument;
  who: (p: Person) => string;
  date: (d: string) => string;
  phaseName: (k: PhaseKey) => string;
}

function header(x: Ctx): PlanBlock[] {
  const { m, doc, who } = x;
  const s = doc.strategy;
  return [
    { kind: 'title', text: m.plan.title(s.name) },
    para({ text: m.plan.versionLine(doc.version.number, x.date(doc.version.date)), bold: true }),
    list([
      m.plan.facts(s.timeZone, m.languageName[doc.language], m.stateName[s.state]),
      m.plan.started(who(s.startedBy), x.date(s.startedOn)),
      m.plan.admins(s.admins.map(who).join(', ')),
    ]),
  ];
}

function summary(x: Ctx): PlanBlock[] {
  const { m, doc } = x;
  const sm = doc.summary;
  const l = m.plan.summary;
  const or = (text: string | null) => (text ? oneLine(text) : m.plan.notYet);
  const budget = [
    sm.budget.monthly ? m.plan.monthlyBudget(oneLine(sm.budget.monthly)) : null,
    sm.budget.hoursPerWeek ? m.plan.hoursPerWeek(oneLine(sm.budget.hoursPerWeek)) : null,
  ].filter((b): b is string => b !== null);
  const r = doc.readiness;
  return [
    h2(m.plan.summaryHeading),
    list([
      labelled(l.why, or(sm.why)),
      labelled(l.goals, sm.goals.length > 0 ? sm.goals.map(oneLine).join('; ') : m.plan.notYet),
      labelled(l.pitch, or(sm.pitch)),
      labelled(l.audience, or(sm.audience)),
      labelled(l.channels, sm.channels.length > 0 ? sm.channels.join(', ') : m.plan.notYet),
      labelled(
        l.budget,
        budget.length > 0
          ? budget.join(', ')
          : sm.budget.costs
            ? m.plan.costsAnswer(oneLine(sm.budget.costs).replace(/\.$/, ''))
            : m.plan.notYet,
      ),
      labelled(
        l.verdict,
        r
          ? m.plan.verdictSummary(
              m.assessment.verdicts[r.verdict],
              r.score,
              r.maxScore,
              m.assessment.headlines[r.verdict],
            )
          : m.plan.noVerdict,
      ),
    ]),
  ];
}

function readiness(x: Ctx, r: PlanReadiness | null): PlanBlock[] {
  const { m, who } = x;
  const a = m.assessment;
  const out: PlanBlock[] = [h2(m.plan.readinessHeading)];
  if (!r) return [...out, para(plainSpan(m.plan.readinessMissing))];
  out.push(
    para(
      { text: `${m.plan.verdictLabel} `, bold: true },
      plainSpan(m.plan.verdict(a.verdicts[r.verdict], r.score, r.maxScore)),
    ),
    para({ text: `${a.headlines[r.verdict]}. `, bold: true }, plainSpan(a.verdictSummaries[r.verdict])),
    para(plainSpan(m.plan.revision(r.revision, who(r.updatedBy), x.date(r.updatedOn)))),
    h3(m.plan.reasonsHeading),
    list(r.reasons.map((reason) => reasonText(m, reason).replace(/\*/g, ''))),
    h3(m.plan.judgementsHeading),
    list(
      JUDGEMENT_KEYS.map((key) => {
        const value = r.judgements[key];
        return labelled(a.judgements[key].short, value ? a.judgements[key].options[value] : a.notJudged);
      }),
    ),
    h3(m.plan.answersHeading),
  );
  r.answers.forEach((answer, i) => {
    out.push(
      para(
        { text: m.plan.answerLine(i + 1, a.short[answer.question]), bold: true },
        plainSpan(m.plan.rated(a.ratings[answer.rating])),
      ),
    );
    out.push(answer.text ? quote(answer.text) : para(plainSpan(m.plan.notAnswered)));
    if (answer.owner) out.push(para(plainSpan(m.plan.responsible(who(answer.owner)))));
  });
  out.push(h3(m.plan.gapsHeading));
  const groups = gapsByPhase(r.gaps);
  out.push(
    groups.length === 0
      ? para(plainSpan(m.plan.noGaps))
      : list(
          groups.map(({ phase, gaps }) =>
            labelled(
              x.phaseName(phase),
              gaps
                .map((g) => {
                  const item = m.plan.gapItem(a.short[g.question], a.ratings[g.rating].toLowerCase());
                  return g.addressedBy ? `${item}, ${m.plan.addressedBy(x.phaseName(g.addressedBy))}` : item;
                })
                .join(', '),
            ),
          ),
        ),
  );
  return out;
}

function phase(x: Ctx, p: PlanPhase): PlanBlock[] {
  const { m, doc, who } = x;
  const c = doc.content;
  const timing = p.timing === 'overdue' ? m.plan.overdue : p.timing === 'due_soon' ? m.plan.dueSoon : '';
  const facts: (string | Span[])[] = [
    ...(p.owner ? [m.plan.owner(who(p.owner))] : []),
    ...(p.dueDate ? [`${m.plan.due(x.date(p.dueDate))}${timing ? ` (${timing})` : ''}`] : []),
    ...(p.deliverableUrl
      ? [[plainSpan(m.plan.deliverable), { text: p.deliverableUrl, href: p.deliverableUrl }]]
      : []),
  ];
  const out: PlanBlock[] = [
    h3(m.plan.phaseHeading(p.number, x.phaseName(p.key), m.phase.statusName[p.status])),
    para(plainSpan(m.plan.produces(m.phases[p.key].produces))),
    ...(facts.length > 0 ? [list(facts)] : []),
  ];
  for (const field of c.fields[p.key]) {
    out.push(para({ text: m.plan.fieldName[field.key], bold: true }), quote(field.text));
  }
  if (p.key === 'goals' && c.goals.length > 0) {
    out.push(
      para({ text: m.plan.goalsHeading, bold: true }),
      list(
        c.goals.map((g) => [
          plainSpan(`${oneLine(g.text)} – `),
          plainSpan(g.metrics.length > 0 ? m.plan.measuredBy(g.metrics.join(', ')) : m.plan.noMetricLinked),
        ]),
      ),
    );
  }
  if (p.key === 'channels' && c.channels.length > 0) {
    out.push(para({ text: m.plan.registerHeading, bold: true }), {
      kind: 'table',
      header: m.plan.registerColumns,
      rows: c.channels.map((ch) => [
        ch.service,
        ch.handle,
        oneLine(ch.audience),
        oneLine(ch.purpose),
        m.plan.postingCadence[ch.cadence],
        ch.owner ? who(ch.owner) : '–',
        ch.lastActivity
          ? m.plan.activity(
              ch.lastActivity.posted,
              ch.lastActivity.count,
              formatPeriod(doc.language, ch.lastActivity.period),
              x.date(ch.lastActivity.confirmedOn),
            )
          : m.plan.noActivity,
      ]),
    });
  }
  if (p.key === 'action_plan' && c.actions.length > 0) out.push(para(plainSpan(m.plan.seeActions)));
  if (p.key === 'measurement' && doc.metrics.length > 0) out.push(para(plainSpan(m.plan.seeMeasurement)));
  if (p.notes) out.push(para({ text: m.plan.notes, bold: true }), quote(p.notes));
  return out;
}

function riskRow(x: Ctx, risk: PlanRisk): string[] {
  const { m, who } = x;
  const s = risk.source;
  const what =
    s.kind === 'answer'
      ? `${m.assessment.short[s.question]} (${m.plan.ratingRisk(s.rating)}): ${m.plan.answerRisk[s.question]}`
      : s.kind === 'judgement'
        ? m.plan.judgementRisk[s.key][s.value]
        : m.plan.unownedChannel(s.channel);
  const how =
    s.kind === 'answer'
      ? m.plan.answerMitigation[s.question]
      : s.kind === 'judgement'
        ? m.plan.judgementMitigation[s.key]
        : m.plan.unownedMitigation;
  const standing = risk.addressed
    ? m.plan.addressed(x.phaseName(risk.phase))
    : capital(
        m.plan.standing(
          m.phase.statusName[risk.status],
          risk.owner ? who(risk.owner) : null,
          risk.dueDate ? x.date(risk.dueDate) : null,
        ),
      );
  return [what, m.plan.mitigation(x.phaseName(risk.phase), how), standing];
}

function risks(x: Ctx): PlanBlock[] {
  const { m, doc } = x;
  const out: PlanBlock[] = [h2(m.plan.risksHeading)];
  const named = doc.readiness?.answers.find((a) => a.question === 'risks');
  if (named?.text) out.push(para({ text: m.plan.teamRisks, bold: true }), quote(named.text));
  if (doc.risks.length > 0)
    out.push(para(plainSpan(m.plan.risksIntro)), {
      kind: 'table',
      header: m.plan.riskColumns,
      rows: doc.risks.map((r) => riskRow(x, r)),
    });
  else out.push(para(plainSpan(doc.readiness ? m.plan.noRisks : m.plan.risksNoAnalysis)));
  return out;
}

function actions(x: Ctx): PlanBlock[] {
  const { m, doc, who } = x;
  const a = doc.content.actions;
  if (a.length === 0) return [h2(m.plan.actionsHeading), para(plainSpan(m.plan.noActions))];
  return [
    h2(m.plan.actionsHeading),
    {
      kind: 'table',
      header: m.plan.actionColumns,
      rows: a.map((item, i) => [
        String(i + 1),
        oneLine(item.what),
        item.owner ? who(item.owner) : '–',
        item.due ? x.date(item.due) : '–',
        m.plan.actionState[item.done ? 'done' : item.overdue ? 'overdue' : 'open'],
      ]),
    },
  ];
}

function measurement(x: Ctx): PlanBlock[] {
  const { m, doc, who } = x;
  const lang = doc.language;
  const out: PlanBlock[] = [h2(m.plan.measurementHeading)];
  const reporting = doc.content.fields.measurement.find((f) => f.key === 'reporting');
  if (reporting) out.push(para({ text: m.plan.fieldName.reporting, bold: true }), quote(reporting.text));
  if (doc.metrics.length === 0) out.push(para(plainSpan(m.plan.noMetrics)));
  else
    out.push({
      kind: 'table',
      header: m.plan.metricColumns,
      rows: doc.metrics.map((metric) => {
        const value = (v: number) => `${formatNumber(v, lang)}${metric.unit ? ` ${metric.unit}` : ''}`;
        return [
          metric.name,
          value(metric.baseline),
          m.plan.target(
            value(metric.target),
            x.date(metric.targetDate),
            m.metrics.directionName[metric.direction].toLowerCase(),
          ),
          metric.latest
            ? withSource(
                m.plan.latest(value(metric.latest.value), formatPeriod(lang, metric.latest.period)),
                // Plain text here: the Markdown and the PDF each escape it their own way.
                sourceMark(metric.latest.source, lang, (label) => label),
              )
            : m.plan.noLatest,
          metric.latest
            ? m.plan.progress(
                m.metrics.trendName[metric.status],
                metric.percent === null ? '–' : formatPercent(metric.percent, lang),
                metric.sparkline,
              )
            : '–',
          m.plan.metricOwner(who(metric.owner), m.plan.cadence[metric.cadence] ?? metric.cadence),
        ];
      }),
    });
  const s = doc.schedule;
  out.push(
    h3(m.plan.rhythmHeading),
    list([
      m.plan.digest(slotText(x.doc.language, s.digest)),
      m.plan.checkin(slotText(x.doc.language, s.checkin), s.checkin.enabled),
      s.nudges ? m.plan.nudgesOn : m.plan.nudgesOff,
    ]),
    para(plainSpan(m.plan.timesIn(s.timeZone))),
    ...(s.paused ? [para(plainSpan(m.plan.paused))] : []),
  );
  return out;
}

function sectionName(x: Ctx, key: PlanSectionKey): string {
  const named = x.m.plan.sectionName as Record<string, string>;
  return named[key] ?? x.phaseName(key as PhaseKey);
}

function changeText(x: Ctx, change: PlanDocument['changes'][number]): string {
  const { m, doc } = x;
  const c = m.plan.changes;
  const ch = change.change;
  switch (ch.kind) {
    case 'strategy_created':
    case 'schedule_updated':
    case 'schedule_paused':
    case 'schedule_resumed':
      return c[ch.kind];
    case 'assessment_revised':
      return c.assessment_revised(ch.revision === null ? '' : String(ch.revision));
    case 'phase_updated':
      return c.phase_updated(
        x.phaseName(ch.phase),
        ch.fields
          .map((f) => m.plan.changedField[f])
          .filter((f): f is string => f !== undefined)
          .join(', '),
      );
    case 'metric_created':
    case 'metric_updated':
    case 'metric_archived':
      return c[ch.kind](ch.metric);
    case 'checkin_reported':
    case 'checkin_replaced':
      return c[ch.kind](
        ch.metric,
        ch.value === null ? '–' : formatNumber(ch.value, doc.language),
        formatPeriod(doc.language, ch.period),
      );
    case 'item_added':
    case 'item_updated':
    case 'item_removed':
      return c[ch.kind][ch.item](ch.label);
    case 'channel_activity':
      return c.channel_activity(ch.channel);
    case 'admin_added':
    case 'admin_removed':
      return c[ch.kind](x.who(ch.admin));
    case 'settings_changed':
    case 'strategy_archived':
    case 'strategy_unarchived':
      return c[ch.kind];
    case 'api_token_created':
    case 'api_token_revoked':
      return c[ch.kind](ch.label);
    case 'other':
      return c.other;
  }
}

function version(x: Ctx): PlanBlock[] {
  const { m, doc, who } = x;
  const v = doc.version;
  const lines = [m.plan.versionIs(v.number, x.date(v.date))];
  if (v.number === 1) lines.push(m.plan.firstVersion);
  else if (v.changed.length > 0)
    lines.push(m.plan.changedSince(v.number - 1, v.changed.map((k) => sectionName(x, k)).join(', ')));
  return [
    h2(m.plan.versionHeading),
    para(plainSpan(lines.join(' '))),
    h3(m.plan.changesHeading),
    doc.changes.length === 0
      ? para(plainSpan(m.plan.noChanges))
      : list(
          doc.changes.map((c) =>
            m.plan.changeLine(formatLocalDateTime(doc.language, c.at), who(c.actor), changeText(x, c)),
          ),
        ),
  ];
}

function openText(x: Ctx, item: OpenItem): string {
  const { m } = x;
  const o = m.plan.open;
  switch (item.kind) {
    case 'assessment':
      return o.assessment;
    case 'answers':
      return o.answers(item.questions.map((q) => m.assessment.short[q]).join(', '));
    case 'judgements':
      return o.judgements(item.keys.map((k) => m.assessment.judgements[k].short.toLowerCase()).join(', '));
    case 'phase':
      return o.phase(
        x.phaseName(item.phase),
        item.missing
          .map((what) => (typeof what === 'string' ? o[what] : m.plan.fieldName[what.field].toLowerCase()))
          .join(', '),
      );
    case 'channel_owners':
      return o.channelOwners(item.channels.join(', '));
    case 'action_details':
      return o.actionDetails(item.actions.map(oneLine).join(', '));
  }
}

function stillOpen(x: Ctx): PlanBlock[] {
  const { m, doc } = x;
  if (doc.stillOpen.length === 0) return [h2(m.plan.stillOpenHeading), para(plainSpan(m.plan.nothingOpen))];
  return [
    h2(m.plan.stillOpenHeading),
    para(plainSpan(m.plan.stillOpenIntro)),
    list(doc.stillOpen.map((item) => openText(x, item))),
  ];
}

/** The whole plan, in the strategy's language, as blocks of plain text. */
export function planBlocks(doc: PlanDocument): PlanBlock[] {
  const m = messages(doc.language);
  const x: Ctx = {
    m,
    doc,
    who: (p) =>
      p.id === FORMER_MEMBER ? m.people.formerMember : p.name === null ? m.plan.unknownUser(p.id) : p.name,
    date: (d) => formatLocalDate(doc.language, d),
    phaseName: (k) => m.phases[k].name,
  };
  return [
    ...header(x),
    ...summary(x),
    ...readiness(x, doc.readiness),
    h2(m.plan.phasesHeading),
    ...doc.phases.flatMap((p) => phase(x, p)),
    ...risks(x),
    ...actions(x),
    ...measurement(x),
    ...version(x),
    ...stillOpen(x),
  ];
}

function withSource(line: string, source: string | undefined): string {
  return source ? `${line} · ${source}` : line;
}

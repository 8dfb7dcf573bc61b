import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
import { expect } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { submitAssessment } from '../../src/services/assessments.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { addMetric, recordCheckin } from '../../src/services/metrics.js';
import { changePhase } from '../../src/services/phases.js';
import { saveSchedule } from '../../src/services/schedules.js';
import { findStrategyByChannel } from '../../src/storage/strategies.js';
import { preparePlanFonts } from '../../src/views/plan-pdf.js';
import type { TestApp, TestUser } from '../support/harness.js';

// The entry point parses the PDF fonts right after start-up (src/main.ts); the apps these tests
// start do the same, so a plan's reply is not held up by it on a busy machine.
preparePlanFonts();

export const USERS: TestUser[] = [
  { id: 'U1', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Maria Virtanen' },
  { id: 'U2', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Olli' },
  { id: 'U3', locale: 'en-US', tz: 'Europe/Helsinki', real_name: 'Aino Aalto' },
  { id: 'UFI', locale: 'en-US', tz: 'Europe/Helsinki', name: 'Pekka Niemi', chosenLanguage: 'fi' },
];

export const GOLDEN = new URL('./golden/', import.meta.url);

/** Compares with the golden file; `UPDATE_GOLDEN=1 npx vitest run test/plan` rewrites it. */
export function expectGolden(name: string, actual: string): void {
  const file = new URL(name, GOLDEN);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
  if (!existsSync(file)) throw new Error(`no golden file ${name}: run with UPDATE_GOLDEN=1 and review it`);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

export function serviceDeps(t: TestApp): ServiceDeps {
  return { db: t.app.db, clock: t.clock, logger: createLogger('silent') };
}

async function strategyOf(t: TestApp, channel: string) {
  const strategy = await findStrategyByChannel(t.app.db, { teamId: 'T1' }, channel);
  if (!strategy) throw new Error(`no strategy in ${channel}`);
  return strategy;
}

/** What the team typed, in the strategy's language. */
const TEXTS = {
  en: {
    why: 'To be found where our customers already talk about home renovation.',
    goals: 'More newsletter subscribers; faster answers to questions.',
    pitch: 'Honest advice for every renovation, from people who have done it.',
    audience: 'Homeowners aged 30–55 planning a renovation.\nAlso small contractors.',
    whereabouts: 'Facebook groups, maybe Instagram; <@U3> is checking.',
    costs: 'One person two days a week, 500 € a month for ads.',
    ownership: 'The marketing team.',
    risks: 'Negative reviews going viral.',
    measurement: 'Subscribers weekly, response time monthly.',
    listeningNotes: 'Following three Facebook groups and two forums.\nCompetitors: Remppa Oy, Koti & Talo.',
    presenceNotes: 'Waiting for the budget decision.',
    subscribers: ['Newsletter subscribers', 'subscribers'] as const,
    responseTime: ['Response time', 'h'] as const,
  },
  fi: {
    why: 'Haluamme olla siellä, missä asiakkaamme jo keskustelevat remonteista.',
    goals: 'Lisää uutiskirjeen tilaajia; nopeammat vastaukset kysymyksiin.',
    pitch: 'Rehellisiä neuvoja jokaiseen remonttiin ihmisiltä, jotka ovat tehneet sen itse.',
    audience: 'Remonttia suunnittelevat 30–55-vuotiaat asunnonomistajat.\nMyös pienet urakoitsijat.',
    whereabouts: 'Facebook-ryhmät, ehkä Instagram; <@U3> selvittää.',
    costs: 'Yksi henkilö kahtena päivänä viikossa, mainoksiin 500 € kuukaudessa.',
    ownership: 'Markkinointitiimi.',
    risks: 'Negatiivisten arvioiden leviäminen.',
    measurement: 'Tilaajat viikoittain, vastausaika kuukausittain.',
    listeningNotes:
      'Seuraamme kolmea Facebook-ryhmää ja kahta foorumia.\nKilpailijat: Remppa Oy, Koti & Talo.',
    presenceNotes: 'Odottaa budjettipäätöstä.',
    subscribers: ['Uutiskirjeen tilaajat', 'tilaajaa'] as const,
    responseTime: ['Vastausaika', 'h'] as const,
  },
};

/**
 * A strategy with everything entered, through the same services the modals and commands use:
 * the analysis, every phase touched, two metrics (one with check-ins), a changed schedule. Ends on
 * 2026-12-02 12:00 Helsinki time, when one phase is overdue and one due within a week.
 */
export async function fillStrategy(
  t: TestApp,
  channel: string,
  admin: string,
  language: 'en' | 'fi' = 'en',
): Promise<void> {
  const x = TEXTS[language];
  const deps = serviceDeps(t);
  const actor = { userId: admin, isWorkspaceAdmin: false };
  t.clock.set('2026-11-26T09:00:00Z');
  const strategy = await strategyOf(t, channel);
  // A minute between changes: entries of the same millisecond would list in random (id) order.
  const step = () => t.clock.advance(60_000);
  step();
  const result = await submitAssessment(deps, {
    teamId: 'T1',
    strategyId: strategy.id,
    actor,
    answers: {
      why: { text: x.why, rating: 'clear' },
      goals: { text: x.goals, rating: 'clear' },
      pitch: { text: x.pitch, rating: 'clear' },
      audience: { text: x.audience, rating: 'clear' },
      whereabouts: { text: x.whereabouts, rating: 'partial' },
      costs: { text: x.costs, rating: 'clear' },
      content_strategy: { text: '', rating: 'missing' },
      ownership: { text: x.ownership, rating: 'clear', owner: 'U2' },
      risks: { text: x.risks, rating: 'partial' },
      measurement: { text: x.measurement, rating: 'clear' },
    },
  });
  if (result.kind !== 'revised') throw new Error(`assessment not saved: ${result.kind}`);
  const phase = async (
    key: Parameters<typeof changePhase>[1]['key'],
    change: Parameters<typeof changePhase>[1]['change'],
  ) => {
    step();
    const r = await changePhase(deps, { strategy, key, actor, change });
    if (r.kind !== 'updated') throw new Error(`phase ${key} not updated: ${r.kind}`);
  };
  await phase('listening', {
    ownerId: 'U2',
    dueDate: '2026-12-08',
    status: 'in_progress',
    notes: x.listeningNotes,
    deliverableUrl: 'https://docs.example.com/listening',
  });
  await phase('goals', { ownerId: 'U3', dueDate: '2026-11-30', status: 'done' });
  await phase('content', { ownerId: 'U1', dueDate: '2026-11-28' });
  await phase('presence', { status: 'blocked', notes: x.presenceNotes });

  step();
  const metric = await addMetric(deps, {
    strategy,
    actor,
    metric: {
      name: x.subscribers[0],
      unit: x.subscribers[1],
      baseline: 1200,
      target: 2000,
      targetDate: '2027-06-30',
      ownerId: 'U2',
      direction: 'up',
      cadence: 'weekly',
    },
  });
  if (metric.kind !== 'created') throw new Error('metric not created');
  step();
  await addMetric(deps, {
    strategy,
    actor,
    metric: {
      name: x.responseTime[0],
      unit: x.responseTime[1],
      baseline: 24,
      target: 4.5,
      targetDate: '2027-03-31',
      ownerId: 'U3',
      direction: 'down',
      cadence: 'monthly',
    },
  });
  const report = (value: number) => {
    step();
    return recordCheckin(deps, {
      strategy,
      reportedBy: 'U2',
      at: t.clock.now(),
      values: [{ metricId: metric.metric.id, value }],
    });
  };
  await report(1250);
  t.clock.set('2026-12-01T08:00:00Z');
  await report(1340.5);
  step();
  const saved = await saveSchedule(deps, strategy, actor, {
    digest: { weekday: 2, localTime: '08:30' },
    checkin: { weekday: 4, localTime: '14:00' },
    timeZone: 'Europe/Helsinki',
    nudges: false,
  });
  if (saved.kind !== 'saved') throw new Error('schedule not saved');
  t.clock.set('2026-12-02T10:00:00Z');
}

/** The file with this extension the app uploaded last (the plan shares a .md and a .pdf). */
export function lastFile(t: TestApp, extension: 'md' | 'pdf'): { filename: string; bytes: Buffer } {
  const url = t.standIn
    .callsOf('files.getUploadURLExternal')
    .filter((c) => String(c.args.filename).endsWith(`.${extension}`))
    .at(-1);
  if (!url) throw new Error(`no .${extension} file uploaded`);
  const bytes = t.standIn.uploads.get(url.result!.file_id);
  if (!bytes) throw new Error('the upload URL was never sent the bytes');
  return { filename: String(url.args.filename), bytes };
}

/** The Markdown file the app uploaded last, as text. */
export function lastUpload(t: TestApp): { filename: string; text: string } {
  const { filename, bytes } = lastFile(t, 'md');
  return { filename, text: bytes.toString('utf8') };
}

/** The text of a PDF as a PDF reader extracts it, with every run of spaces and line breaks as one space. */
export async function pdfText(bytes: Buffer): Promise<{ text: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const result = await parser.getText();
    return { text: result.text.replace(/\s+/g, ' '), pages: result.total };
  } finally {
    await parser.destroy();
  }
}

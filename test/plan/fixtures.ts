import { PHASE_KEYS, type PhaseKey } from '../../src/domain/method.js';
import type { Metric } from '../../src/domain/metric.js';
import type { PhaseContent } from '../../src/domain/phase-content.js';
import { emptyPhase, type Phase } from '../../src/domain/phases.js';
import type { PlanInput } from '../../src/domain/plan.js';
import { type Answers, computeReadiness, type Judgements, type Rating } from '../../src/domain/readiness.js';
import { DEFAULT_SETTINGS } from '../../src/domain/schedule.js';
import type { Language, Strategy } from '../../src/domain/strategy.js';
import type { Trend } from '../../src/domain/trend.js';

// Plans as the pure builder gets them, for the golden files: a fully filled strategy, one that
// social media does not serve now, one whose gaps finished phases have addressed, and an empty one.
// The same strategy in both languages; only what the team typed differs.

export const SCENARIOS = ['full', 'not-now', 'addressed', 'empty'] as const;
export type Scenario = (typeof SCENARIOS)[number];

const NOW = new Date('2026-12-02T10:00:00Z');
const at = (iso: string) => new Date(iso);

const NAMES = new Map([
  ['U1', 'Maria Ståhlberg'],
  ['U2', 'Olli'],
  ['U3', 'Åsa Öberg'],
]);

function strategy(language: Language): Strategy {
  return {
    id: 'S1',
    teamId: 'T1',
    channelId: 'C1',
    name: language === 'fi' ? 'Remontti Åbo 2027' : 'Renovation 2027',
    language,
    timeZone: 'Europe/Helsinki',
    workingDays: [1, 2, 3, 4, 5],
    state: 'active',
    createdBy: 'U1',
    createdAt: at('2026-11-20T08:00:00Z'),
    updatedAt: at('2026-11-20T08:00:00Z'),
    admins: ['U1'],
  };
}

const TYPED = {
  en: {
    why: 'To be found where homeowners already talk about renovation, and to save on print ads.',
    goals: 'More newsletter subscribers; answers to questions within a working day.',
    pitch: 'Honest advice for every renovation, from people who have done it.',
    audience:
      'Homeowners aged 30–55 planning a renovation.\nSmall contractors as a second group, kept apart.',
    whereabouts: 'Facebook renovation groups and Instagram.',
    costs: 'One person two days a week, 500 € a month for ads.',
    content_strategy: 'Guides, before-and-after stories and answers to readers’ questions.',
    ownership: 'The marketing team; Olli runs the daily work.',
    risks: 'Negative reviews going viral; staff sharing prices before launch.',
    measurement: 'Subscribers weekly, response time monthly.',
    notNowWhy: 'Everyone else seems to be there.',
    notNowWhereabouts: 'Our customers are large builders who buy through tenders, not online.',
    notNowCosts: 'No budget and no one free this year.',
    fields: {
      listening: {
        sources: 'Three Facebook renovation groups\nKotiKlinikka forum',
        competitors: 'Remppa Oy, Koti & Talo',
        findings: 'People ask most about bathroom costs and moisture damage.',
      },
      content: {
        pillars: 'Guides; before-and-after stories; answers to questions',
        formats: 'Short videos, photo carousels, one long guide a month',
        tone: 'Plain-spoken and helpful, never salesy',
        rhythm: 'Three posts a week on Instagram, two on Facebook',
      },
      presence: {
        participation: 'We answer questions in the groups as ourselves and share guides only when they help.',
        response_time: 'Within one working day',
        house_rules: 'No prices before launch; criticism answered openly, never deleted.',
        responders: 'Olli on weekdays, Maria as backup',
      },
      measurement: { reporting: 'Olli reports subscribers every Friday; Åsa reports response time monthly.' },
      organisation: {
        roles: 'Olli: content and answers. Åsa: measurement. Maria: budget and approvals.',
        hours_per_week: '16 hours',
        monthly_budget: '500 €',
      },
    },
    goalTexts: ['Grow the newsletter to 2,000 subscribers', 'Answer every question within a working day'],
    channels: [
      ['Instagram', '@remontti', 'Homeowners planning a renovation', 'Inspiration and guides'],
      ['Facebook', 'facebook.com/remontti', 'Renovation groups', 'Answers and discussion'],
    ],
    actions: [
      'Open the Instagram account',
      'Write the first three guides',
      'Agree on house rules with sales',
    ],
    metrics: ['Newsletter subscribers', 'subscribers', 'Response time', 'h'],
  },
  fi: {
    why: 'Haluamme olla siellä, missä asunnonomistajat jo keskustelevat remonteista, ja säästää printtimainonnassa.',
    goals: 'Lisää uutiskirjeen tilaajia; vastaukset kysymyksiin työpäivän sisällä.',
    pitch: 'Rehellisiä neuvoja jokaiseen remonttiin ihmisiltä, jotka ovat tehneet sen itse.',
    audience:
      'Remonttia suunnittelevat 30–55-vuotiaat asunnonomistajat.\nPienet urakoitsijat toisena ryhmänä, erikseen.',
    whereabouts: 'Facebookin remonttiryhmät ja Instagram.',
    costs: 'Yksi henkilö kahtena päivänä viikossa, mainoksiin 500 € kuukaudessa.',
    content_strategy: 'Oppaat, ennen ja jälkeen -tarinat ja vastaukset lukijoiden kysymyksiin.',
    ownership: 'Markkinointitiimi; Olli hoitaa päivittäisen työn.',
    risks: 'Negatiivisten arvioiden leviäminen; henkilöstö kertoo hinnat ennen julkaisua.',
    measurement: 'Tilaajat viikoittain, vastausaika kuukausittain.',
    notNowWhy: 'Kaikki muutkin tuntuvat olevan siellä.',
    notNowWhereabouts:
      'Asiakkaamme ovat suuria rakennusliikkeitä, jotka ostavat tarjouskilpailuilla, eivät verkosta.',
    notNowCosts: 'Ei budjettia eikä ketään vapaana tänä vuonna.',
    fields: {
      listening: {
        sources: 'Kolme Facebookin remonttiryhmää\nKotiKlinikan keskustelupalsta',
        competitors: 'Remppa Oy, Koti & Talo',
        findings: 'Eniten kysytään kylpyhuoneen kustannuksista ja kosteusvaurioista.',
      },
      content: {
        pillars: 'Oppaat; ennen ja jälkeen -tarinat; vastaukset kysymyksiin',
        formats: 'Lyhyet videot, kuvakarusellit, yksi pitkä opas kuussa',
        tone: 'Suora ja avulias, ei koskaan myyvä',
        rhythm: 'Kolme julkaisua viikossa Instagramissa, kaksi Facebookissa',
      },
      presence: {
        participation: 'Vastaamme ryhmissä omilla nimillämme ja jaamme oppaita vain, kun niistä on apua.',
        response_time: 'Yhden työpäivän sisällä',
        house_rules: 'Ei hintoja ennen julkaisua; kritiikkiin vastataan avoimesti, sitä ei poisteta.',
        responders: 'Olli arkisin, Maria varalla',
      },
      measurement: {
        reporting: 'Olli raportoi tilaajat joka perjantai; Åsa raportoi vastausajan kuukausittain.',
      },
      organisation: {
        roles: 'Olli: sisällöt ja vastaukset. Åsa: mittaaminen. Maria: budjetti ja hyväksynnät.',
        hours_per_week: '16 tuntia',
        monthly_budget: '500 €',
      },
    },
    goalTexts: ['Uutiskirjeelle 2 000 tilaajaa', 'Jokaiseen kysymykseen vastataan työpäivän sisällä'],
    channels: [
      ['Instagram', '@remontti', 'Remonttia suunnittelevat asunnonomistajat', 'Inspiraatio ja oppaat'],
      ['Facebook', 'facebook.com/remontti', 'Remonttiryhmät', 'Vastaukset ja keskustelu'],
    ],
    actions: [
      'Avataan Instagram-tili',
      'Kirjoitetaan kolme ensimmäistä opasta',
      'Sovitaan pelisäännöt myynnin kanssa',
    ],
    metrics: ['Uutiskirjeen tilaajat', 'tilaajaa', 'Vastausaika', 'h'],
  },
};

function answers(x: (typeof TYPED)['en'], ratings: Partial<Record<keyof Answers, Rating>> = {}): Answers {
  const a = (key: keyof Answers, text: string) => ({ text, rating: ratings[key] ?? ('clear' as Rating) });
  return {
    why: a('why', x.why),
    goals: a('goals', x.goals),
    pitch: a('pitch', x.pitch),
    audience: a('audience', x.audience),
    whereabouts: a('whereabouts', x.whereabouts),
    costs: a('costs', x.costs),
    content_strategy: a('content_strategy', x.content_strategy),
    ownership: { ...a('ownership', x.ownership), owner: 'U2' },
    risks: a('risks', x.risks),
    measurement: a('measurement', x.measurement),
  };
}

function readiness(a: Partial<Answers>, judgements: Judgements, addressed: (keyof Answers)[] = []) {
  return {
    summary: {
      readiness: computeReadiness(a, judgements),
      judgements,
      addressed,
      revision: 2,
      updatedBy: 'U1',
      updatedAt: at('2026-11-25T09:00:00Z'),
    },
    answers: a,
  };
}

function phases(status: Partial<Record<PhaseKey, Phase['status']>>, owned: boolean): Phase[] {
  return PHASE_KEYS.map((key, i) => ({
    ...emptyPhase('S1', 'T1', key),
    ...(owned
      ? { ownerId: i % 2 === 0 ? 'U2' : 'U3', dueDate: `2026-12-${String(4 + i * 3).padStart(2, '0')}` }
      : {}),
    status: status[key] ?? 'not_started',
  }));
}

function metrics(x: (typeof TYPED)['en']): { metric: Metric; trend: Trend }[] {
  const base = { strategyId: 'S1', teamId: 'T1', archivedAt: null, createdAt: NOW, updatedAt: NOW };
  return [
    {
      metric: {
        ...base,
        id: 'M1',
        name: x.metrics[0]!,
        unit: x.metrics[1]!,
        baseline: 1200,
        target: 2000,
        targetDate: '2027-06-30',
        ownerId: 'U2',
        direction: 'up',
        cadence: 'weekly',
      },
      trend: {
        status: 'on_track',
        latest: { period: '2026-W49', value: 1340.5 },
        percent: 17.6,
        expected: 1300,
        sparkline: '······▁█',
      },
    },
    {
      metric: {
        ...base,
        id: 'M2',
        name: x.metrics[2]!,
        unit: x.metrics[3]!,
        baseline: 24,
        target: 4.5,
        targetDate: '2027-03-31',
        ownerId: 'U3',
        direction: 'down',
        cadence: 'monthly',
      },
      trend: { status: 'no_data', latest: undefined, percent: undefined, expected: undefined, sparkline: '' },
    },
  ];
}

function content(x: (typeof TYPED)['en']): PhaseContent {
  return {
    fields: x.fields,
    goals: [
      { id: 'G1', text: x.goalTexts[0]!, metricIds: ['M1'] },
      { id: 'G2', text: x.goalTexts[1]!, metricIds: ['M2'] },
    ],
    channels: [
      {
        id: 'CH1',
        service: x.channels[0]![0]!,
        handle: x.channels[0]![1]!,
        audience: x.channels[0]![2]!,
        purpose: x.channels[0]![3]!,
        cadence: 'weekly',
        ownerId: 'U2',
        lastActivity: { period: '2026-W48', posted: true, count: 3, confirmedAt: at('2026-11-27T14:00:00Z') },
      },
      {
        id: 'CH2',
        service: x.channels[1]![0]!,
        handle: x.channels[1]![1]!,
        audience: x.channels[1]![2]!,
        purpose: x.channels[1]![3]!,
        cadence: 'daily',
        ownerId: 'U3',
        lastActivity: { period: '2026-W48', posted: false, confirmedAt: at('2026-11-27T14:05:00Z') },
      },
    ],
    actions: [
      { id: 'A1', what: x.actions[0]!, ownerId: 'U2', due: '2026-11-30', done: true },
      { id: 'A2', what: x.actions[1]!, ownerId: 'U2', due: '2026-12-01', done: false },
      { id: 'A3', what: x.actions[2]!, ownerId: 'U1', due: '2026-12-20', done: false },
    ],
  };
}

export function scenario(name: Scenario, language: Language): PlanInput {
  const x = TYPED[language];
  const base: PlanInput = {
    strategy: strategy(language),
    now: NOW,
    readiness: undefined,
    phases: [],
    metrics: [],
    schedule: { settings: { ...DEFAULT_SETTINGS, timeZone: 'Europe/Helsinki' }, paused: false },
    audit: [],
    names: NAMES,
  };
  const judgedYes: Judgements = { reach: 'yes', resources: 'yes', commitment: 'yes' };
  switch (name) {
    case 'full':
      return {
        ...base,
        readiness: readiness(answers(x), judgedYes),
        phases: phases({ listening: 'done', goals: 'done', content: 'done', presence: 'in_progress' }, true),
        metrics: metrics(x),
        content: content(x),
        audit: [
          {
            at: Date.UTC(2026, 11, 1, 8, 2),
            actorId: 'U2',
            action: 'checkin.reported',
            subject: 'M1',
            before: null,
            after: { period: '2026-W49', value: 1340.5 },
          },
          {
            at: Date.UTC(2026, 10, 30, 9, 0),
            actorId: 'U3',
            action: 'phase.updated',
            subject: 'content',
            before: null,
            after: { status: 'done' },
          },
          {
            at: Date.UTC(2026, 10, 25, 9, 0),
            actorId: 'U1',
            action: 'assessment.revised',
            subject: null,
            before: null,
            after: { revision: 2 },
          },
        ],
        version: { number: 3, date: '2026-12-02', changed: ['content', 'channels', 'action_plan'] },
      };
    case 'not-now':
      return {
        ...base,
        readiness: readiness(
          {
            ...answers(x, {
              whereabouts: 'clear',
              costs: 'clear',
              content_strategy: 'missing',
              risks: 'partial',
            }),
            why: { text: x.notNowWhy, rating: 'partial' },
            whereabouts: { text: x.notNowWhereabouts, rating: 'clear' },
            costs: { text: x.notNowCosts, rating: 'clear' },
            content_strategy: { text: '', rating: 'missing' },
          },
          { reach: 'no', resources: 'no', commitment: 'partly' },
        ),
        version: { number: 1, date: '2026-12-02', changed: [] },
      };
    case 'addressed':
      return {
        ...base,
        readiness: readiness(
          answers(x, { whereabouts: 'partial', risks: 'partial', content_strategy: 'missing' }),
          judgedYes,
          ['whereabouts', 'risks'],
        ),
        phases: phases({ listening: 'done', presence: 'done', content: 'in_progress' }, true),
        metrics: metrics(x),
        content: { ...content(x), channels: [{ ...content(x).channels[0]!, ownerId: undefined }] },
        version: { number: 2, date: '2026-12-02', changed: ['readiness', 'presence'] },
      };
    case 'empty':
      return base;
  }
}

import type { PostingCadence } from '../../domain/phase-content.js';
import { characters, plural } from './counts.js';

// What each phase holds in its window: the fields, goals, the channel register, the action plan;
// the accounts in the check-in, the digest's quiet accounts, and what App Home shows of them.
export const phaseContentTexts = {
  content: {
    heading: '*What this phase holds*',
    fields: {
      sources: {
        label: 'Sources and communities we follow',
        placeholder: 'Forums, groups, hashtags, review sites, news…',
      },
      competitors: { label: 'Competitors we follow', placeholder: 'Who, and where they are active' },
      findings: { label: 'What we have learned', placeholder: 'Needs, praise, complaints, open questions' },
      pillars: { label: 'Content pillars', placeholder: 'The few themes everything we publish serves' },
      formats: { label: 'Formats', placeholder: 'Short videos, guides, customer stories…' },
      tone: { label: 'Tone of voice', placeholder: 'How we sound, and how we never sound' },
      rhythm: { label: 'Publishing rhythm', placeholder: 'What goes out, how often, on which days' },
      participation: { label: 'How we take part', placeholder: 'Where we join conversations, and how' },
      response_time: { label: 'Response-time promise', placeholder: 'e.g. within four working hours' },
      house_rules: {
        label: 'House rules',
        placeholder: 'What we remove, when we escalate, what we never say',
      },
      responders: { label: 'Who answers', placeholder: 'Who answers which questions, and who stands in' },
      reporting: {
        label: 'Reporting: what, how often, by whom',
        placeholder: 'e.g. a monthly summary to the management team by the marketing lead',
      },
      roles: { label: 'Roles and time per week', placeholder: 'Who does what, and how many hours a week' },
      hours_per_week: { label: 'Time in all, hours per week', placeholder: 'e.g. 12 h' },
      monthly_budget: { label: 'Monthly budget', placeholder: 'e.g. 800 € for ads and tools' },
    },
    fieldHint: (max: number) => `Up to ${characters(max)}.`,
    tooLong: (max: number) => `Keep it to ${characters(max)}.`,
    required: 'Fill this in.',
    metricsHeading: '*The metrics*',
    metricLine: (name: string, owner: string, cadence: string) => `• ${name} — <@${owner}>, ${cadence}`,
    metricCadence: { weekly: 'reported weekly', monthly: 'reported monthly' },
    noMetrics: 'No metrics yet: add them with `/smstrategy metric add`.',
    edit: 'Edit',
    more: (count: number) =>
      plural(count, { one: '…and 1 more, not shown here.', other: `…and ${count} more, not shown here.` }),
    goals: {
      heading: '*Goals*, each with the metrics that measure it',
      none: '_No goals yet._',
      line: (text: string, metrics: string) => `• ${text}\n  _Measured by:_ ${metrics}`,
      noMetric: '_no metric yet_',
      add: 'Add a goal',
      title: 'Goal',
      text: 'Goal',
      textPlaceholder: 'e.g. more returning customers from social media',
      metrics: 'Measured by',
      metricsPlaceholder: 'Choose metrics',
      noMetricsYet:
        'The strategy has no metrics yet. Add them with `/smstrategy metric add`, then link them here.',
    },
    channels: {
      heading: '*Channel register*: one entry per account',
      none: '_No accounts yet._',
      line: (o: {
        service: string;
        handle: string;
        audience: string;
        purpose: string;
        cadence: string;
        owner?: string;
        last: string;
      }) =>
        `• *${o.service}* ${o.handle}\n  ${o.audience} · ${o.purpose}\n  ${o.cadence} · ${o.owner ? `<@${o.owner}>` : '_no owner_'} · ${o.last}`,
      add: 'Add an account',
      title: 'Account',
      service: 'Service',
      servicePlaceholder: 'e.g. LinkedIn, Instagram, a forum',
      handle: 'Handle or address',
      handlePlaceholder: '@ourcompany or https://…',
      audience: 'Audience',
      audiencePlaceholder: 'Whom we reach there',
      purpose: 'Purpose',
      purposePlaceholder: 'What the account is for',
      cadence: 'Posting cadence',
      owner: 'Owner',
      ownerHint: 'Confirms in each check-in whether the account posted.',
      ownerFixed: (owner: string | undefined) => (owner ? `*Owner:* <@${owner}>` : '*Owner:* none yet'),
      lastPosted: (period: string) => `last post ${period}`,
      neverPosted: 'no post confirmed yet',
      quiet: ':warning: *quiet*',
    },
    cadenceName: {
      daily: 'Daily',
      weekly: 'Weekly',
      biweekly: 'Every other week',
      monthly: 'Monthly',
    } satisfies Record<PostingCadence, string>,
    actions: {
      heading: '*Actions*: what, who, by when',
      none: '_No actions yet._',
      line: (o: { done: boolean; what: string; owner?: string; due?: string; overdue: boolean }) =>
        `${o.done ? '✅' : '☐'} ${o.what} — ${o.owner ? `<@${o.owner}>` : '_no owner_'} · ${
          o.due ? `due ${o.due}` : 'no due date'
        }${o.overdue ? ' · :warning: *overdue*' : ''}`,
      add: 'Add an action',
      title: 'Action',
      what: 'What',
      whatPlaceholder: 'e.g. set up the company page on LinkedIn',
      owner: 'Owner',
      due: 'Due date',
      state: 'State',
      open: 'Open',
      done: 'Done',
      ownerFixed: (owner: string | undefined) => (owner ? `*Owner:* <@${owner}>` : '*Owner:* none yet'),
    },
    item: {
      save: 'Save',
      cancel: 'Back',
      remove: 'Remove',
      removeOption: 'Remove this entry',
      pastDate: (date: string, today: string) =>
        `${date} has passed (today is ${today}). Choose a later date.`,
      tooMany: (max: number) => `A phase holds at most ${max} of these. Remove one first.`,
      notFound: 'Someone removed this entry meanwhile; nothing was saved.',
      forbidden: (phaseOwner: string | null, admins: string) =>
        phaseOwner
          ? `Only the phase's owner <@${phaseOwner}> or the strategy's admins (${admins}) may do this.`
          : `Only the strategy's admins (${admins}) may do this.`,
    },
    checkin: {
      heading: '*Your accounts*: did each post this period?',
      posted: (service: string, handle: string) => `${service} ${handle}`,
      postedHint: (period: string, cadence: string) =>
        `${period} · posting cadence: ${cadence.toLowerCase()}`,
      yes: 'Yes, it posted',
      no: 'No posts',
      count: 'How many posts (optional)',
      countInvalid: 'Give the number of posts as a whole number, or leave it empty.',
      countWithoutAnswer: 'Say whether the account posted, or leave the number empty.',
      confirmed: (count: number) =>
        plural(count, { one: '1 account confirmed.', other: `${count} accounts confirmed.` }),
    },
    digest: {
      quiet: '*Quiet accounts*: no post confirmed for longer than their cadence',
      line: (o: { service: string; handle: string; owner?: string; cadence: string; last: string }) =>
        `• *${o.service}* ${o.handle} — ${o.owner ? `<@${o.owner}>` : '_no owner_'} · ${o.cadence.toLowerCase()} · ${o.last}`,
    },
    home: {
      actions: '*Your actions*',
      channels: '*Your accounts*',
      markDone: 'Mark done',
      where: (channel: string, name: string) => `<#${channel}> ${name}`,
    },
  },
};

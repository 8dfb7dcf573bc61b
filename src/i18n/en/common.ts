import type { CommandName } from '../../domain/commands.js';
import { characters } from './counts.js';

// The help, starting a strategy, its status, App Home, names shown in settings, and the errors any command may answer.
export const commonTexts = {
  appName: 'Social media strategy',
  commands: {
    help: { usage: 'help', description: 'These instructions.' },
    start: { usage: 'start [name]', description: 'Start the strategy of this channel.' },
    status: { usage: 'status', description: 'The strategy at a glance.' },
    assess: {
      usage: 'assess',
      description: 'Answer the ten readiness questions (admins edit, others read).',
    },
    assign: {
      usage: 'assign <phase> @person',
      description:
        'Make someone the owner of a phase: type @ and pick them from the list Slack offers. They are told by DM.',
    },
    due: { usage: 'due <phase> <YYYY-MM-DD>', description: 'Set the due date of a phase.' },
    phase: {
      usage: 'phase <phase>',
      description: 'Open a phase: owner, due date, status, notes, deliverable, and what the phase holds.',
    },
    metric: {
      usage: 'metric add | list | edit <name> | archive <name> | chart <name>',
      description: 'Measurable goals: add, list, edit, archive, or chart one against its target.',
    },
    checkin: {
      usage: 'checkin',
      description: "Report this period's values of the metrics, and whether your accounts posted.",
    },
    schedule: {
      usage: 'schedule',
      description: 'Set when the digest, the check-in and the reminders are sent.',
    },
    pause: { usage: 'pause', description: 'Stop every scheduled message of this strategy.' },
    resume: { usage: 'resume', description: 'Restart the scheduled messages.' },
    plan: {
      usage: 'plan',
      description: 'The documented plan: posted here as a Markdown file and kept as a canvas.',
    },
    export: {
      usage: 'export',
      description:
        'All the data as a ZIP of CSV files (phases, metrics, check-ins, actions, audit trail), posted here.',
    },
    language: {
      usage: 'language [fi|en] | language me fi|en|auto',
      description:
        "The strategy's language for channel posts, the plan and the canvas (admins), or your own for what only you see.",
    },
    settings: {
      usage: 'settings',
      description: "The strategy's name, language, time zone and working days, in one window (admins).",
    },
    rename: { usage: 'rename <name>', description: 'Rename the strategy (admins).' },
    admin: {
      usage: 'admin add @person | remove @person | list',
      description: 'Who runs the strategy with you. There is always at least one admin.',
    },
    archive: {
      usage: 'archive',
      description: 'Stop every scheduled message and make the strategy read-only (admins).',
    },
    unarchive: {
      usage: 'unarchive',
      description: 'Bring an archived strategy back; missed messages are not sent afterwards.',
    },
    delete: {
      usage: 'delete',
      description: 'Delete the strategy and everything in it, after typing its name (admins).',
    },
    api: {
      usage: 'api token create <label> | list | revoke <label>',
      description: "Tokens for the HTTP API, so other tools can report this strategy's metrics (admins).",
    },
  } satisfies Record<CommandName, { usage: string; description: string }>,
  help: {
    title: 'Build your social media strategy together',
    intro:
      'I walk the team through the method: a readiness analysis, eight phases with owners and dates, measurable goals with weekly check-ins, and a documented plan — all here in Slack.',
    commandsHeading: '*Commands*',
    noStrategy: 'This channel has no strategy yet. Start one with `/smstrategy start [name]`.',
    buttonStart: 'Start a strategy',
    buttonStatus: 'Show status',
    buttonAssess: 'Readiness analysis',
    buttonCheckin: 'Report metrics',
    buttonPlan: 'Documented plan',
  },
  start: {
    defaultName: (channel: string) =>
      channel ? `Social media strategy for #${channel}` : 'Social media strategy',
    created: (user: string, name: string) =>
      `<@${user}> started *${name}* in this channel. Next: run the readiness analysis with \`/smstrategy assess\`.`,
    exists: (name: string, user: string, date: string) =>
      `This channel already has a strategy: *${name}*, started by <@${user}> on ${date}. Nothing was changed.`,
    nameTooLong: (max: number) => `The name can be at most ${characters(max)}. Nothing was created.`,
  },
  status: {
    title: (name: string) => name,
    started: (user: string, date: string) => `Started by <@${user}> on ${date}`,
    admins: (users: string) => `Admins: ${users}`,
    settings: (language: string, timeZone: string, state: string) =>
      `Language: ${language} · Time zone: ${timeZone} · State: ${state}`,
    readinessNotAssessed:
      '*Readiness:* not analysed yet. Run `/smstrategy assess` to answer the ten questions.',
  },
  home: {
    strategiesHeading: '*Strategies in this workspace*',
    noStrategies: "No strategies yet. In the team's channel, type `/smstrategy start` to begin.",
  },
  languageName: { fi: 'Finnish', en: 'English' },
  stateName: { active: 'active', paused: 'paused', archived: 'archived' },
  errors: {
    unknownCommand: (word: string) => `I don't know the command \`${word}\`.`,
    didYouMean: (suggestion: string) => `Did you mean \`/smstrategy ${suggestion}\`?`,
    noStrategy: 'This channel has no strategy yet. Start one with `/smstrategy start [name]`.',
    notInstalled:
      'smstrategy is not installed in this workspace any more. A workspace admin can install it again; the strategies are kept.',
    unexpected: 'Something went wrong on my side and nothing was changed. Please try again in a moment.',
  },
};

import type { PhaseKey } from '../../domain/method.js';
import { characters } from './counts.js';

// The eight phases: their names and what each produces, owners, due dates, status, the phase modal, DMs.
export const phaseTexts = {
  phases: {
    listening: {
      name: 'Listening',
      produces:
        "the conversations about the industry, customers' needs and satisfaction, and competitors that we follow, and where",
    },
    goals: {
      name: 'Goal setting',
      produces:
        'measurable goals: differentiation, market share, customer retention… each with a metric and a target',
    },
    content: { name: 'Content strategy', produces: 'a content strategy created or refined from the goals' },
    presence: {
      name: 'Presence model',
      produces: 'where and with what we are present, how we take part, how we create value for customers',
    },
    channels: {
      name: 'Choice of services',
      produces: 'the services and tools through which the strategy is carried out',
    },
    measurement: {
      name: 'Monitoring and measurement',
      produces: 'what we follow and measure, how often, and who reports it',
    },
    organisation: { name: 'Organisation and budget', produces: 'who does what, time and money' },
    action_plan: { name: 'Action plan', produces: 'the concrete plan of actions, owners and dates' },
  } satisfies Record<PhaseKey, { name: string; produces: string }>,
  phase: {
    statusName: { not_started: 'Not started', in_progress: 'In progress', done: 'Done', blocked: 'Blocked' },
    heading: '*Phases*',
    noOwner: 'no owner yet',
    noDue: 'no due date',
    due: (date: string) => `due ${date}`,
    overdue: '*overdue*',
    dueSoon: 'due within a week',
    notes: 'Notes',
    deliverable: 'Deliverable',
    timesIn: (timeZone: string) => `Dates are local to ${timeZone}.`,
    buttonDone: 'Mark done',
    buttonStart: 'Start',
    buttonBlocked: 'Blocked',
    buttonEdit: 'Edit',
    unknown: (word: string) => `I don't know the phase \`${word}\`.`,
    didYouMean: (key: string) => `Did you mean \`${key}\`?`,
    known: (list: string) => `The phases: ${list}.`,
    // These replies are mrkdwn, where `<` and `>` are written `&lt;` and `&gt;`.
    assignUsage:
      'Usage: `/smstrategy assign &lt;phase&gt; @person`, picking the person from the list Slack opens as you type @. Or open the phase with `/smstrategy phase &lt;phase&gt;` and choose the owner there.',
    assignPickPerson: (typed: string, phaseCommand: string) =>
      `I can't tell who “${typed}” is: Slack makes a name a mention only when you pick the person from the list that opens as you type @. Type @, pick them from the list and send the command again, or open the phase with \`${phaseCommand}\` and choose the owner there. Nothing was changed.`,
    phasePlaceholder: '&lt;phase&gt;',
    dueUsage:
      'Usage: `/smstrategy due &lt;phase&gt; &lt;YYYY-MM-DD&gt;`, for example `/smstrategy due 2 2027-01-31`.',
    phaseUsage:
      'Usage: `/smstrategy phase &lt;phase&gt;`, for example `/smstrategy phase listening` or `/smstrategy phase 1`.',
    invalidDate: (text: string) =>
      `\`${text}\` is not a date that exists. Write it as YYYY-MM-DD, for example 2027-01-31. Nothing was changed.`,
    pastDate: (date: string, today: string) =>
      `${date} is already past (today is ${today}). Pick a later date. Nothing was changed.`,
    invalidUrl: 'The deliverable must be a link starting with http:// or https://. Nothing was changed.',
    notesTooLong: (max: number) => `Notes can be at most ${characters(max)}. Nothing was changed.`,
    botUser: (user: string) => `<@${user}> is a bot and cannot own a phase. Nothing was changed.`,
    deactivatedUser: (user: string) =>
      `<@${user}> is deactivated and cannot own a phase. Nothing was changed.`,
    unknownUser: (user: string) => `I can't find the user <@${user}>. Nothing was changed.`,
    onlyManagers: (admins: string) =>
      `Only the strategy's admins (${admins}) or a workspace admin may choose a phase's owner. Nothing was changed.`,
    onlyEditors: (owner: string | null, admins: string) =>
      `Only ${owner ? `the phase's owner <@${owner}>, ` : ''}the strategy's admins (${admins}) or a workspace admin may change this phase. Nothing was changed.`,
    assigned: (user: string, phase: string) => `<@${user}> now owns *${phase}*. I told them by DM.`,
    alreadyOwner: (user: string, phase: string) => `<@${user}> already owns *${phase}*. Nothing was changed.`,
    dueSet: (phase: string, date: string) => `*${phase}* is now due ${date}.`,
    dueUnchanged: (phase: string, date: string) => `*${phase}* is already due ${date}. Nothing was changed.`,
    statusSet: (phase: string, status: string) => `*${phase}* is now: ${status}.`,
    dmNewOwner: (o: {
      phase: string;
      number: number;
      strategy: string;
      channel: string;
      due: string;
      produces: string;
      key: string;
      by: string;
    }) =>
      `<@${o.by}> made you the owner of phase ${o.number}/8, *${o.phase}*, of *${o.strategy}* in <#${o.channel}>. ${o.due}.\nIt produces: ${o.produces}.\nUpdate it with \`/smstrategy phase ${o.key}\` in <#${o.channel}> or from my Home tab.`,
    dmDue: (date: string) => `Due ${date}`,
    dmNoDue: 'No due date yet',
    dmPreviousOwner: (o: {
      phase: string;
      strategy: string;
      channel: string;
      owner: string | null;
      by: string;
    }) =>
      o.owner
        ? `<@${o.by}> handed *${o.phase}* of *${o.strategy}* in <#${o.channel}> to <@${o.owner}>. You no longer own it.`
        : `<@${o.by}> removed you as the owner of *${o.phase}* of *${o.strategy}* in <#${o.channel}>.`,
    modal: {
      title: 'Phase',
      submit: 'Save',
      close: 'Cancel',
      owner: 'Owner',
      ownerFixed: (owner: string | null) =>
        owner
          ? `*Owner:* <@${owner}> (only the strategy's admins may change the owner)`
          : "*Owner:* none yet (only the strategy's admins may choose one)",
      dueDate: 'Due date',
      status: 'Status',
      notes: 'Notes',
      notesHint: (max: number) => `Up to ${characters(max)}.`,
      deliverable: 'Deliverable link',
      deliverableHint: 'An http:// or https:// link to the document, board or folder.',
    },
    home: {
      heading: '*Your phases*',
      none: 'You own no phases yet. When someone makes you the owner of a phase, it shows up here.',
      more: (n: number) => `…and ${n} more. \`/smstrategy status\` in each channel lists them all.`,
      summary: (overdue: number, soon: number) => `${overdue} overdue · ${soon} due within a week`,
    },
  },
};

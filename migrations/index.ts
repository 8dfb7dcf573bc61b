import type { Migration } from 'kysely';
import * as foundation from './2026-11-26-01-foundation.js';
import * as assessment from './2026-11-26-02-assessment.js';
import * as phases from './2026-11-26-03-phases.js';
import * as metrics from './2026-11-26-04-metrics.js';
import * as schedules from './2026-11-26-05-schedules.js';
import * as processedEvents from './2026-11-26-06-processed-events.js';
import * as installations from './2026-11-26-07-installations.js';
import * as userNames from './2026-11-26-08-user-names.js';
import * as phasesByStrategy from './2026-11-26-09-phases-by-strategy.js';
import * as userLanguages from './2026-11-27-11-user-languages.js';
import * as keyCheck from './2026-11-27-12-key-check.js';
import * as zonesAndLookups from './2026-11-27-13-zones-and-lookups.js';
import * as judgements from './2026-11-28-22-judgements.js';
import * as checkinNotes from './2026-11-28-23-checkin-notes.js';
import * as workingDays from './2026-11-29-01-working-days.js';
import * as checkinSource from './2026-11-29-02-checkin-source.js';
import * as nudges from './2026-11-29-10-nudges.js';
import * as scheduleFrequency from './2026-11-29-15-schedule-frequency.js';
import * as phaseContent from './2026-11-29-20-phase-content.js';
import * as planVersions from './2026-11-29-25-plan-versions.js';
import * as departedUsers from './2026-11-29-35-departed-users.js';
import * as apiTokens from './2026-11-29-40-api-tokens.js';
import * as metricImports from './2026-11-29-45-metric-imports.js';

// Listed here rather than read from the folder, so the same list works from source and from dist/.
// Names sort by date; append new migrations at the end.
export const migrations: Record<string, Migration> = {
  '2026-11-26-01-foundation': foundation,
  '2026-11-26-02-assessment': assessment,
  '2026-11-26-03-phases': phases,
  '2026-11-26-04-metrics': metrics,
  '2026-11-26-05-schedules': schedules,
  '2026-11-26-06-processed-events': processedEvents,
  '2026-11-26-07-installations': installations,
  '2026-11-26-08-user-names': userNames,
  '2026-11-26-09-phases-by-strategy': phasesByStrategy,
  '2026-11-27-11-user-languages': userLanguages,
  '2026-11-27-12-key-check': keyCheck,
  '2026-11-27-13-zones-and-lookups': zonesAndLookups,
  '2026-11-28-22-judgements': judgements,
  '2026-11-28-23-checkin-notes': checkinNotes,
  '2026-11-29-01-working-days': workingDays,
  '2026-11-29-02-checkin-source': checkinSource,
  '2026-11-29-10-nudges': nudges,
  '2026-11-29-15-schedule-frequency': scheduleFrequency,
  '2026-11-29-20-phase-content': phaseContent,
  '2026-11-29-25-plan-versions': planVersions,
  '2026-11-29-35-departed-users': departedUsers,
  '2026-11-29-40-api-tokens': apiTokens,
  '2026-11-29-45-metric-imports': metricImports,
};

import type { Messages } from '../en/index.js';
import { apiTexts } from './api.js';
import { assessmentTexts } from './assessment.js';
import { availabilityTexts } from './availability.js';
import { checkinTexts } from './checkins.js';
import { commonTexts } from './common.js';
import { exportTexts } from './export.js';
import { guidanceTexts } from './guidance.js';
import { importTexts } from './imports.js';
import { inputTexts } from './input.js';
import { languageTexts } from './language.js';
import { lifecycleTexts } from './lifecycle.js';
import { metricTexts } from './metrics.js';
import { nudgeTexts } from './nudges.js';
import { peopleTexts } from './people.js';
import { periodTexts } from './periods.js';
import { phaseContentTexts } from './phase-content.js';
import { phaseTexts } from './phases.js';
import { planTexts } from './plan.js';
import { postingTexts } from './posting.js';
import { savingTexts } from './saving.js';
import { scheduleTexts } from './schedule.js';

// The Finnish catalogue, by area, written as a Finnish speaker would say it rather than translated
// word for word.
export const fi: Messages = {
  ...commonTexts,
  ...assessmentTexts,
  ...guidanceTexts,
  ...phaseTexts,
  ...phaseContentTexts,
  ...metricTexts,
  ...scheduleTexts,
  ...planTexts,
  ...languageTexts,
  ...postingTexts,
  ...availabilityTexts,
  ...inputTexts,
  ...savingTexts,
  ...periodTexts,
  ...checkinTexts,
  ...exportTexts,
  ...peopleTexts,
  ...lifecycleTexts,
  ...nudgeTexts,
  ...apiTexts,
  ...importTexts,
};

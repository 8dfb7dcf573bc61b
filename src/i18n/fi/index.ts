import type { Messages } from '../en/index.js';
import { assessmentTexts } from './assessment.js';
import { commonTexts } from './common.js';
import { metricTexts } from './metrics.js';
import { phaseTexts } from './phases.js';
import { planTexts } from './plan.js';
import { savingTexts } from './saving.js';
import { scheduleTexts } from './schedule.js';

// The Finnish catalogue, by area, written as a Finnish speaker would say it rather than translated
// word for word.
export const fi: Messages = {
  ...commonTexts,
  ...assessmentTexts,
  ...phaseTexts,
  ...metricTexts,
  ...scheduleTexts,
  ...planTexts,
  ...savingTexts,
};

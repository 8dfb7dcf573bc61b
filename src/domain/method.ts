// The method (docs/method.md): the ten readiness questions and the eight phases. Keys are stable
// (they are stored); the wording lives in the i18n catalogues.

export const QUESTION_KEYS = [
  'why',
  'goals',
  'pitch',
  'audience',
  'whereabouts',
  'costs',
  'content_strategy',
  'ownership',
  'risks',
  'measurement',
] as const;
export type QuestionKey = (typeof QUESTION_KEYS)[number];

export function isQuestionKey(value: unknown): value is QuestionKey {
  return typeof value === 'string' && (QUESTION_KEYS as readonly string[]).includes(value);
}

export const PHASE_KEYS = [
  'listening',
  'goals',
  'content',
  'presence',
  'channels',
  'measurement',
  'organisation',
  'action_plan',
] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];

/** Which phase's work closes the gap a missing or partial answer leaves ("feeds phase"). */
export const QUESTION_FEEDS_PHASE: Record<QuestionKey, PhaseKey> = {
  why: 'goals',
  goals: 'goals',
  pitch: 'content',
  audience: 'listening',
  whereabouts: 'presence',
  costs: 'organisation',
  content_strategy: 'content',
  ownership: 'organisation',
  risks: 'presence',
  measurement: 'measurement',
};

/** The method asks for an elevator pitch the brand can tell in 140 characters. */
export const PITCH_MAX_LENGTH = 140;

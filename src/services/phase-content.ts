import { EMPTY_PHASE_CONTENT, type PhaseContent } from '../domain/phase-content.js';
import type { Strategy } from '../domain/strategy.js';
import type { ServiceDeps } from './deps.js';

/** What the strategy's phases hold beyond their status (fields, goals, channel register, actions). */
export async function phaseContentOf(_deps: ServiceDeps, _strategy: Strategy): Promise<PhaseContent> {
  return EMPTY_PHASE_CONTENT;
}

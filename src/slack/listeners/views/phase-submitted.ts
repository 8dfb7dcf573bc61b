import type { WebClient } from '@slack/web-api';
import { formatLocalDate, parseLocalDate } from '../../../domain/dates.js';
import type { PhaseKey } from '../../../domain/method.js';
import { fieldMaxLength, PHASE_FIELDS } from '../../../domain/phase-content.js';
import { isPhaseKey, isPhaseStatus, NOTES_MAX_LENGTH, parseDeliverableUrl } from '../../../domain/phases.js';
import type { Language, Strategy } from '../../../domain/strategy.js';
import { messages } from '../../../i18n/index.js';
import { savePhaseFields } from '../../../services/phase-content.js';
import { changePhase, type PhaseChange, type PhaseUpdateResult } from '../../../services/phases.js';
import { CONTENT_IDS, PHASE_IDS } from '../../../views/ids.js';
import type { PhaseRef } from '../../../views/phases.js';
import { tellActor } from '../../after-ack.js';
import type { SlackDeps } from '../../deps.js';
import { announcePhaseChange, notToldText, ownerProblem, refusalText } from '../../phases.js';
import { inputValue, type ViewValues } from '../../view-state.js';
import {
  close,
  type Outcome,
  onSubmission,
  type Parsed,
  parsed,
  refuse,
  type Submission,
} from './submission.js';

/** The phase modal's submission: invalid input is refused in the modal itself, nothing saved. */
export const makePhaseSubmitted = (deps: SlackDeps) =>
  onSubmission<PhaseRef>(
    deps,
    (s) => phaseSubmitted(deps, s),
    (ref) => ref.s,
  );

async function phaseSubmitted(deps: SlackDeps, s: Submission<PhaseRef>): Promise<Outcome> {
  const { client, strategy, language, values, edited } = s;
  const key = s.meta.k;
  if (!strategy || !isPhaseKey(key)) return close();
  const form = await readPhaseForm(deps, client, { strategy, language, values, edited });
  const fields = readFieldsForm(key, language, values, edited);
  if (!form.ok || !fields.ok)
    return refuse({ ...(form.ok ? {} : form.errors), ...(fields.ok ? {} : fields.errors) });
  const actor = await deps.users.actor(client, strategy.teamId, s.userId);
  const change = form.value;
  const result = await changePhase(deps, { strategy, key, actor, change, submission: s.submission });
  if (result.kind === 'replayed') return close();
  if (result.kind !== 'updated' && result.kind !== 'unchanged')
    return refuse(refusalErrors(result, { strategy, language, values, change }));
  if (Object.keys(fields.value).length > 0) {
    const saved = await savePhaseFields(deps, { strategy, key, actor, values: fields.value });
    if (saved.kind === 'forbidden')
      return refuse({
        [PHASE_IDS.statusBlock]: refusalText(language, strategy, {
          kind: 'forbidden',
          need: 'owner',
          phase: result.kind === 'updated' ? result.after : result.phase,
        }),
      });
    if (saved.kind === 'invalid')
      return refuse({
        [CONTENT_IDS.fieldBlock(saved.field)]: messages(language).content.tooLong(
          fieldMaxLength(saved.field),
        ),
      });
  }
  if (result.kind === 'unchanged') return close();
  return close(async () => {
    const notTold = await announcePhaseChange(deps, client, strategy, result, s.userId, { homeOf: s.userId });
    if (notTold.length > 0) await tellActor(deps.logger, s, notToldText(language, notTold));
  });
}

interface PhaseForm {
  strategy: Strategy;
  language: Language;
  values: ViewValues;
}

/**
 * The inputs the user changed, as a change to the phase (what they left as it was stays out, so a
 * change someone else made to it meanwhile stays); each that cannot be saved gets its message.
 */
async function readPhaseForm(
  deps: SlackDeps,
  client: WebClient,
  { strategy, language, values, edited }: PhaseForm & { edited: ReadonlySet<string> },
): Promise<Parsed<PhaseChange>> {
  const m = messages(language);
  const get = (block: string, action: string) => inputValue(values, block, action);
  const errors: Record<string, string> = {};
  const change: PhaseChange = {};
  // Only managers get an owner input; for everyone else the owner is not theirs to change.
  if (edited.has(PHASE_IDS.ownerBlock)) {
    const owner = get(PHASE_IDS.ownerBlock, PHASE_IDS.ownerAction) ?? null;
    const problem = owner && (await ownerProblem(deps, client, strategy.teamId, owner, language));
    if (problem) errors[PHASE_IDS.ownerBlock] = problem;
    change.ownerId = owner;
  }
  if (edited.has(PHASE_IDS.dueBlock)) {
    const dueText = get(PHASE_IDS.dueBlock, PHASE_IDS.dueAction);
    change.dueDate = dueText ? (parseLocalDate(dueText) ?? null) : null;
    if (dueText && !change.dueDate) errors[PHASE_IDS.dueBlock] = m.phase.invalidDate(dueText);
  }
  const status = get(PHASE_IDS.statusBlock, PHASE_IDS.statusAction);
  if (edited.has(PHASE_IDS.statusBlock) && isPhaseStatus(status)) change.status = status;
  if (edited.has(PHASE_IDS.notesBlock)) {
    const notes = get(PHASE_IDS.notesBlock, PHASE_IDS.notesAction)?.trimEnd() ?? '';
    if (notes.length > NOTES_MAX_LENGTH)
      errors[PHASE_IDS.notesBlock] = m.phase.notesTooLong(NOTES_MAX_LENGTH);
    change.notes = notes || null;
  }
  if (edited.has(PHASE_IDS.deliverableBlock)) {
    const link = get(PHASE_IDS.deliverableBlock, PHASE_IDS.deliverableAction)?.trim() ?? '';
    const url = link ? parseDeliverableUrl(link) : undefined;
    if (link && !url) errors[PHASE_IDS.deliverableBlock] = m.phase.invalidUrl;
    change.deliverableUrl = url ?? null;
  }
  return parsed(change, errors);
}

/** The phase's free-text fields the user changed (an emptied one as null), each checked for length. */
function readFieldsForm(
  key: PhaseKey,
  language: Language,
  values: ViewValues,
  edited: ReadonlySet<string>,
): Parsed<Record<string, string | null>> {
  const errors: Record<string, string> = {};
  const out: Record<string, string | null> = {};
  for (const field of PHASE_FIELDS[key]) {
    const block = CONTENT_IDS.fieldBlock(field);
    if (!edited.has(block)) continue;
    const text = inputValue(values, block, CONTENT_IDS.fieldAction)?.trimEnd() ?? '';
    if (text.length > fieldMaxLength(field))
      errors[block] = messages(language).content.tooLong(fieldMaxLength(field));
    out[field] = text || null;
  }
  return parsed(out, errors);
}

/** Why the change was not saved, under the input it concerns. */
function refusalErrors(
  result: Exclude<PhaseUpdateResult, { kind: 'updated' | 'unchanged' | 'replayed' }>,
  { strategy, language, values, change }: PhaseForm & { change: PhaseChange },
): Record<string, string> {
  const m = messages(language);
  switch (result.kind) {
    case 'forbidden': {
      const block =
        result.need === 'manager' && values[PHASE_IDS.ownerBlock]
          ? PHASE_IDS.ownerBlock
          : PHASE_IDS.statusBlock;
      return { [block]: refusalText(language, strategy, result) };
    }
    case 'past_date':
      return {
        [PHASE_IDS.dueBlock]: m.phase.pastDate(
          formatLocalDate(language, change.dueDate ?? ''),
          formatLocalDate(language, result.today),
        ),
      };
    case 'invalid': {
      const dueText = inputValue(values, PHASE_IDS.dueBlock, PHASE_IDS.dueAction);
      const errors = {
        dueDate: { [PHASE_IDS.dueBlock]: m.phase.invalidDate(dueText ?? '') },
        notes: { [PHASE_IDS.notesBlock]: m.phase.notesTooLong(NOTES_MAX_LENGTH) },
        deliverableUrl: { [PHASE_IDS.deliverableBlock]: m.phase.invalidUrl },
      };
      return errors[result.field];
    }
  }
}

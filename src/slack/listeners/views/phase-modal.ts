import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { parseLocalDate } from '../../../domain/periods.js';
import { isPhaseKey, isPhaseStatus, NOTES_MAX_LENGTH, parseDeliverableUrl } from '../../../domain/phases.js';
import { messages } from '../../../i18n/index.js';
import { changePhase, type PhaseChange } from '../../../services/phases.js';
import { findStrategyById } from '../../../storage/strategies.js';
import { formatLocalDate, type PhaseRef } from '../../../views/phases.js';
import type { SlackDeps } from '../../deps.js';
import { PHASE_IDS } from '../../../views/ids.js';
import { announcePhaseChange, ownerProblem, refusalText } from '../../phases.js';
import { inputValue, readMetadata } from '../../view-state.js';

/** The phase modal's submission: invalid input is refused in the modal itself, nothing saved. */
export function makePhaseModalSubmit(deps: SlackDeps) {
  return async ({
    ack,
    body,
    view,
    client,
  }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    const ref = readMetadata<PhaseRef>(view.private_metadata);
    const teamId = body.team?.id ?? body.user.team_id;
    const userId = body.user.id;
    const strategy =
      teamId && typeof ref.s === 'string' ? await findStrategyById(deps.db, { teamId }, ref.s) : undefined;
    if (!strategy || !isPhaseKey(ref.k)) {
      await ack();
      return;
    }
    const key = ref.k;
    const language = await deps.users.language(client, strategy.teamId, userId);
    const m = messages(language);
    const values = view.state.values;
    const get = (block: string, action: string) => inputValue(values, block, action);

    const errors: Record<string, string> = {};
    const change: PhaseChange = {};
    // Only managers get an owner input; for everyone else the owner is not theirs to change.
    if (values[PHASE_IDS.ownerBlock]) {
      const owner = get(PHASE_IDS.ownerBlock, PHASE_IDS.ownerAction) ?? null;
      const problem = owner && (await ownerProblem(deps, client, strategy.teamId, owner, language));
      if (problem) errors[PHASE_IDS.ownerBlock] = problem;
      change.ownerId = owner;
    }
    const dueText = get(PHASE_IDS.dueBlock, PHASE_IDS.dueAction);
    change.dueDate = dueText ? (parseLocalDate(dueText) ?? null) : null;
    if (dueText && !change.dueDate) errors[PHASE_IDS.dueBlock] = m.phase.invalidDate(dueText);
    const status = get(PHASE_IDS.statusBlock, PHASE_IDS.statusAction);
    if (isPhaseStatus(status)) change.status = status;
    const notes = get(PHASE_IDS.notesBlock, PHASE_IDS.notesAction)?.trimEnd() ?? '';
    if (notes.length > NOTES_MAX_LENGTH)
      errors[PHASE_IDS.notesBlock] = m.phase.notesTooLong(NOTES_MAX_LENGTH);
    change.notes = notes || null;
    const link = get(PHASE_IDS.deliverableBlock, PHASE_IDS.deliverableAction)?.trim() ?? '';
    const url = link ? parseDeliverableUrl(link) : undefined;
    if (link && !url) errors[PHASE_IDS.deliverableBlock] = m.phase.invalidUrl;
    change.deliverableUrl = url ?? null;
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }

    const actor = await deps.users.actor(client, strategy.teamId, userId);
    const result = await changePhase(deps, { strategy, key, actor, change });
    switch (result.kind) {
      case 'forbidden': {
        const block =
          result.need === 'manager' && values[PHASE_IDS.ownerBlock]
            ? PHASE_IDS.ownerBlock
            : PHASE_IDS.statusBlock;
        await ack({
          response_action: 'errors',
          errors: { [block]: refusalText(language, strategy, result) },
        });
        return;
      }
      case 'past_date':
        await ack({
          response_action: 'errors',
          errors: {
            [PHASE_IDS.dueBlock]: m.phase.pastDate(
              formatLocalDate(language, change.dueDate ?? ''),
              formatLocalDate(language, result.today),
            ),
          },
        });
        return;
      case 'invalid': {
        const block = {
          dueDate: PHASE_IDS.dueBlock,
          notes: PHASE_IDS.notesBlock,
          deliverableUrl: PHASE_IDS.deliverableBlock,
        }[result.field];
        const text = {
          dueDate: m.phase.invalidDate(dueText ?? ''),
          notes: m.phase.notesTooLong(NOTES_MAX_LENGTH),
          deliverableUrl: m.phase.invalidUrl,
        }[result.field];
        await ack({ response_action: 'errors', errors: { [block]: text } });
        return;
      }
      case 'unchanged':
        await ack();
        return;
      case 'updated':
        await ack();
        await announcePhaseChange(deps, client, strategy, result, userId, { homeOf: userId });
    }
  };
}

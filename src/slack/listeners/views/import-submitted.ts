import { IMPORT_MAX_ROWS } from '../../../domain/metric-import.js';
import { messages } from '../../../i18n/index.js';
import { confirmImport, previewImport } from '../../../services/metric-imports.js';
import { activeMetric } from '../../../services/metrics.js';
import { METRIC_IDS } from '../../../views/ids.js';
import {
  type ImportModalMetadata,
  type ImportPreviewMetadata,
  importOutcomeText,
  importPreviewModal,
} from '../../../views/metric-import.js';
import type { SlackDeps } from '../../deps.js';
import { inputValue } from '../../view-state.js';
import { close, confirmInChannel, onSubmission, refuse, replaceWith } from './submission.js';

/** Pasted rows: refused in the window when unreadable, else the window becomes their preview. */
export const makeImportSubmitted = (deps: SlackDeps) =>
  onSubmission<ImportModalMetadata>(deps, async (s) => {
    const { meta, strategy } = s;
    const metric = strategy && (await activeMetric(deps, strategy, meta.metricId));
    if (!strategy || !metric) return close();
    const m = messages(s.language).imports;
    const block = METRIC_IDS.importTextBlock;
    const text = inputValue(s.values, block, METRIC_IDS.importTextInput) ?? '';
    const result = await previewImport(deps, { strategy, metric, userId: s.userId, text });
    if (result.kind === 'empty') return refuse({ [block]: m.empty });
    if (result.kind === 'unreadable') return refuse({ [block]: m.unreadable(result.line) });
    if (result.kind === 'too_many_rows')
      return refuse({ [block]: m.tooManyRows(result.count, IMPORT_MAX_ROWS) });
    const next: ImportPreviewMetadata = {
      strategyId: strategy.id,
      channelId: strategy.channelId,
      importId: result.preview.importId,
    };
    return replaceWith(importPreviewModal(s.language, next, result.preview));
  });

/** The preview's Import: the rows are written, once, and the person told so in the channel. */
export const makeImportConfirmed = (deps: SlackDeps) =>
  onSubmission<ImportPreviewMetadata>(deps, async (s) => {
    const { meta, strategy } = s;
    if (!strategy) return close();
    const result = await confirmImport(deps, { teamId: s.teamId, userId: s.userId, importId: meta.importId });
    return close(() => confirmInChannel(deps, s, strategy, importOutcomeText(s.language, result)));
  });

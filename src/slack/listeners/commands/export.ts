import { messages } from '../../../i18n/index.js';
import { failureAdvice } from '../../after-ack.js';
import { ephemeral, withStrategy } from '../../command-request.js';
import { publishExport } from '../../export.js';

/** `export`: the strategy's data as a ZIP of CSV files in the channel; an archived one's too. */
export const exportData = withStrategy(
  async (deps, req, strategy) => {
    const m = messages(req.language).exporting;
    const result = await publishExport(deps, req.client, strategy);
    if (result.kind === 'posted') return ephemeral(req, m.posted);
    await ephemeral(req, `${m.notPosted} ${failureAdvice(req.language, result.error, strategy.channelId)}`);
  },
  { reads: () => true },
);

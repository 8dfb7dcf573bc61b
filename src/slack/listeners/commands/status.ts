import { ephemeral, withStrategy } from '../../command-request.js';
import { renderStatus } from '../../status.js';

export const status = withStrategy(
  async (deps, req, strategy) => {
    await ephemeral(req, await renderStatus(deps, strategy, req.language));
  },
  { reads: () => true },
);

import type { Config } from '../config.js';
import type { ServiceDeps } from '../services/deps.js';
import type { UserDirectory } from './users.js';

export interface SlackDeps extends ServiceDeps {
  config: Config;
  users: UserDirectory;
  /**
   * The bot token for a workspace, for work that no Slack request started (scheduled posts);
   * undefined when the workspace has uninstalled the app.
   */
  botToken(teamId: string): Promise<string | undefined>;
  /** Drops whatever this process cached about a workspace's installation. */
  forgetWorkspace(teamId: string): Promise<void>;
  /** How long a modal's save may run before the modal is answered with "Saving…". */
  savingAfterMs: number;
}

import type { Config } from '../config.js';
import type { ServiceDeps } from '../services/deps.js';
import type { ChannelDirectory } from './channels.js';
import type { HomePages } from './home-pages.js';
import type { ReplyLanguages } from './languages.js';
import type { UserDirectory } from './users.js';

export interface SlackDeps extends ServiceDeps {
  config: Config;
  users: UserDirectory;
  /** Who may see a channel's strategy: anyone for a public channel, its members for a private one. */
  channels: ChannelDirectory;
  /** The language of each reply, modal and direct message a person gets. */
  languages: ReplyLanguages;
  /** The page of their strategies each lead's App Home was last turned to. */
  homePages: HomePages;
  /**
   * The bot token for a workspace, for work that no Slack request started (scheduled posts);
   * undefined when the workspace has uninstalled the app. Throws TokenUnusableError while its
   * token cannot be used (Slack refused it, or the stored token does not open): that work waits.
   */
  botToken(teamId: string): Promise<string | undefined>;
  /** Drops whatever this process cached about a workspace's installation. */
  forgetWorkspace(teamId: string): Promise<void>;
  /** How long a modal's save may run before the modal is answered with "Saving…". */
  savingAfterMs: number;
}

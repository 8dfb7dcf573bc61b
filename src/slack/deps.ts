import type { Config } from '../config.js';
import type { ServiceDeps } from '../services/deps.js';
import type { UserDirectory } from './users.js';

export interface SlackDeps extends ServiceDeps {
  config: Config;
  users: UserDirectory;
}

import type { WebClient } from '@slack/web-api';
import { LRUCache } from 'lru-cache';
import { homeLanguage } from '../domain/language.js';
import { type Language, languageFromLocale, type Strategy } from '../domain/strategy.js';
import type { ServiceDeps } from '../services/deps.js';
import { languageChoice, replyLanguages } from '../services/languages.js';
import type { UserDirectory } from './users.js';

/**
 * What a reply, modal or direct message is about: a strategy at hand, the strategy a button or
 * modal names by id, the strategy of the channel it is in, or none.
 */
export interface About {
  strategy?: Pick<Strategy, 'language'> | undefined;
  /** As a button or a modal's metadata sent it back: looked up only when it is text. */
  strategyId?: unknown;
  channelId?: string;
}

/** The strategies that decide App Home's language for someone who has chosen none. */
export interface HomeLanguages {
  /** Of the strategies they work in: admin of, or owner of a phase or a metric. */
  workedIn: Language[];
  /** Of the strategies their App Home lists. */
  listed: Language[];
}

const REMEMBERED = 20_000;
/**
 * How long a reply waits for Slack to tell someone's locale the first time: a command's reply is
 * meant to be ready within its ack (command-ack.ts), so a slow users.info gives way to English.
 */
export const COLD_LOOKUP_MS = 400;

/**
 * The one place that decides the language of what only one person sees: their own choice first;
 * without one, the language of the strategy the reply is about; without a strategy, their Slack
 * locale. Slack has no Finnish interface, so a Finnish team gets Finnish from its strategy's
 * language without anyone choosing anything. The choice and the strategy's language are read from
 * the database, the locale from the cached users.info, and only when nothing else decides.
 */
export class ReplyLanguages {
  // The last language each person was answered in, for an error reply that must not wait on
  // the database or Slack (either may be what failed).
  private readonly answered = new LRUCache<string, Language>({ max: REMEMBERED });

  constructor(
    private readonly deps: ServiceDeps,
    private readonly users: UserDirectory,
  ) {}

  /**
   * The language to answer this person in, about this strategy or channel. Without a client (a
   * preview from the command line) only what the app already knows decides.
   */
  async of(
    client: WebClient | undefined,
    teamId: string,
    userId: string,
    about: About = {},
  ): Promise<Language> {
    const { chosen, ofStrategy } = await this.choiceAndStrategy(teamId, userId, about);
    return this.remember(
      teamId,
      userId,
      chosen ?? ofStrategy ?? (await this.slackLanguage(client, teamId, userId, { quick: true })),
    );
  }

  /** App Home's language, and the person's own choice (undefined: none) that its control shows. */
  async home(
    client: WebClient,
    teamId: string,
    userId: string,
    strategies: HomeLanguages,
  ): Promise<{ language: Language; chosen: Language | undefined }> {
    const chosen = await languageChoice(this.deps, teamId, userId);
    const language =
      chosen ??
      homeLanguage(strategies.workedIn, strategies.listed) ??
      (await this.slackLanguage(client, teamId, userId));
    return { language: this.remember(teamId, userId, language), chosen };
  }

  /** Both sides of the `language` command's answer: the person's choice and the defaults under it. */
  async settings(
    client: WebClient,
    teamId: string,
    userId: string,
    strategy: Pick<Strategy, 'language'> | undefined,
  ): Promise<{ chosen: Language | undefined; slack: Language; language: Language }> {
    const [chosen, slack] = await Promise.all([
      languageChoice(this.deps, teamId, userId),
      this.slackLanguage(client, teamId, userId),
    ]);
    const language = this.remember(teamId, userId, chosen ?? strategy?.language ?? slack);
    return { chosen, slack, language };
  }

  /** For an error reply: the language this person was last answered in, else their known locale. */
  lastAnswered(teamId: string, userId: string): Language {
    return (
      this.answered.get(`${teamId}:${userId}`) ??
      languageFromLocale(this.users.cached(teamId, userId)?.locale)
    );
  }

  private remember(teamId: string, userId: string, language: Language): Language {
    this.answered.set(`${teamId}:${userId}`, language);
    return language;
  }

  /** The person's choice and the strategy's language, in one read when both come from the database. */
  private async choiceAndStrategy(
    teamId: string,
    userId: string,
    about: About,
  ): Promise<{ chosen: Language | undefined; ofStrategy: Language | undefined }> {
    const where =
      typeof about.strategyId === 'string'
        ? { id: about.strategyId }
        : about.channelId
          ? { channelId: about.channelId }
          : undefined;
    if (about.strategy || !where)
      return {
        chosen: await languageChoice(this.deps, teamId, userId),
        ofStrategy: about.strategy?.language,
      };
    return replyLanguages(this.deps, teamId, userId, where);
  }

  /**
   * English when Slack cannot tell us now: a reply in English beats no reply. `quick`: what is
   * known of the person (even long ago; user_change forgets what changed) without asking Slack,
   * and a first lookup waits COLD_LOOKUP_MS at most; it goes on, and the next reply has its answer.
   */
  private async slackLanguage(
    client: WebClient | undefined,
    teamId: string,
    userId: string,
    options: { quick?: boolean } = {},
  ): Promise<Language> {
    const known = this.users.cached(teamId, userId);
    if (!client || (options.quick && known)) return languageFromLocale(known?.locale);
    try {
      const lookup = this.users.get(client, teamId, userId);
      const user = options.quick ? await within(lookup, COLD_LOOKUP_MS) : await lookup;
      return languageFromLocale(user.locale);
    } catch {
      return 'en';
    }
  }
}

/** The promise's value, or a rejection once `ms` have passed without one. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

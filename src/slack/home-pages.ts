import { LRUCache } from 'lru-cache';

/** People whose App Home page this process remembers; the others start again at the first page. */
const REMEMBERED = 10_000;

/**
 * The page of strategies each lead last turned to on their App Home, so that a home published
 * again after a change (a phase assigned to them, a plan posted) stays where they were. Each
 * process remembers its own; another replica republishing starts at the first page.
 */
export class HomePages {
  private readonly pages = new LRUCache<string, number>({ max: REMEMBERED });

  of(teamId: string, userId: string): number {
    return this.pages.get(`${teamId}:${userId}`) ?? 0;
  }

  remember(teamId: string, userId: string, page: number): void {
    if (page === 0) this.pages.delete(`${teamId}:${userId}`);
    else this.pages.set(`${teamId}:${userId}`, page);
  }
}

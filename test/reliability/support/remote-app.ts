import { SAVING_IDS } from '../../../src/views/ids.js';
import { BOT_TOKEN, freePort } from '../../support/harness.js';
import { type Spawned, spawnApp } from '../../support/process.js';
import { SIGNING_SECRET, signedPost } from '../../support/signing.js';
import type { Json, SlackStandIn } from '../../support/slack-stand-in.js';

let seq = 0;

/**
 * The real entry point (src/main.ts) running as its own process on a shared database, driven
 * the way Slack drives it: signed slash commands and modal submissions over HTTP.
 */
export class RemoteApp {
  private constructor(
    readonly process: Spawned,
    readonly url: string,
    readonly standIn: SlackStandIn,
  ) {}

  static async start(databaseUrl: string, standIn: SlackStandIn, cwd: string): Promise<RemoteApp> {
    const port = await freePort();
    const spawned = spawnApp(
      {
        SLACK_BOT_TOKEN: BOT_TOKEN,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: standIn.apiUrl,
        DATABASE_URL: databaseUrl,
        PORT: String(port),
        // Info: the readiness line the start waits for is logged at info.
        LOG_LEVEL: 'info',
      },
      cwd,
    );
    await spawned.up;
    return new RemoteApp(spawned, `http://127.0.0.1:${port}`, standIn);
  }

  /** The lines the process logged at warn, error or fatal. */
  warnings(): string[] {
    return this.process
      .stdout()
      .split('\n')
      .filter((line) => /"level":(40|50|60)\b/.test(line));
  }

  async stop(): Promise<void> {
    if (this.process.child.exitCode === null) this.process.child.kill('SIGTERM');
    await this.process.exited;
  }

  /**
   * Sends `/smstrategy text`; resolves with the trigger id and the response URL once the app has
   * acked (a reply in the ack is recorded by the stand-in, as Slack shows it).
   */
  async command(text: string, user = 'U1'): Promise<{ triggerId: string; responseUrl: string }> {
    seq += 1;
    const responseUrl = this.standIn.responseUrl();
    const triggerId = `remote.${process.pid}.${seq}`;
    const payload = {
      token: 'unused',
      team_id: 'T1',
      team_domain: 'acme',
      channel_id: 'C1',
      channel_name: 'marketing',
      user_id: user,
      user_name: user.toLowerCase(),
      command: '/smstrategy',
      text,
      api_app_id: 'A1',
      response_url: responseUrl,
      trigger_id: triggerId,
    };
    const res = await signedPost(
      `${this.url}/slack/events`,
      new URLSearchParams(payload).toString(),
      'application/x-www-form-urlencoded',
    );
    const body = await res.text();
    if (res.status !== 200) throw new Error(`/smstrategy ${text} answered HTTP ${res.status}`);
    if (body) this.standIn.commandAnswered(payload, JSON.parse(body) as Json);
    return { triggerId, responseUrl };
  }

  /** Sends `/smstrategy text` and waits for its reply, in the ack or to its response URL. */
  async reply(text: string, user = 'U1'): Promise<Json> {
    const { responseUrl } = await this.command(text, user);
    return (await this.standIn.waitForReply(responseUrl)).args;
  }

  /** Sends a command that opens a modal; resolves with the view as Slack shows it (id and hash). */
  async openView(text: string, user = 'U1'): Promise<Json> {
    const { triggerId } = await this.command(text, user);
    const call = await this.standIn.waitFor('views.open', (a) => a.trigger_id === triggerId);
    return call.result!.view;
  }

  /**
   * Submits a modal with these state values; resolves with the app's answer (the ack body). A
   * save that outlasted Slack's wait (a busy machine) is answered "Saving…" and shown later: then
   * it resolves with the view the modal was updated to, as `{ later: view }`.
   */
  async submit(view: Json, values: Json, user = 'U1'): Promise<Json> {
    const body = await this.post(view, values, user);
    if (body.view?.callback_id !== SAVING_IDS.view) return body;
    const outcome = await this.standIn.waitFor('views.update', (a) => a.view_id === view.id);
    return { later: outcome.args.view };
  }

  private async post(view: Json, values: Json, user: string): Promise<Json> {
    seq += 1;
    const payload = {
      type: 'view_submission',
      team: { id: 'T1', domain: 'acme' },
      user: { id: user, username: user.toLowerCase(), team_id: 'T1' },
      api_app_id: 'A1',
      token: 'unused',
      trigger_id: `remote.${process.pid}.${seq}`,
      view: { ...view, team_id: 'T1', state: { values } },
      response_urls: [],
    };
    const res = await signedPost(
      `${this.url}/slack/events`,
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      'application/x-www-form-urlencoded',
    );
    const text = await res.text();
    if (res.status !== 200) throw new Error(`submission answered HTTP ${res.status}`);
    return text ? (JSON.parse(text) as Json) : {};
  }
}

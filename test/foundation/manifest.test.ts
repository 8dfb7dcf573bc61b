import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/domain/commands.js';
import { BOT_SCOPES } from '../../src/slack/scopes.js';
import { COMMAND, WORKFLOW_IDS } from '../../src/views/ids.js';
import { ROOT } from '../support/process.js';

const load = (name: string) => JSON.parse(readFileSync(`${ROOT}/manifest/${name}`, 'utf8'));

describe('the Slack app manifests', () => {
  const http = load('manifest.json');
  const socket = load('manifest.socket-mode.json');

  it('declare the slash command, the events the app listens to and App Home', () => {
    for (const m of [http, socket]) {
      expect(m.features.slash_commands.map((c: any) => c.command)).toEqual([COMMAND]);
      // Slack then sends a person picked from its list as `<@U…|name>`, not the typed `@name`.
      expect(m.features.slash_commands[0].should_escape).toBe(true);
      // The hint Slack shows under the command names every subcommand, in the order help lists them.
      const hinted = (m.features.slash_commands[0].usage_hint as string)
        .split('|')
        .map((part) => part.trim().split(' ')[0]);
      expect(hinted).toEqual([...COMMANDS]);
      expect(m.settings.event_subscriptions.bot_events.sort()).toEqual(
        [
          'app_home_opened',
          'app_uninstalled',
          'tokens_revoked',
          'user_change',
          'message.im',
          'function_executed',
        ].sort(),
      );
      expect(m.features.app_home.home_tab_enabled).toBe(true);
      expect(m.settings.interactivity.is_enabled).toBe(true);
      // People send a metric's history as a file to the app's DM: its Messages tab takes messages.
      expect(m.features.app_home.messages_tab_enabled).toBe(true);
      expect(m.features.app_home.messages_tab_read_only_enabled).toBe(false);
    }
  });

  it('declare the Workflow Builder step the app handles, with its inputs and output', () => {
    for (const m of [http, socket]) {
      // Slack lets only org-ready apps with a remote runtime declare custom steps.
      expect(m.settings.org_deploy_enabled).toBe(true);
      expect(m.settings.function_runtime).toBe('remote');
      const step = m.functions[WORKFLOW_IDS.recordValue];
      expect(step.title).toBe('Record a metric value');
      expect(Object.keys(step.input_parameters).sort()).toEqual(Object.values(WORKFLOW_IDS.inputs).sort());
      expect(step.input_parameters[WORKFLOW_IDS.inputs.channel].type).toBe('slack#/types/channel_id');
      expect(step.input_parameters[WORKFLOW_IDS.inputs.comment].is_required).toBe(false);
      expect(Object.keys(step.output_parameters)).toEqual([WORKFLOW_IDS.outputs.period]);
    }
  });

  it('point HTTP at /slack/events, and Socket Mode needs no public URL', () => {
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.event_subscriptions.request_url).toMatch(/\/slack\/events$/);
    expect(http.settings.interactivity.request_url).toMatch(/\/slack\/events$/);
    expect(socket.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(socket)).not.toContain('YOUR-HOST');
  });

  it('ask for exactly the bot scopes the app uses, in both', () => {
    expect(http.oauth_config.scopes.bot).toEqual([...BOT_SCOPES]);
    expect(socket.oauth_config.scopes.bot).toEqual([...BOT_SCOPES]);
  });
});

import type { WebClient } from '@slack/web-api';
import { classifySlackError, failureCode } from './slack-errors.js';

/** What can be done about a canvas Slack would not write: each group has its own advice. */
export type CanvasAdvice = 'settings' | 'reinstall' | 'plan' | 'taken' | 'retry' | 'tooLarge';

/**
 * Every error Slack documents for canvases.create, canvases.edit and conversations.canvases.create
 * (besides those of every method), and a few older ones it has answered with, by what to do.
 */
export const CANVAS_ERRORS: Readonly<Record<string, CanvasAdvice>> = {
  canvas_disabled_user_team: 'settings',
  not_allowed: 'settings',
  restricted_action: 'settings',
  missing_scope: 'reinstall',
  free_team_not_allowed: 'plan',
  free_teams_cannot_create_standalone_canvases: 'plan',
  free_teams_cannot_create_non_tabbed_canvases: 'plan',
  free_teams_cannot_edit_standalone_canvases: 'plan',
  team_tier_cannot_create_channel_canvases: 'plan',
  free_team_canvas_tab_already_exists: 'taken',
  channel_canvas_already_exists: 'taken',
  canvas_creation_failed: 'retry',
  channel_canvas_creation_failed: 'retry',
  canvas_tab_creation_failed: 'retry',
  canvas_editing_failed: 'retry',
  canvas_editing_locked: 'retry',
  canvas_not_found: 'retry',
  canvas_too_large: 'tooLarge',
};

/** The canvas is gone (deleted in Slack): a new one takes its place. */
const CANVAS_GONE = ['canvas_not_found', 'canvas_deleted', 'file_not_found'];

export type CanvasResult =
  | { kind: 'created'; canvasId: string; replaced: boolean }
  | { kind: 'edited'; canvasId: string }
  | { kind: 'refused'; code: string };

/**
 * Writes the Markdown to the channel's canvas: edits the one created before, else creates it in
 * the channel (again, should the earlier one be gone). It runs after the plan file is posted, so
 * no failure may hide that: every refusal or failure comes back as `refused` with Slack's code.
 */
export async function keepCanvas(
  client: WebClient,
  input: { channelId: string; title: string; markdown: string; canvasId: string | undefined },
): Promise<CanvasResult> {
  const document = { type: 'markdown' as const, markdown: input.markdown };
  let replaced = false;
  try {
    if (input.canvasId) {
      try {
        await client.canvases.edit({
          canvas_id: input.canvasId,
          changes: [{ operation: 'replace', document_content: document }],
        });
        return { kind: 'edited', canvasId: input.canvasId };
      } catch (err) {
        if (!CANVAS_GONE.includes(failureCode(classifySlackError(err)))) throw err;
        replaced = true;
      }
    }
    const created = await client.canvases.create({
      title: input.title,
      channel_id: input.channelId,
      document_content: document,
    });
    if (!created.canvas_id) return { kind: 'refused', code: 'no_canvas_id' };
    return { kind: 'created', canvasId: created.canvas_id, replaced };
  } catch (err) {
    return { kind: 'refused', code: failureCode(classifySlackError(err)) };
  }
}

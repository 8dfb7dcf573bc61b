import type { WebClient } from '@slack/web-api';
import { slackErrorCode } from './slack-errors.js';

/** Why Slack would not let the app keep a canvas: the workspace's plan or settings, or a missing scope. */
export const CANVAS_REFUSALS = [
  'not_allowed',
  'free_team_not_allowed',
  'canvas_disabled_user_team',
  'missing_scope',
  'restricted_action',
  'team_tier_cannot_create_channel_canvases',
  'free_team_canvas_tab_already_exists',
] as const;

/** The canvas is gone (deleted in Slack): a new one takes its place. */
const CANVAS_GONE = ['canvas_not_found', 'canvas_deleted', 'file_not_found'];

export type CanvasResult =
  | { kind: 'created'; canvasId: string }
  | { kind: 'edited'; canvasId: string }
  | { kind: 'refused'; code: string };

/**
 * Writes the Markdown to the channel's canvas: edits the one created before, else creates it in
 * the channel. Refusals come back as a result (the caller tells the user); other failures throw.
 */
export async function keepCanvas(
  client: WebClient,
  input: { channelId: string; title: string; markdown: string; canvasId: string | undefined },
): Promise<CanvasResult> {
  const document = { type: 'markdown' as const, markdown: input.markdown };
  try {
    if (input.canvasId) {
      try {
        await client.canvases.edit({
          canvas_id: input.canvasId,
          changes: [{ operation: 'replace', document_content: document }],
        });
        return { kind: 'edited', canvasId: input.canvasId };
      } catch (err) {
        if (!CANVAS_GONE.includes(slackErrorCode(err) ?? '')) throw err;
      }
    }
    const created = await client.canvases.create({
      title: input.title,
      channel_id: input.channelId,
      document_content: document,
    });
    if (!created.canvas_id) throw new Error('canvases.create gave no canvas id');
    return { kind: 'created', canvasId: created.canvas_id };
  } catch (err) {
    const code = slackErrorCode(err);
    if (code && (CANVAS_REFUSALS as readonly string[]).includes(code)) return { kind: 'refused', code };
    throw err;
  }
}

import type { WebClient } from '@slack/web-api';

export interface FileToShare {
  channelId: string;
  filename: string;
  title: string;
  bytes: Buffer;
  initialComment?: string;
}

/**
 * Shares a file in a channel with Slack's external upload (files.upload is retired): ask for an
 * upload URL, send the bytes there, then complete the upload into the channel.
 */
export async function shareFile(client: WebClient, file: FileToShare): Promise<string> {
  const upload = await client.files.getUploadURLExternal({
    filename: file.filename,
    length: file.bytes.length,
  });
  if (!upload.upload_url || !upload.file_id) throw new Error('files.getUploadURLExternal gave no upload URL');
  const sent = await fetch(upload.upload_url, { method: 'POST', body: file.bytes });
  if (!sent.ok) throw new Error(`file upload answered HTTP ${sent.status}`);
  await client.files.completeUploadExternal({
    files: [{ id: upload.file_id, title: file.title }],
    channel_id: file.channelId,
    ...(file.initialComment ? { initial_comment: file.initialComment } : {}),
  });
  return upload.file_id;
}

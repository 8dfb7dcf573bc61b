import type { WebClient } from '@slack/web-api';

export interface FileToUpload {
  filename: string;
  title: string;
  bytes: Buffer;
}

export interface FileToShare extends FileToUpload {
  channelId: string;
  initialComment?: string;
}

/**
 * Shares files in a channel, in one message, with Slack's external upload (files.upload is
 * retired): ask for an upload URL per file, send its bytes there, then complete all of them
 * into the channel at once. Returns the file ids in the order given.
 */
export async function shareFiles(
  client: WebClient,
  share: { channelId: string; files: FileToUpload[]; initialComment?: string },
): Promise<string[]> {
  const uploaded: { id: string; title: string }[] = [];
  for (const file of share.files) {
    const upload = await client.files.getUploadURLExternal({
      filename: file.filename,
      length: file.bytes.length,
    });
    if (!upload.upload_url || !upload.file_id)
      throw new Error('files.getUploadURLExternal gave no upload URL');
    const sent = await fetch(upload.upload_url, { method: 'POST', body: file.bytes });
    if (!sent.ok) throw new Error(`file upload answered HTTP ${sent.status}`);
    uploaded.push({ id: upload.file_id, title: file.title });
  }
  await client.files.completeUploadExternal({
    files: uploaded as [{ id: string; title: string }],
    channel_id: share.channelId,
    ...(share.initialComment ? { initial_comment: share.initialComment } : {}),
  });
  return uploaded.map((f) => f.id);
}

/** Shares one file in a channel (shareFiles). */
export async function shareFile(client: WebClient, file: FileToShare): Promise<string> {
  const { channelId, initialComment, ...upload } = file;
  const [id] = await shareFiles(client, { channelId, files: [upload], initialComment });
  return id!;
}

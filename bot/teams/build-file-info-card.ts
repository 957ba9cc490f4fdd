import type { Attachment } from '@microsoft/agents-activity';

export const FILE_INFO_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.info';

/** The card that shows an uploaded file in the chat, pointing at the copy in the person's OneDrive. */
export function buildFileInfoCard(uploadInfo: { contentUrl: string; name: string; uniqueId: string; fileType: string }): Attachment {
  return {
    contentType: FILE_INFO_CONTENT_TYPE,
    contentUrl: uploadInfo.contentUrl,
    name: uploadInfo.name,
    content: { uniqueId: uploadInfo.uniqueId, fileType: uploadInfo.fileType },
  };
}

import type { Attachment } from '@microsoft/agents-activity';

export const FILE_CONSENT_CONTENT_TYPE = 'application/vnd.microsoft.teams.card.file.consent';

/** What Teams sends back in `acceptContext` / `declineContext`: which shelved report is meant. */
export interface FileConsentContext {
  reportId: string;
}

/**
 * A FileConsentCard: Teams asks the person whether the bot may put this file in their OneDrive
 * (bots can upload files only in personal chats, and only after this consent). Accepting sends a
 * `fileConsent/invoke` with an upload URL.
 */
export function buildFileConsentCard(options: { fileName: string; sizeInBytes: number; reportId: string; description: string }): Attachment {
  const context: FileConsentContext = { reportId: options.reportId };
  return {
    contentType: FILE_CONSENT_CONTENT_TYPE,
    name: options.fileName,
    content: {
      description: options.description,
      sizeInBytes: options.sizeInBytes,
      acceptContext: context,
      declineContext: context,
    },
  };
}

/** Said privately when Slack will not let the bot post in the channel it was asked in. */
export const notInChannel = "I can't post in this channel yet: invite me first (`/invite @unsprawl`), or send me a direct message.";

// The bot scopes the app really uses; the manifests ask for exactly these (a test holds them
// together), and the OAuth install requests them.
export const BOT_SCOPES = ['commands', 'chat:write', 'users:read'] as const;

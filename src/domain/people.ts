// A person whose personal data was removed (`forget-user`): where their Slack user id stood, in
// authorship and in what they owned, this stands instead. It is not a Slack id (lower case, a
// hyphen), so no Slack lookup or mention ever resolves it to someone.
export const FORMER_MEMBER = 'former-member';

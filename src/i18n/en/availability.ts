// What someone is told when their request cannot be done because a part the app depends on is
// out for a moment: the database, or the workspace's stored credentials.
export const availabilityTexts = {
  availability: {
    databaseDown: "I couldn't reach my database just now, so this wasn't done. Please try again in a minute.",
    /** Under a modal's first input: the modal stays open with everything entered. */
    databaseDownInModal:
      "Not saved: I couldn't reach my database just now. Everything you entered is still here; submit again in a minute.",
    workspaceUnavailable:
      "I can't use this workspace's stored credentials right now, so nothing was changed. Whoever runs smstrategy can see why in its logs; please try again later.",
  },
};

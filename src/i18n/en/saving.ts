// A modal whose save takes longer than Slack waits for an answer: it says so, then shows how it went.
export const savingTexts = {
  saving: {
    close: 'Close',
    inProgress:
      ':hourglass_flowing_sand: *Saving…* This is taking longer than usual. Keep this window open: it shows here when it is done.',
    saved: ':white_check_mark: *Saved.*',
    notSaved: ':warning: *Not saved.* Open the window again to try once more.',
    failed:
      ':warning: *Not saved:* something went wrong on our side. Nothing was changed; please try again in a moment.',
  },
};

import { characters } from './counts.js';

// Input refused for its size alone, before the app does anything with it.
export const inputTexts = {
  input: {
    commandTooLong: (length: number, max: number) =>
      `That command is ${characters(length)} long; a command can be at most ${characters(max)}. Nothing was done.`,
    fieldTooLong: (length: number, max: number) =>
      `This field takes at most ${characters(max)} and has ${length}. Nothing was saved: shorten the text and save again.`,
    metricNameTooLong: (max: number) =>
      `Metric names are at most ${characters(max)}, so no metric has this one. See them all with \`/smstrategy metric list\`.`,
  },
};

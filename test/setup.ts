import { afterEach, expect } from 'vitest';
import { blockKitViolations } from './support/slack-stand-in.js';

// Every view and message any test made the app send must be inside Slack's Block Kit limits.
afterEach(() => {
  const found = blockKitViolations.splice(0);
  expect(found, 'Block Kit limits breached').toEqual([]);
});

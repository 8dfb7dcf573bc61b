import { afterEach, beforeEach } from 'vitest';
import { TestApp, type TestAppOptions } from './harness.js';

/**
 * A fresh app for each test of the file (or describe block) that calls this, with `setUp` run on it
 * first, stopped after the test. What it returns stands for the app of the test under way.
 */
export function appForEachTest(options: TestAppOptions, setUp?: (t: TestApp) => Promise<unknown>): TestApp {
  let current: TestApp | undefined;
  beforeEach(async () => {
    current = await TestApp.start(options);
    await setUp?.(current);
  });
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });
  return new Proxy({} as TestApp, {
    get(_, key) {
      if (!current) throw new Error('the test app exists only while a test runs');
      const value: unknown = Reflect.get(current, key, current);
      return typeof value === 'function' ? value.bind(current) : value;
    },
  });
}

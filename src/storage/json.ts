/**
 * The value of JSON text read back from a column, or undefined when there is none or it is not
 * JSON (a row edited by hand or cut short). A corrupt row must not fail every request that reads
 * it, so each caller decides what stands in for it. JSON itself never yields undefined.
 */
export function parseStoredJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

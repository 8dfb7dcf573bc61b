import { IANAZone } from 'luxon';
import { fold } from './text.js';

/**
 * Zones that Intl (ICU, after CLDR) still names by the spelling IANA has since replaced. Slack's
 * users.info gives the IANA name (`Asia/Kolkata`), so the list and every stored zone use it too.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

export const UTC = 'UTC';

/** Every zone a person can pick: the regional zones by their IANA names, sorted, then UTC. */
export const TIME_ZONES: readonly string[] = [
  ...[...new Set(Intl.supportedValuesOf('timeZone').map((z) => RENAMED[z] ?? z))]
    .filter((z) => z.includes('/') && !z.startsWith('Etc/'))
    .sort(),
  UTC,
];

const key = (text: string) => fold(text).replace(/[\s_-]+/g, '_');

/** A zone by its full name in any case, old or new spelling. */
const BY_NAME = new Map<string, string>([
  ...TIME_ZONES.map((z) => [key(z), z] as const),
  ...Object.entries(RENAMED).map(([old, current]) => [key(old), current] as const),
  ...['etc/utc', 'etc/gmt', 'gmt', 'utc', 'z', 'zulu', 'universal'].map((z) => [z, UTC] as const),
]);

/**
 * Zones by place, any part after the region: `helsinki`, `indiana/indianapolis`, `indianapolis`,
 * and `indiana`, which names eight zones.
 */
const BY_PLACE = new Map<string, string[]>();
for (const [name, zone] of [...TIME_ZONES.map((z) => [z, z]), ...Object.entries(RENAMED)]) {
  const parts = name!.split('/').slice(1);
  for (const place of new Set([parts.join('/'), ...parts].map(key))) {
    const zones = BY_PLACE.get(place) ?? [];
    if (!zones.includes(zone!)) BY_PLACE.set(place, [...zones, zone!]);
  }
}

export type ZoneLookup =
  | { kind: 'found'; zone: string }
  | { kind: 'unknown' }
  | { kind: 'ambiguous'; candidates: string[] };

/**
 * The canonical IANA name of a zone as typed or stored: its full name in any case
 * (`europe/helsinki`), an older spelling (`Asia/Calcutta`), an alias Intl knows (`US/Eastern`), or
 * just its place (`Helsinki`, `new york`) when only one zone has that name.
 */
export function resolveTimeZone(text: string): ZoneLookup {
  const typed = text.trim();
  if (!typed) return { kind: 'unknown' };
  const byName = BY_NAME.get(key(typed));
  if (byName) return { kind: 'found', zone: byName };
  if (IANAZone.isValidZone(typed)) {
    const resolved = new Intl.DateTimeFormat('en', { timeZone: typed }).resolvedOptions().timeZone;
    return { kind: 'found', zone: BY_NAME.get(key(resolved)) ?? resolved };
  }
  const places = BY_PLACE.get(key(typed)) ?? [];
  if (places.length === 1) return { kind: 'found', zone: places[0]! };
  if (places.length > 1) return { kind: 'ambiguous', candidates: places };
  return { kind: 'unknown' };
}

/** The canonical name of a zone, or undefined when it names none. */
export function canonicalTimeZone(text: string): string | undefined {
  const found = resolveTimeZone(text);
  return found.kind === 'found' ? found.zone : undefined;
}

/** The region a zone is listed under (`America` for `America/Argentina/Cordoba`). */
export function zoneRegion(zone: string): string {
  return zone.includes('/') ? zone.slice(0, zone.indexOf('/')) : zone;
}

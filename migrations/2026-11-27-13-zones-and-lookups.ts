import type { Kysely } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// Time zones: a zone was typed into the schedule modal and stored as typed (`europe/helsinki`),
// and Slack's users.info may give an older spelling; every zone is now stored by its canonical
// IANA name. Intl accepts any case, so the stored zones worked; they only read wrong.

/** Intl (after CLDR) still spells these by names IANA has replaced. */
const RENAMED: Record<string, string> = {
  'africa/asmera': 'Africa/Asmara',
  'america/buenos_aires': 'America/Argentina/Buenos_Aires',
  'america/catamarca': 'America/Argentina/Catamarca',
  'america/coral_harbour': 'America/Atikokan',
  'america/cordoba': 'America/Argentina/Cordoba',
  'america/godthab': 'America/Nuuk',
  'america/indianapolis': 'America/Indiana/Indianapolis',
  'america/jujuy': 'America/Argentina/Jujuy',
  'america/louisville': 'America/Kentucky/Louisville',
  'america/mendoza': 'America/Argentina/Mendoza',
  'asia/calcutta': 'Asia/Kolkata',
  'asia/katmandu': 'Asia/Kathmandu',
  'asia/rangoon': 'Asia/Yangon',
  'asia/saigon': 'Asia/Ho_Chi_Minh',
  'atlantic/faeroe': 'Atlantic/Faroe',
  'europe/kiev': 'Europe/Kyiv',
  'pacific/enderbury': 'Pacific/Kanton',
  'pacific/ponape': 'Pacific/Pohnpei',
  'pacific/truk': 'Pacific/Chuuk',
};

function canonical(zone: string): string {
  const known = new Map(Intl.supportedValuesOf('timeZone').map((z) => [z.toLowerCase(), z]));
  const typed = zone.trim().toLowerCase();
  if (['utc', 'etc/utc', 'gmt', 'etc/gmt'].includes(typed)) return 'UTC';
  let resolved = known.get(typed);
  if (!resolved) {
    try {
      resolved = new Intl.DateTimeFormat('en', { timeZone: zone.trim() }).resolvedOptions().timeZone;
    } catch {
      return zone;
    }
  }
  return RENAMED[resolved.toLowerCase()] ?? resolved;
}

// The tables as they stood when this migration was written.
interface Tables {
  strategies: { time_zone: string };
  schedules: { time_zone: string };
}

async function normaliseZones(db: Kysely<Tables>, table: keyof Tables): Promise<void> {
  const rows = await db.selectFrom(table).select('time_zone').distinct().execute();
  for (const { time_zone: zone } of rows) {
    const to = canonical(zone);
    if (to !== zone)
      await db.updateTable(table).set({ time_zone: to }).where('time_zone', '=', zone).execute();
  }
}

export async function up(untyped: Kysely<unknown>): Promise<void> {
  const db = untyped as unknown as Kysely<Tables>;
  await normaliseZones(db, 'strategies');
  await normaliseZones(db, 'schedules');
}

export async function down(_db: Kysely<unknown>): Promise<void> {
  // The canonical names are as valid as the typed ones: nothing to undo.
}

import type { Kysely } from 'kysely';

// Frozen in time (nothing imported from the app).
//
// Deliveries: a post whose answer was lost is looked for in its channel before anything is posted
// again, and that lookup may itself be refused (Slack allows many apps one conversations.history
// call a minute). A delivery now records how its last attempt ended, so a retry knows whether it
// must look, where an interrupted search stopped, and how many attempts only waited to look.
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
  // The attempt whose end was recorded (a deferral); an attempt after it that left nothing behind
  // died mid-send, and what it did is unknown.
  await db.schema.alterTable('deliveries').addColumn('deferred_attempt', 'integer').execute();
  // 1: that attempt may have posted (its answer was lost and the lookup could not be made).
  await db.schema
    .alterTable('deliveries')
    .addColumn('maybe_posted', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // The ts the channel was searched down to, newest first, before the lookup was cut short.
  await db.schema.alterTable('deliveries').addColumn('searched_to', 'text').execute();
  // Attempts that only waited for a lookup: they do not count towards giving up.
  await db.schema
    .alterTable('deliveries')
    .addColumn('lookup_waits', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(untyped: Kysely<unknown>): Promise<void> {
  // The canonical zone names are as valid as the typed ones: only the columns go.
  for (const column of ['deferred_attempt', 'maybe_posted', 'searched_to', 'lookup_waits'])
    await untyped.schema.alterTable('deliveries').dropColumn(column).execute();
}

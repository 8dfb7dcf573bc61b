import { describe, expect, it } from 'vitest';
import type { DigestData } from '../../src/domain/digest.js';
import { DEFAULT_SETTINGS } from '../../src/domain/schedule.js';
import { TIME_ZONES } from '../../src/domain/time-zones.js';
import { nudgeMessage } from '../../src/views/nudges.js';
import { scheduleModal } from '../../src/views/schedule-modal.js';
import { digestMessage, pausedNoticeMessage } from '../../src/views/scheduled.js';
import { checkMessage, checkView } from '../support/block-kit.js';

const full = (language: 'en' | 'fi'): DigestData => ({
  strategyId: 's1',
  strategyName: 'Launch',
  channelId: 'C1',
  language,
  phases: {
    done: 3,
    total: 8,
    dueSoon: [{ phase: 'content', ownerId: 'U2', due: '2026-12-02' }],
    overdue: Array.from({ length: 30 }, (_, i) => ({
      phase: 'listening',
      ownerId: `U${i}`,
      due: '2026-11-20',
    })),
  },
  readinessGaps: [{ question: 'pitch', phase: 'content', addressed: false }],
  metrics: [
    {
      name: 'Followers',
      unit: '',
      target: 2000,
      targetDate: '2027-06-30',
      trend: {
        status: 'on_track',
        latest: { period: '2026-W47', value: 1200 },
        percent: 60,
        expected: 1100,
        sparkline: '▁▂▃▄▅▆▇█',
      },
    },
    {
      name: 'Response time',
      unit: 'h',
      target: 2,
      targetDate: '2027-06-30',
      trend: {
        status: 'no_data',
        latest: undefined,
        percent: undefined,
        expected: undefined,
        sparkline: '········',
      },
    },
  ],
});

const text = (m: { blocks: unknown[] }) => JSON.stringify(m.blocks);

describe('the digest message', () => {
  it('is titled by how often it goes out, in both languages', () => {
    const titles = (['weekly', 'biweekly', 'monthly_first', 'monthly_last'] as const).map((frequency) => [
      digestMessage({ ...full('en'), frequency }).text,
      digestMessage({ ...full('fi'), frequency }).text,
    ]);
    expect(titles.map(([en]) => en!.split(':')[0])).toEqual([
      'Weekly digest',
      'Fortnightly digest',
      'Monthly digest',
      'Monthly digest',
    ]);
    expect(titles.map(([, fi]) => fi!.split(':')[0])).toEqual([
      'Viikkokooste',
      'Kahden viikon kooste',
      'Kuukausikooste',
      'Kuukausikooste',
    ]);
  });

  it('shows phases with owners mentioned, gaps and metrics, cut to stay inside Block Kit', () => {
    const m = digestMessage(full('en'));
    expect(checkMessage(m as any)).toEqual([]);
    const all = text(m);
    expect(all).toContain('*Phases:* 3 / 8 done');
    expect(all).toContain('• Content strategy — <@U2> — 2026-12-02');
    expect(all).toContain('• Listening — <@U0> — 2026-11-20');
    expect(all).toContain('…and 20 more');
    // Open gaps in brief, by the phase that closes them, with the analysis a click away.
    expect(all).toContain('*Open gaps in readiness*\\n• Content strategy: Elevator pitch');
    expect(all).not.toContain('Does the brand have an elevator pitch');
    expect(all).toContain('"action_id":"assessment_open","value":"s1"');
    expect(all).toContain('Followers');
    expect(all).toContain('▁▂▃▄▅▆▇█');
    expect(all).toContain('60 %');
    expect(all).toContain('on track');
    expect(all).toContain('• Content strategy — <@U2> — 2026-12-02');
  });

  it('speaks Finnish for a Finnish strategy', () => {
    const all = text(digestMessage(full('fi')));
    expect(all).toContain('*Vaiheet:* 3 / 8 valmiina');
    expect(all).toContain('Kuuntelu');
    expect(digestMessage(full('fi')).text).toBe('Viikkokooste: Launch');
  });

  it('says there is nothing yet when no section has data', () => {
    const m = digestMessage({ strategyId: 's1', strategyName: 'Launch', channelId: 'C1', language: 'en' });
    expect(text(m)).toContain('Nothing to report yet');
  });
});

describe('the other scheduled messages', () => {
  it('nudges an owner about overdue and due-soon phases', () => {
    const m = nudgeMessage(
      'fi',
      { id: 's1', name: 'Launch' },
      {
        ownerId: 'U2',
        overdue: [{ phase: 'goals', ownerId: 'U2', due: '2026-11-20', done: false }],
        dueSoon: [],
      },
    );
    expect(text(m)).toContain('Tavoitteiden asettaminen erääntyi 20.11.2026 ja on myöhässä');
  });

  it('tells the admin why a schedule paused and how to fix it', () => {
    const m = pausedNoticeMessage('fi', 'digest', 'C1', 'is_archived');
    expect(m.text).toContain('En voinut lähettää viikkokoostetta kanavalle <#C1>: kanava on arkistoitu');
    expect(m.text).toContain('/smstrategy resume');
  });

  it('the schedule modal stays inside Block Kit in both languages, every zone listed once', () => {
    for (const language of ['en', 'fi'] as const) {
      const view = scheduleModal(
        language,
        {
          ...DEFAULT_SETTINGS,
          digest: { ...DEFAULT_SETTINGS.digest, weekday: 2, localTime: '07:45' },
          timeZone: 'Europe/Helsinki',
        },
        { strategyId: 's1', channelId: 'C1' },
        'America/New_York',
      );
      expect(checkView(view as any)).toEqual([]);
      const block = (id: string) => (view.blocks as any[]).find((b) => b.block_id === id).element;
      expect(block('schedule_digest_time')).toEqual({
        type: 'timepicker',
        action_id: 'digest_time',
        initial_time: '07:45',
      });
      const zones = block('schedule_time_zone');
      expect(zones.initial_option.value).toBe('Europe/Helsinki');
      // The zone in use, then the opener's own, then every other zone by region.
      expect(zones.option_groups[0].options.map((o: any) => o.value)).toEqual([
        'Europe/Helsinki',
        'America/New_York',
      ]);
      const values = zones.option_groups.flatMap((g: any) => g.options.map((o: any) => o.value));
      expect([...values].sort()).toEqual([...TIME_ZONES].sort());
      expect(zones.option_groups.every((g: any) => g.options.length <= 100)).toBe(true);
    }
    const americas = (
      scheduleModal('fi', { ...DEFAULT_SETTINGS, timeZone: 'UTC' }, { strategyId: 's', channelId: 'C' })
        .blocks as any[]
    )
      .find((b) => b.block_id === 'schedule_time_zone')
      .element.option_groups.filter((g: any) => g.label.text.startsWith('Amerikka'));
    // Some 150 zones: two groups, named by their first and last zone.
    const american = TIME_ZONES.filter((z) => z.startsWith('America/')).map((z) =>
      z.slice(8).replaceAll('_', ' '),
    );
    expect(americas.map((g: any) => g.label.text)).toEqual([
      `Amerikka: ${american[0]} – ${american[americas[0].options.length - 1]}`,
      `Amerikka: ${american[americas[0].options.length]} – ${american.at(-1)}`,
    ]);
    expect(americas.flatMap((g: any) => g.options)).toHaveLength(american.length);
  });
});

describe('the digest preview and a stopped schedule in status', () => {
  it('the preview window holds the digest without its buttons, inside Block Kit, in both languages', async () => {
    const { digestPreviewView } = await import('../../src/views/preview.js');
    for (const language of ['en', 'fi'] as const) {
      const digest = digestMessage({ ...full(language), strategyName: 'N'.repeat(80) });
      const view = digestPreviewView(language, 'C1', { localTime: '2027-03-29 09:00', message: digest });
      expect(checkView(view as any)).toEqual([]);
      expect((view.blocks as any[]).some((b) => b.type === 'actions')).toBe(false);
      expect(view.blocks.length).toBe(digest.blocks.length + 1);
      for (const none of ['off', 'paused'] as const)
        expect(checkView(digestPreviewView(language, 'C1', { none }) as any)).toEqual([]);
    }
  });

  it('status names every stopped schedule with its reason, inside Block Kit', async () => {
    const { statusMessage } = await import('../../src/views/status.js');
    const strategy = {
      id: 's1',
      teamId: 'T1',
      channelId: 'C1',
      name: 'N'.repeat(80),
      language: 'fi' as const,
      timeZone: 'Europe/Helsinki',
      state: 'active' as const,
      admins: ['U1'],
      createdBy: 'U1',
      createdAt: 0,
    };
    const stopped = [
      { kind: 'digest' as const, reason: 'not_in_channel' },
      { kind: 'checkin_prompt' as const, reason: 'is_archived' },
      { kind: 'checkin_reminder' as const, reason: 'channel_not_found' },
      { kind: 'nudges' as const, reason: 'some_new_error' },
    ];
    const m = statusMessage(strategy as any, 'fi', { stopped });
    expect(checkMessage(m as any)).toEqual([]);
    const all = text(m);
    expect(all).toContain('Tila: tauolla');
    expect(all).toContain('En voinut lähettää mittariseurantaa kanavalle <#C1>: kanava on arkistoitu.');
    expect(all).toContain('<#C1>: some_new_error.');
    expect(all).toContain('"action_id":"schedule_resume_paused","value":"s1"');
  });
});

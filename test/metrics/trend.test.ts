import { describe, expect, it } from 'vitest';
import { computeTrend, progressBar, sparkline, type TrendInput } from '../../src/domain/trend.js';

// Fixtures: a year-long goal from 2026-01-05 to 2026-12-27. Week 26 ends 2026-06-28, a little
// under half-way (174 of 356 days), so the straight line stands at 48.9 % of the way there.
const rising: Omit<TrendInput, 'checkins'> = {
  baseline: 100,
  target: 200,
  direction: 'up',
  startDate: '2026-01-05',
  targetDate: '2026-12-27',
};
const falling: Omit<TrendInput, 'checkins'> = {
  baseline: 50, // e.g. response time in hours: lower is better
  target: 20,
  direction: 'down',
  startDate: '2026-01-05',
  targetDate: '2026-12-27',
};
const at = (period: string, value: number) => ({ period, value });

describe('computeTrend', () => {
  it('calls a rising metric on track above the line and behind below it', () => {
    const ahead = computeTrend({ ...rising, checkins: [at('2026-W25', 140), at('2026-W26', 160)] });
    expect(ahead.status).toBe('on_track');
    expect(ahead.latest).toEqual({ period: '2026-W26', value: 160 });
    expect(ahead.percent).toBeCloseTo(60);
    expect(ahead.expected).toBeCloseTo(148.88, 1);

    const late = computeTrend({ ...rising, checkins: [at('2026-W26', 140), at('2026-W25', 150)] });
    expect(late.status).toBe('behind');
    expect(late.latest?.value).toBe(140);
    expect(late.percent).toBeCloseTo(40);
  });

  it('calls a falling metric on track below the line and behind above it', () => {
    const ahead = computeTrend({ ...falling, checkins: [at('2026-W26', 30)] });
    expect(ahead.expected).toBeCloseTo(35.34, 1);
    expect(ahead.status).toBe('on_track');
    expect(ahead.percent).toBeCloseTo(66.67, 1);

    const late = computeTrend({ ...falling, checkins: [at('2026-W26', 40)] });
    expect(late.status).toBe('behind');
    expect(late.percent).toBeCloseTo(33.33, 1);
  });

  it('says how far along truthfully: past the target over 100 %, moved away from it below 0 %', () => {
    expect(computeTrend({ ...rising, checkins: [at('2026-W10', 230)] })).toMatchObject({
      status: 'reached',
      percent: 130,
    });
    expect(computeTrend({ ...falling, checkins: [at('2026-W10', 18)] })).toMatchObject({
      status: 'reached',
      percent: expect.closeTo(106.67, 1),
    });
    expect(computeTrend({ ...rising, checkins: [at('2026-W10', 80)] })).toMatchObject({
      status: 'moving_away',
      percent: -20,
    });
    // Response time up from 50 h to 56 h where 20 h is the goal: a fifth of the way, backwards.
    expect(computeTrend({ ...falling, checkins: [at('2026-W10', 56)] })).toMatchObject({
      status: 'moving_away',
      percent: -20,
    });
    // The issue's own example: reach from 5,000 to 4,150 against 8,000 is about −28 %.
    const reach = computeTrend({ ...rising, baseline: 5000, target: 8000, checkins: [at('2026-W06', 4150)] });
    expect(reach.percent).toBeCloseTo(-28.33, 1);
    expect(reach.status).toBe('moving_away');
  });

  it('has nothing to say without values', () => {
    expect(computeTrend({ ...rising, checkins: [] })).toEqual({
      status: 'no_data',
      latest: undefined,
      percent: undefined,
      expected: undefined,
      sparkline: '',
    });
  });

  it('draws the last eight periods, a dot for a missed one', () => {
    const checkins = [
      at('2026-W01', 999), // older than eight periods: not drawn
      at('2026-W19', 100),
      at('2026-W20', 110),
      at('2026-W21', 120),
      at('2026-W23', 150),
      at('2026-W24', 140),
      at('2026-W25', 170),
      at('2026-W26', 170),
    ];
    expect(computeTrend({ ...rising, checkins }).sparkline).toBe('▁▂▃·▆▅██');
  });
});

describe('sparkline and progress bar', () => {
  it('draws flat values in the middle and scales the rest', () => {
    expect(sparkline([5, 5, 5])).toBe('▄▄▄');
    expect(sparkline([0, 7])).toBe('▁█');
    expect(sparkline([undefined, 1])).toBe('·▄');
  });

  it('fills the bar in tenths', () => {
    expect(progressBar(0)).toBe('▱▱▱▱▱▱▱▱▱▱');
    expect(progressBar(48.9)).toBe('▰▰▰▰▰▱▱▱▱▱');
    expect(progressBar(100)).toBe('▰▰▰▰▰▰▰▰▰▰');
    expect(progressBar(undefined)).toBe('▱▱▱▱▱▱▱▱▱▱');
  });

  it('marks a value moved away from the target before an empty bar, and one past it after a full bar', () => {
    expect(progressBar(-28.3)).toBe('◂▱▱▱▱▱▱▱▱▱▱');
    expect(progressBar(-250)).toBe('◂▱▱▱▱▱▱▱▱▱▱');
    expect(progressBar(-0.4)).toBe('◂▱▱▱▱▱▱▱▱▱▱');
    expect(progressBar(112)).toBe('▰▰▰▰▰▰▰▰▰▰▸');
    expect(progressBar(100.2)).toBe('▰▰▰▰▰▰▰▰▰▰▸');
  });
});

import { describe, expect, it } from 'vitest';
import { type ChartInput, metricChartSvg, renderPng } from '../../src/views/metric-chart.js';
import { readPng } from '../support/png.js';

// What the chart draws, read back from its SVG: the reported values as a line of dots in time
// order, and the dashed target path from the baseline at the start to the target on its date.
// The plot area is x 80…770 and y 60…360 (an 800×420 image less its margins); the value axis
// reaches 10 % beyond the lowest and highest of baseline, target and values.
//
// Here the path runs from 3 January 2027 (x 80) to 13 March 2027, 69 days later (x 770): 10 px a
// day. Values 0…100 widen to −10…110, so a value v stands at y = 60 + 2.5 × (110 − v).

const metric: ChartInput['metric'] = {
  id: 'm1',
  strategyId: 's1',
  teamId: 'T1',
  name: 'Followers',
  unit: 'k',
  baseline: 0,
  target: 100,
  targetDate: '2027-03-13',
  ownerId: 'U1',
  direction: 'up',
  cadence: 'weekly',
  archivedAt: null,
  createdAt: new Date('2027-01-03T10:00:00Z'),
  updatedAt: new Date('2027-01-03T10:00:00Z'),
};

const checkin = (period: string, value: number) => ({
  metricId: 'm1',
  period,
  value,
  reportedBy: 'U1',
  reportedAt: new Date('2027-01-25T10:00:00Z'),
  comment: null,
  confidence: null,
  source: { kind: 'modal' as const },
});

function chart(checkins: ReturnType<typeof checkin>[], over: Partial<ChartInput['metric']> = {}) {
  const svg = metricChartSvg({
    metric: { ...metric, ...over },
    checkins,
    startDate: '2027-01-03',
    language: 'en',
  });
  const attrs = (tag: string, where: (a: Record<string, string>) => boolean = () => true) =>
    [...svg.matchAll(new RegExp(`<${tag} ([^>]*)/>`, 'g'))]
      .map((m) => Object.fromEntries([...m[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])))
      .filter(where);
  const points = (attrs('polyline')[0]?.points ?? '')
    .split(' ')
    .filter(Boolean)
    .map((p) => p.split(',').map(Number));
  return {
    svg,
    /** The history line's points, [x, y] each. */
    points,
    /** The history's dots (filled circles of radius 4). */
    dots: attrs('circle', (a) => a.r === '4').map((a) => [Number(a.cx), Number(a.cy)]),
    /** The dashed target path, [x1, y1, x2, y2]. */
    path: attrs('line', (a) => a['stroke-dasharray'] !== undefined).map((a) =>
      [a.x1, a.y1, a.x2, a.y2].map(Number),
    ),
    /** The ring on the target. */
    target: attrs('circle', (a) => a.r === '6').map((a) => [Number(a.cx), Number(a.cy)]),
  };
}

describe('the metric chart', () => {
  it('draws the reported values in period order at their dates and values, and the target path', () => {
    // Week 1 of 2027 ends on Sunday 10 January (day 7), week 3 on Sunday 24 January (day 21).
    const c = chart([checkin('2027-W03', 25), checkin('2027-W01', 50)]);
    expect(c.points).toEqual([
      [150, 210],
      [290, 272.5],
    ]);
    expect(c.dots).toEqual(c.points);
    expect(c.path).toEqual([[80, 335, 770, 85]]);
    expect(c.target).toEqual([[770, 85]]);
    expect(c.svg).toContain('>Followers (k)</text>');
  });

  it('draws one report as a dot without a line, and no reports as the path alone', () => {
    const one = chart([checkin('2027-W01', 50)]);
    expect(one.points).toEqual([]);
    expect(one.dots).toEqual([[150, 210]]);
    const none = chart([]);
    expect(none.dots).toEqual([]);
    expect(none.path).toEqual([[80, 335, 770, 85]]);
  });

  it('widens both axes for a value beyond the target reported after the target date', () => {
    // Week 14 ends on Sunday 11 April, day 98: now the right edge (690 / 98 px a day). The values
    // span 0…130, widened to −13…143 (300 / 156 px a unit).
    const c = chart([checkin('2027-W01', 50), checkin('2027-W14', 130)]);
    const x = (day: number) => 80 + (day / 98) * 690;
    const y = (v: number) => 60 + ((143 - v) / 156) * 300;
    const round = (n: number) => Number(n.toFixed(1));
    expect(c.points).toEqual([
      [round(x(7)), round(y(50))],
      [770, round(y(130))],
    ]);
    expect(c.path).toEqual([[80, round(y(0)), round(x(69)), round(y(100))]]);
    expect(c.target).toEqual([[round(x(69)), round(y(100))]]);
  });

  it('paints the dots in the history colour and the target ring in the path colour', () => {
    const { svg } = chart([checkin('2027-W03', 25), checkin('2027-W01', 50)]);
    const image = readPng(renderPng(svg));
    const rgb = image.rgb;
    expect([image.width, image.height]).toEqual([800, 420]);
    expect(rgb(150, 210)).toBe('#1264a3');
    expect(rgb(290, 272)).toBe('#1264a3');
    // The ring of radius 6 and width 2 covers 5…7 px from the target's centre.
    expect(rgb(775, 85)).toBe('#e01e5a');
    expect(rgb(770, 79)).toBe('#e01e5a');
    // Away from the lines, the background.
    expect(rgb(700, 300)).toBe('#ffffff');
  });

  it('says under its title how far along the latest value is: below 0 % moved away, over 100 % past', () => {
    const text = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    // From 40 k towards 100 k: 28 k has moved away from the target by a fifth of the way.
    const away = metricChartSvg({
      metric: { ...metric, baseline: 40 },
      checkins: [checkin('2027-W01', 50), checkin('2027-W03', 28)],
      startDate: '2027-01-03',
      language: 'en',
    });
    expect(text(away)).toContain(
      'Latest: 28 k, week 3 (18–24 Jan) · −20 % of the way from baseline to target',
    );
    const past = metricChartSvg({
      metric,
      checkins: [checkin('2027-W05', 112)],
      startDate: '2027-01-03',
      language: 'fi',
    });
    expect(text(past)).toContain(
      'Viimeisin: 112 k, viikko 5 (1.–7.2.) · 112 % matkasta lähtötasolta tavoitteeseen',
    );
    expect(text(chart([]).svg).some((t) => t?.startsWith('Latest'))).toBe(false);
  });
});

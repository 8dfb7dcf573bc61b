import { describe, expect, it } from 'vitest';
import { buildPlan } from '../../src/domain/plan.js';
import type { Language } from '../../src/domain/strategy.js';
import { planMarkdown } from '../../src/views/plan.js';
import { planPdf } from '../../src/views/plan-pdf.js';
import { SCENARIOS, scenario } from './fixtures.js';
import { expectGolden, pdfText } from './support.js';

// The plan as management reads it, from the pure builder with fabricated phase content: the
// Markdown against golden files, and the PDF read back by a PDF parser.

const LANGUAGES: Language[] = ['en', 'fi'];
const HEADINGS: Record<Language, string[]> = {
  en: [
    '1. Executive summary',
    '2. Readiness',
    '3. The strategy, phase by phase',
    '4. Risks and how we meet them',
    '5. Action plan',
    '6. Measurement plan',
    '7. Version',
    '8. Still open',
  ],
  fi: [
    '1. Tiivistelmä',
    '2. Valmius',
    '3. Strategia vaihe vaiheelta',
    '4. Riskit ja niihin varautuminen',
    '5. Toimintasuunnitelma',
    '6. Mittaussuunnitelma',
    '7. Versio',
    '8. Vielä avoinna',
  ],
};

describe('the plan document', () => {
  for (const name of SCENARIOS)
    for (const language of LANGUAGES)
      it(`${name} (${language}) matches its golden file and names no command`, () => {
        const md = planMarkdown(buildPlan(scenario(name, language)));
        expectGolden(`${name}.${language}.md`, md);
        expect(md).not.toContain('/smstrategy');
        expect(md).not.toMatch(/<@|`/);
        for (const heading of HEADINGS[language]) expect(md).toContain(`\n## ${heading}\n`);
      });

  it('writes the Finnish plan wholly in Finnish', () => {
    for (const name of SCENARIOS) {
      const md = planMarkdown(buildPlan(scenario(name, 'fi')));
      // Words only the English texts use; the team's own typed text here is Finnish too.
      for (const word of [
        'Owner',
        'Due',
        'Version',
        'Risk',
        'Action',
        'Metric',
        'Still open',
        'not entered',
        'phase',
      ])
        expect(md, `${name}: ${word}`).not.toMatch(new RegExp(`\\b${word}\\b`));
      expect(md).not.toMatch(
        /\b(listening|goals|content|presence|channels|measurement|organisation|action_plan)\b/,
      );
    }
  });

  it('sums up why, goals, pitch, audience, channels, budget and verdict first', () => {
    const md = planMarkdown(buildPlan(scenario('full', 'en')));
    const summary = md.slice(md.indexOf('## 1.'), md.indexOf('## 2.'));
    expect(summary).toContain('- **Goals:** Grow the newsletter to 2,000 subscribers; Answer every question');
    expect(summary).toContain('- **Chosen channels:** Instagram @remontti, Facebook facebook.com/remontti');
    expect(summary).toContain('- **Budget:** 500 € a month, 16 hours a week');
    expect(summary).toContain('- **Readiness:** Ready to start (20/20)');
  });

  it('says social media does not serve the goal now, with the risks behind it and what meets them', () => {
    const doc = buildPlan(scenario('not-now', 'en'));
    expect(doc.readiness!.verdict).toBe('not_now');
    expect(doc.risks.map((r) => r.source)).toEqual([
      { kind: 'answer', question: 'content_strategy', rating: 'missing' },
      { kind: 'answer', question: 'why', rating: 'partial' },
      { kind: 'answer', question: 'risks', rating: 'partial' },
      { kind: 'judgement', key: 'reach', value: 'no' },
      { kind: 'judgement', key: 'resources', value: 'no' },
      { kind: 'judgement', key: 'commitment', value: 'partly' },
    ]);
    const md = planMarkdown(doc);
    expect(md).toContain('- **Readiness:** Not the right time');
    expect(md).toContain(
      '| We judged that our audience cannot be reached on social media. | Listening: find out where the audience gathers',
    );
  });

  it('shows gaps addressed by finished phases in the readiness picture and the risks', () => {
    const doc = buildPlan(scenario('addressed', 'en'));
    expect(doc.risks.filter((r) => r.addressed).map((r) => r.source)).toEqual([
      { kind: 'answer', question: 'whereabouts', rating: 'partial' },
      { kind: 'answer', question: 'risks', rating: 'partial' },
    ]);
    const md = planMarkdown(doc);
    expect(md).toContain('Where the audience gathers (partly), addressed by Presence model');
    expect(md).toContain('| Addressed by Presence model |');
    // The account nobody owns is a risk, and its owner is still open.
    expect(md).toContain('Nobody looks after the account Instagram @remontti');
    expect(md).toContain('- An owner for these accounts: Instagram @remontti.');
  });

  it('lists every missing piece of an empty strategy in the closing list only', () => {
    const doc = buildPlan(scenario('empty', 'en'));
    expect(doc.stillOpen[0]).toEqual({ kind: 'assessment' });
    expect(doc.stillOpen.filter((o) => o.kind === 'phase')).toHaveLength(8);
    const md = planMarkdown(doc);
    const body = md.slice(0, md.indexOf('## 8.'));
    expect(body).not.toContain('not entered yet:');
    expect(md.slice(md.indexOf('## 8.'))).toContain('- Action plan: owner, due date, the actions.');
  });
});

describe('the plan as a PDF', () => {
  for (const name of SCENARIOS)
    for (const language of LANGUAGES)
      it(`${name} (${language}) has the headings, the Finnish letters and page numbers`, async () => {
        const doc = buildPlan(scenario(name, language));
        const bytes = await planPdf(doc, new Date('2026-12-02T10:00:00Z'));
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        const { text, pages } = await pdfText(bytes);
        for (const heading of HEADINGS[language]) expect(text).toContain(heading);
        expect(text).toContain(doc.strategy.name);
        if (language === 'fi') {
          for (const letter of ['ä', 'ö', 'å', 'Å']) expect(text).toContain(letter);
          expect(text).toContain('Vielä avoinna');
          expect(text).toContain(`Sivu ${pages} / ${pages}`);
        } else expect(text).toContain(`Page ${pages} of ${pages}`);
        if (name === 'full') {
          // The tables: the action plan and the channel register with its last activity.
          expect(text).toContain(language === 'fi' ? 'Avataan Instagram-tili' : 'Open the Instagram account');
          expect(text).toContain('@remontti');
          expect(text).toContain('Åsa Öberg');
        }
      });

  it('gives the same bytes for the same plan at the same moment', async () => {
    const doc = buildPlan(scenario('not-now', 'fi'));
    const at = new Date('2026-12-02T10:00:00Z');
    const [a, b] = [await planPdf(doc, at), await planPdf(doc, at)];
    expect(a.equals(b)).toBe(true);
    // The creation date is the plan's moment, not the machine's.
    expect(a.toString('latin1')).toContain('(D:20261202100000Z)');
  });
});

import type { QuestionKey } from '../../domain/method.js';

/** What helps a team answer one question: what it asks for, an example answer, the traps to avoid. */
export interface QuestionGuidance {
  explain: string;
  example: string;
  warnings: readonly string[];
}

// Guidance shown with each readiness question, written for this app from the method's source
// article and its readers' warnings. The examples follow one fictional retailer throughout.
export const guidanceTexts = {
  guidance: {
    exampleLabel: 'Example:',
    warningLabel: 'Watch out:',
    questions: {
      why: {
        explain:
          'Say which business need social media would answer and why the effort pays off for you in particular. "Everyone else is on it" is not a reason. A good answer names the benefit you expect, such as knowing your customers better or spending less on paid media.',
        example:
          "Our customers ask for advice long before they buy. Sharing our staff's know-how where people plan their trips should bring new hikers into our shops and webshop, and let us cut back on print ads.",
        warnings: [
          'Settle why before you decide what to publish or how; a strategy that starts from the channels is built the wrong way round.',
          'If you have drifted away from your customers, social media will not win them back on its own; fix the relationship first.',
        ],
      },
      goals: {
        explain:
          'Turn the why into results you can count: more webshop visits, more returning customers, a larger market share. Give each goal a metric, a starting level, a target and a date, and tie it to the business plan rather than to follower numbers alone.',
        example:
          'By the end of 2026: 15% of webshop visits from social media (now 4%); 40% of loyalty members buying twice a year (now 31%); 300 sign-ups a year for our guided trail days.',
        warnings: [
          'A goal you cannot check is only a wish: make each one measurable and make sure it fits your long-term plans.',
          'A post that suddenly takes off is luck, not a plan, so your goals must be reachable without one.',
        ],
      },
      pitch: {
        explain:
          'Can you say who you are and why a customer should care in one short post? The 140-character limit forces a choice: one promise, in the words your customers use. Your profiles, posts and replies should all sound like it.',
        example:
          'Retkiaitta: outdoor gear and honest advice from people who hike themselves – in our shops in Eastern and Central Finland and online.',
        warnings: [
          'If your pitch could belong to any competitor, people will scroll past it as quickly as they skip an ordinary online ad.',
        ],
      },
      audience: {
        explain:
          'Name the groups you want to reach; "everyone" is not an audience. For each, say who they are, what they need from you and what they already think of you. Groups that want very different things may need different channels or a different voice.',
        example:
          '1) Families and young adults (25–40) near our shops who are new to hiking. 2) Experienced trekkers planning trips to Lapland. 3) Schools and scout groups buying for groups – handled separately, mostly by email.',
        warnings: [
          'Keep very different customer groups apart: mixed into one channel, messages cross and neither group feels they are meant for them.',
        ],
      },
      whereabouts: {
        explain:
          'Find out where your audience already talks, asks for advice and shares experiences: which services, groups, forums and hashtags. Rely on evidence, not hunches – ask your customers. If the honest answer is "nowhere", the whole plan changes.',
        example:
          'Beginners: Instagram and local Facebook hiking groups. Trekkers: a Finnish hiking forum and gear reviews on YouTube. Schools are not on social media; they buy through tenders. Source: our 2025 customer survey (n = 420).',
        warnings: [
          'If your market is not on social media at all, go back to the why before you spend a single euro.',
          'Choose channels by how your customers actually behave online, not by what is in fashion.',
        ],
      },
      costs: {
        explain:
          'Count time as well as money: someone has to plan, post, reply and follow up every week, year after year. Give the hours per week, a monthly budget for ads, tools and content, and what you expect in return.',
        example:
          'About 11 hours a week: 8 from our marketing coordinator, 1 from each shop. €900 a month: €600 ads, €100 scheduling tool, €200 photography. Weighed against webshop sales after six months.',
        warnings: [
          'Social media needs someone on it every day, and those hours cost as much as any ad budget – put them in the sums.',
          'Before committing resources, ask what benefit you expect for the cost and whether the money would do more elsewhere.',
        ],
      },
      content_strategy: {
        explain:
          'A content strategy decides what you publish, for whom and why, so that no post is improvised. It sets your themes, formats and tone, and who approves what. Social media content follows it rather than living a life of its own.',
        example:
          'Partly: the webshop has a content plan, social media does not. Draft themes: trip planning, gear care, local trails, staff picks. Tone: a knowledgeable friend, never a sales pitch. Shop managers approve local posts.',
        warnings: [
          'If some information is confidential, agree in advance what is never discussed in public, and make sure everyone who posts knows it.',
        ],
      },
      ownership: {
        explain:
          'Name one person who answers for social media day to day, with the time and the authority to act, and a stand-in for holidays. The work can be shared, the responsibility cannot: without an owner, accounts slowly fall silent.',
        example:
          'Our marketing coordinator Aino Virtanen, with 8 hours a week written into her role; deputy Mikko Lahtinen. Each shop manager answers local comments. The CEO approves replies in a crisis.',
        warnings: [
          'An account that has gone quiet hurts your reputation more than having no account; only open channels someone will really keep alive.',
          'Open social media needs an open culture: if every post needs three sign-offs, or nobody is willing to commit, sort that out first.',
        ],
      },
      risks: {
        explain:
          'Think through what could go wrong and what you would do: a complaint that spreads, a slip by staff, a confidential detail getting out, an account gone quiet. For each risk, note how to prevent it and who acts if it happens.',
        example:
          "1) A complaint about a faulty tent spreads: reply within 4 h on weekdays, continue privately. 2) A shop's own post clashes with the brand: shared house rules and templates. 3) Purchase prices leak: never discussed in public.",
        warnings: [
          'You cannot steer what people say about you, only your part in it: agree beforehand how you will own up to and fix mistakes in public.',
          'One unhappy customer can now reach dozens of people within hours, not just a handful of friends; plan how you will respond.',
          'Several local branches under one name can pull your image in different directions; decide what is said locally and what centrally.',
        ],
      },
      measurement: {
        explain:
          "For each goal, decide what you count, where the figure comes from, how often it is reported and by whom. Record today's level first so that progress shows. Likes alone rarely tell you whether a business goal moved.",
        example:
          'Webshop visits from social media: analytics, weekly, Aino. Repeat purchases: loyalty system, monthly, CRM lead. Trail-day sign-ups: booking form, monthly. A quarterly summary for management.',
        warnings: [
          'One month of figures says little: follow results over the long term and judge by them whether the effort is worth its cost.',
        ],
      },
    } satisfies Record<QuestionKey, QuestionGuidance>,
  },
};

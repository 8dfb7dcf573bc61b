import type { postingTexts as en } from '../en/posting.js';

export const postingTexts: typeof en = {
  posting: {
    unreachable: {
      not_in_channel: (channel: string) =>
        `En ole kanavan <#${channel}> jäsen. Jotta voin julkaista siellä, kirjoita kanavalle \`/invite @smstrategy\`.`,
      channel_not_found: (channel: string) =>
        `En näe kanavaa <#${channel}>. Jos se on yksityinen, kirjoita sille \`/invite @smstrategy\`; jos se on poistettu, aloita strategia toisella kanavalla.`,
      is_archived: (channel: string) =>
        `Kanava <#${channel}> on arkistoitu. Palauta se arkistosta, jotta voin julkaista siellä, tai aloita strategia toisella kanavalla.`,
    } as Record<string, (channel: string) => string>,
    rateLimited: 'Slack pyysi minua hidastamaan. Yritä uudelleen minuutin päästä.',
    noAccess:
      'Slack ei enää hyväksy pääsyäni tähän työtilaan. Työtilan ylläpitäjä voi asentaa sovelluksen uudelleen; mitään ei menetetä.',
    failed: (reason: string) =>
      `Slack ei ottanut sitä vastaan (\`${reason}\`). Yritä hetken päästä uudelleen.`,
    nothingChanged: 'Mitään ei muutettu.',
    chartNotPosted: (name: string) => `En voinut julkaista mittarin *${name}* kuvaajaa.`,
    metricNotAnnounced: (name: string) =>
      `Mittari *${name}* on tallennettu, mutta en voinut kertoa siitä kanavalla.`,
    notConfirmed: (channel: string) => `En voinut näyttää tätä kanavalla <#${channel}>, joten tässä se on.`,
    startNotAnnounced: (name: string) =>
      `Strategia *${name}* on aloitettu, mutta en voinut kertoa siitä kanavalla.`,
    pauseNotAnnounced: (paused: boolean) =>
      paused
        ? 'Ajastetut viestit on keskeytetty, mutta en voinut kertoa siitä kanavalla.'
        : 'Ajastetut viestit ovat taas käynnissä, mutta en voinut kertoa siitä kanavalla.',
    readinessNotPosted: 'Analyysi on tallennettu, mutta en voinut julkaista sitä kanavalla.',
    summaryBelow: 'Tässä yhteenveto sillä välin.',
    planNotPosted: 'En voinut julkaista suunnitelmaa.',
    ownerNotTold: (user: string, reason: string) =>
      `En saanut lähetettyä käyttäjälle <@${user}> yksityisviestiä (Slack vastasi \`${reason}\`), joten kerrothan hänelle itse.`,
    phaseSaved: 'Muutos on tallennettu.',
  },
  canvas: {
    reason: {
      canvas_disabled_user_team: 'Canvasit on poistettu käytöstä tässä työtilassa.',
      not_allowed: 'Tämä työtila ei anna sovellusten luoda canvaseja.',
      restricted_action: 'Työtilan asetus estää minua luomasta tai muokkaamasta canvaseja täällä.',
      missing_scope: 'Minut on asennettu ilman lupaa kirjoittaa canvaseja (canvases:write).',
      free_team_not_allowed: 'Sovellusten luomat canvasit vaativat maksullisen Slack-tilauksen.',
      free_teams_cannot_create_standalone_canvases:
        'Slackin ilmaisessa tilauksessa canvasin on kuuluttava kanavalle, eikä tätä saatu liitettyä siihen.',
      free_teams_cannot_create_non_tabbed_canvases:
        'Slackin ilmaisessa tilauksessa canvasin on oltava kanavan välilehti, eikä tätä saatu lisättyä sellaiseksi.',
      free_teams_cannot_edit_standalone_canvases:
        'Slackin ilmaisessa tilauksessa en voi muokata canvasia, joka ei ole kanavan välilehti.',
      team_tier_cannot_create_channel_canvases: 'Tämän työtilan Slack-tilaus ei salli kanavacanvaseja.',
      free_team_canvas_tab_already_exists:
        'Slackin ilmaisessa tilauksessa kanavalla voi olla yksi canvas-välilehti, ja tällä kanavalla se on jo.',
      channel_canvas_already_exists: 'Tällä kanavalla on jo kanavacanvas.',
      canvas_creation_failed: 'Slack ei pystynyt luomaan canvasia.',
      channel_canvas_creation_failed: 'Slack ei pystynyt luomaan kanavacanvasia.',
      canvas_tab_creation_failed: 'Slack ei pystynyt lisäämään canvasia kanavan välilehdeksi.',
      canvas_editing_failed: 'Slack ei pystynyt tallentamaan muutoksia canvasiin.',
      canvas_editing_locked: 'Joku muu muokkaa canvasia juuri nyt.',
      canvas_too_large: 'Suunnitelma on kasvanut liian suureksi canvasiin.',
      canvas_not_found: 'Canvas, johon pidin suunnitelmaa, on poistettu, tai en enää näe sitä.',
    } as Record<string, string>,
    advice: {
      settings:
        'Työtilan ylläpitäjä voi muuttaa tämän; siihen asti Markdown-tiedostossa on koko suunnitelma.',
      reinstall:
        'Työtilan ylläpitäjä voi antaa luvan asentamalla sovelluksen uudelleen; siihen asti tiedostossa on koko suunnitelma.',
      plan: 'Markdown-tiedostossa on koko suunnitelma, ja se julkaistaan uudelleen aina, kun ajat `/smstrategy plan`.',
      taken:
        'Poista se canvas kanavalta ja aja `/smstrategy plan` uudelleen, tai jatka Markdown-tiedoston varassa.',
      retry: 'Aja `/smstrategy plan` hetken päästä uudelleen; sillä välin tiedostossa on koko suunnitelma.',
      tooLarge: 'Markdown-tiedostossa on kaikki.',
    } as Record<string, string>,
    other: (code: string) => `Slack vastasi \`${code}\`, kun kirjoitin canvasia.`,
  },
};

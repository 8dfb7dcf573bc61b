import type { guidanceTexts as en } from '../en/guidance.js';

export const guidanceTexts: typeof en = {
  guidance: {
    exampleLabel: 'Esimerkki:',
    warningLabel: 'Huomaa:',
    questions: {
      why: {
        explain:
          'Kertokaa, mihin liiketoiminnan tarpeeseen some vastaisi ja miksi panostus kannattaa juuri teille. ”Kaikki muutkin ovat siellä” ei ole peruste. Hyvä vastaus nimeää odotetun hyödyn, esimerkiksi paremman asiakasymmärryksen tai pienemmät mediakulut.',
        example:
          'Asiakkaamme kysyvät neuvoa jo retkeä suunnitellessaan, kauan ennen ostopäätöstä. Kun jaamme henkilökunnan osaamista siellä, missä retkiä suunnitellaan, saamme uusia retkeilijöitä myymälöihin ja verkkokauppaan ja voimme karsia printtimainontaa.',
        warnings: [
          'Päättäkää ensin, miksi olette somessa, ja vasta sitten, mitä julkaistaan ja miten – kanavista aloitettu strategia on rakennettu väärin päin.',
          'Jos yhteys asiakkaisiin on päässyt löystymään, some ei yksin korjaa sitä – asiakassuhde kuntoon ensin, kanavat sitten.',
        ],
      },
      goals: {
        explain:
          'Muuttakaa miksi luvuiksi: verkkokaupan kävijöiksi, palaaviksi asiakkaiksi tai markkinaosuudeksi. Jokaiselle tavoitteelle mittari, lähtötaso, tavoitearvo ja päivämäärä. Sitokaa tavoitteet liiketoimintasuunnitelmaan, älkää pelkkiin seuraajamääriin.',
        example:
          'Vuoden 2026 loppuun mennessä somesta tulee 15 % verkkokaupan käynneistä (nyt 4 %), kanta-asiakkaista 40 % ostaa kahdesti vuodessa (nyt 31 %) ja opastetuille retkipäiville ilmoittautuu 300 osallistujaa vuodessa.',
        warnings: [
          'Tavoite, jonka toteutumista ei voi todentaa, on pelkkä toive – tehkää jokaisesta mitattava ja varmistakaa, että se sopii yrityksen pitkän tähtäimen suunnitelmiin.',
          'Yllättäen räjähtävä somehitti on onnenkantamoinen eikä suunnitelma, joten tavoitteiden on oltava saavutettavissa ilman sitä.',
        ],
      },
      pitch: {
        explain:
          'Pystyttekö kertomaan yhdellä lyhyellä viestillä, keitä olette ja miksi asiakkaan kannattaisi kiinnostua teistä? 140 merkkiä pakottaa valitsemaan yhden lupauksen ja sanomaan sen asiakkaan kielellä. Siitä saavat sävynsä profiilit, julkaisut ja vastaukset.',
        example:
          'Retkiaitta: retkivarusteet ja suorat neuvot ihmisiltä, jotka retkeilevät itsekin – myymälöissämme ja verkossa.',
        warnings: [
          'Jos hissitarinanne sopisi kenelle tahansa kilpailijalle, se ohitetaan verkossa yhtä nopeasti kuin tavallinen mainos.',
        ],
      },
      audience: {
        explain:
          'Nimetkää ryhmät, joita haluatte tavoittaa – ”kaikki” ei ole kohdeyleisö. Kuvatkaa kustakin, keitä he ovat, mitä he teiltä tarvitsevat ja millainen kuva heillä teistä jo on. Kovin erilaiset ryhmät voivat tarvita oman kanavan tai äänensävyn.',
        example:
          '1) Retkeilyä aloittavat lapsiperheet ja nuoret aikuiset (25–40 v.) myymälöidemme lähialueilla. 2) Lapin vaelluksia suunnittelevat kokeneet vaeltajat. 3) Koulut ja partiolippukunnat ryhmähankinnoissa – erikseen, lähinnä sähköpostitse.',
        warnings: [
          'Pitäkää hyvin erilaiset asiakasryhmät erillään: samaan kanavaan sekoitettuina viestit menevät ristiin, eikä kumpikaan ryhmä koe niitä omikseen.',
        ],
      },
      whereabouts: {
        explain:
          'Selvittäkää, missä yleisönne jo keskustelee, kysyy neuvoa ja jakaa kokemuksiaan: mitkä palvelut, ryhmät, foorumit ja aihetunnisteet. Nojatkaa tietoon, ei arvauksiin – kysykää asiakkailta. Jos rehellinen vastaus on ”ei missään”, koko suunnitelma muuttuu.',
        example:
          'Aloittelijat: Instagram ja paikalliset retkeilyryhmät Facebookissa. Vaeltajat: retkeilyfoorumi ja YouTuben varustearviot. Koulut eivät ole somessa vaan ostavat kilpailutuksen kautta. Lähde: asiakaskysely 2025 (n = 420).',
        warnings: [
          'Jos markkinanne ei ole somessa lainkaan, miettikää vielä kerran, miksi teidän pitäisi olla siellä – ja tehkää se ennen ensimmäistäkään käytettyä euroa.',
          'Valitkaa kanavat sen mukaan, miten asiakkaanne oikeasti toimivat verkossa, ei sen mukaan, mikä on muodissa.',
        ],
      },
      costs: {
        explain:
          'Laskekaa mukaan työaika, ei vain rahaa: jonkun on suunniteltava, julkaistava, vastattava ja seurattava joka viikko, vuodesta toiseen. Kertokaa viikkotunnit, kuukausibudjetti mainontaan, työkaluihin ja sisältöön sekä se, mitä panostukselta odotatte.',
        example:
          'Noin 11 tuntia viikossa: markkinointikoordinaattorilta 8 h ja kultakin myymälältä 1 h. 900 € kuussa: mainontaan 600 €, ajastustyökaluun 100 € ja kuvaukseen 200 €. Panostusta verrataan verkkokaupan myyntiin puolen vuoden kuluttua.',
        warnings: [
          'Somessa pitää olla läsnä joka päivä, ja se työaika maksaa siinä missä mainoksetkin – laskekaa se budjettiin.',
          'Ennen kuin sitoudutte, punnitkaa, mitä hyötyä kustannuksilla saadaan ja tekisikö sama raha enemmän muualla.',
        ],
      },
      content_strategy: {
        explain:
          'Sisältöstrategia ratkaisee, mitä julkaistaan, kenelle ja miksi, jottei mikään julkaisu synny hetken mielijohteesta. Siinä sovitaan teemat, muodot, sävy ja se, kuka hyväksyy mitä. Somesisältö noudattaa sitä eikä elä omaa elämäänsä.',
        example:
          'Osittain: verkkokaupalla on sisältösuunnitelma, somella ei. Teemaluonnos: retken suunnittelu, varusteiden huolto, lähireitit ja henkilökunnan suosikit. Sävy: asiantunteva kaveri, ei myyntipuhetta. Myymäläpäälliköt hyväksyvät paikalliset julkaisut.',
        warnings: [
          'Jos osa tiedoista on luottamuksellista, sopikaa etukäteen, mistä ei puhuta julkisesti, ja varmistakaa, että jokainen julkaisija tietää sen.',
        ],
      },
      ownership: {
        explain:
          'Nimetkää yksi henkilö, joka vastaa somesta arjessa ja jolla on siihen aikaa ja valtuudet, sekä varahenkilö lomien ajaksi. Työtä voi jakaa, vastuuta ei: ilman vastuuhenkilöä tilit hiljenevät vähitellen.',
        example:
          'Markkinointikoordinaattori Aino Virtanen, jonka toimenkuvaan on kirjattu 8 tuntia viikossa; varalla Mikko Lahtinen. Myymäläpäälliköt vastaavat paikallisiin kommentteihin, ja kriisitilanteen vastaukset hyväksyy toimitusjohtaja.',
        warnings: [
          'Hiljaiseksi jäänyt tili vahingoittaa mainetta enemmän kuin tilin puuttuminen – avatkaa vain kanavia, joita joku todella jaksaa pitää yllä.',
          'Avoin some vaatii avointa kulttuuria: jos jokainen julkaisu kiertää kolmen esihenkilön kautta tai kukaan ei halua sitoutua, ratkaiskaa se ensin.',
        ],
      },
      risks: {
        explain:
          'Miettikää etukäteen, mikä voi mennä pieleen ja miten silloin toimitaan: leviävä asiakasvalitus, työntekijän kömmähdys, julkisuuteen vuotanut luottamuksellinen tieto tai hiljaiseksi jäänyt tili. Kirjatkaa kullekin riskille ennaltaehkäisy ja se, kuka toimii.',
        example:
          '1) Valitus viallisesta teltasta leviää: vastaus arkisin 4 tunnissa, jatko yksityisviestein. 2) Myymälän oma julkaisu on ristiriidassa brändin kanssa: yhteiset pelisäännöt ja pohjat. 3) Ostohinnat vuotavat: niistä ei puhuta julkisesti.',
        warnings: [
          'Keskustelua teistä ette voi ohjata, vain omaa osuuttanne siihen: sopikaa etukäteen, miten virhe myönnetään ja korjataan julkisesti.',
          'Tyytymätön asiakas tavoittaa nyt tunneissa kymmeniä ihmisiä eikä vain kourallista tuttavia – sopikaa, miten reagoitte.',
          'Useat paikalliset toimipisteet saman nimen alla voivat vetää mainetta eri suuntiin – sopikaa, mitä kerrotaan paikallisesti ja mitä keskitetysti.',
        ],
      },
      measurement: {
        explain:
          'Päättäkää jokaiselle tavoitteelle, mitä lasketaan, mistä luku saadaan, kuinka usein se raportoidaan ja kuka sen tekee. Kirjatkaa ensin lähtötaso, jotta kehitys näkyy. Tykkäykset kertovat harvoin, edistyikö liiketoiminnan tavoite.',
        example:
          'Somesta tulevat verkkokauppakäynnit: analytiikka, viikoittain, Aino. Uusintaostot: kanta-asiakasjärjestelmä, kuukausittain, CRM-vastaava. Retkipäivien ilmoittautumiset: varauslomake, kuukausittain. Johdolle neljännesvuosikatsaus.',
        warnings: [
          'Yksittäinen kuukausi kertoo vähän: seuratkaa tuloksia pitkällä aikavälillä ja arvioikaa niiden valossa, kannattaako panostus.',
        ],
      },
    },
  },
};

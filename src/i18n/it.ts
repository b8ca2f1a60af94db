/**
 * Italiano: il lessico degli articoli di CX (mappa dell'esperienza del cliente, percorso del cliente, punto di contatto,
 * momento della verità, punti critici, anello debole), non una traduzione parola per parola.
 */
import type { Messages } from "./en.ts";
import { count } from "./plural.ts";

const n = (c: number, one: string, other: string) => count("it", c, one, other);
const CADENCE_IT: Record<string, string> = { weekly: "settimanale", monthly: "mensile", quarterly: "trimestrale", yearly: "annuale" };

export const it = {
  emotion: {
    labels: { "-2": "Molto negativa", "-1": "Negativa", "0": "Neutra", "1": "Positiva", "2": "Molto positiva" },
    unknown: "Sconosciuta",
  },
  units: { days: "giorni", percent: "%" },
  opportunityStatus: { idea: "Idea", planned: "Pianificata", "in-progress": "In corso", done: "Fatta", dropped: "Scartata" },
  kpiStatus: { "on-track": "In linea", "at-risk": "A rischio", "off-track": "Fuori obiettivo", "no-data": "Nessun dato" },
  health: {
    bands: { good: "Buona", fair: "Discreta", poor: "Scarsa" },
    text: (score, band) => `Salute ${score} su 100, ${band}`,
    parts: { emotion: "Emozione", kpis: "KPI", gaps: "Lacune" },
    notes: {
      emotion: "Emozione media su una scala da 0 a 100; i momenti della verità contano il doppio",
      noKpis: "Nessun KPI misura ancora questo percorso, quindi questa parte conta 0",
      kpis: (k) => `Quota dei suoi ${k} KPI in linea; quelli a rischio contano la metà`,
      gaps: "100, meno 10 per ogni errore e 3 per ogni avviso",
    },
  },
  severity: {
    labels: { error: "Errore", warning: "Avviso", info: "Info" },
    plurals: { error: "Errori", warning: "Avvisi", info: "Info" },
    count: { error: (c) => n(c, "errore", "errori"), warning: (c) => n(c, "avviso", "avvisi"), info: (c) => `${c} info` },
    gaps: (c) => n(c, "lacuna", "lacune"),
    off: "Disattivata",
  },
  gaps: {
    negativeMomentOfTruth: {
      title: (name, feeling, score) => `Il momento della verità «${name}» è vissuto come ${feeling} (${score})`,
      prioritise: (opportunity) => `Dare priorità a: ${opportunity}`,
      action: "Fare di questo passaggio il primo da riprogettare, e dare un nome all'opportunità",
    },
    weakestLink: {
      title: (name, score) => `Anello debole: «${name}» (${score}) è il punto più basso del percorso`,
      action: "Risolvere prima il punto più basso: colora il ricordo dell'intero percorso",
    },
    sharpDrop: {
      title: (drop, from, fromScore, to, toScore) => `L'emozione scende di ${drop} punti da «${from}» (${fromScore}) a «${to}» (${toScore})`,
      action: "Capire che cosa si aspettava il cliente dopo il passaggio precedente e non ha ricevuto",
    },
    unvalidated: {
      title: (name, noEvidence) => `Il momento della verità «${name}» è ancora un'ipotesi${noEvidence ? " senza evidenze" : ""}`,
      action: "Verificarlo con i clienti (interviste, un sondaggio o gli analytics), poi aggiungere le evidenze e impostare `confidence: validated`",
    },
    kpiNoData: {
      title: (kpi) => `${kpi} non ha ancora nessuna misurazione`,
      action: (source) => `Aggiungere il primo valore da ${source ?? "la sua fonte dati"} in \`measurements\``,
    },
    kpiStale: {
      title: (kpi, date, age, asOf, cadence) =>
        `${kpi} è stato misurato l'ultima volta il ${date}, ${n(age, "giorno", "giorni")} prima del ${asOf}${cadence ? `, e la sua cadenza è ${CADENCE_IT[cadence] ?? cadence}` : ""}`,
      action: (source) => `Aggiungere una misurazione aggiornata, o verificare che ${source ?? "la sua fonte"} lo riporti ancora`,
    },
    kpiOffTarget: {
      title: (kpi, offTrack, value, target, gap, percent, above) =>
        `${kpi} è ${offTrack ? "fuori obiettivo" : "a rischio"}: ${value} rispetto a un obiettivo di ${target} (${gap}${percent ? " punti" : ""} ${above ? "sopra" : "sotto"})`,
      action: (owner, stage) => `${owner ?? "Il responsabile del KPI"} deve capire che cosa lo influenza in ${stage ? `«${stage}»` : "questa fase"} e intervenire sui punti di contatto`,
    },
    missingOwner: { title: (name) => `Nessuno è responsabile di «${name}»`, action: "Indicare il team responsabile in `owner`" },
    siloHandoff: {
      title: (from, to, fromScore, fromName, toScore, toName) => `Passaggio di consegne da ${from} a ${to}: l'emozione scende da ${fromScore} in «${fromName}» a ${toScore} in «${toName}»`,
      action: (from, to) => `Concordare una metrica comune e che cosa passa da un team all'altro: ${from} e ${to} sono responsabili insieme di questo passaggio`,
    },
    inconsistentPromise: {
      title: (name, key, value, earlier, earlierValue) => `«${name}» promette ${key} «${value}», ma «${earlier}» prometteva «${earlierValue}»`,
      action: (key) => `Concordare un unico ${key} su tutti i canali, e comunicarlo allo stesso modo in ogni punto di contatto`,
    },
    painWithoutOpportunity: {
      title: (name, pains, first) => `«${name}» ha ${pains === 1 ? "un punto critico" : `${pains} punti critici`} e nessuna opportunità: ${first}`,
      action: "Aggiungere almeno un'opportunità in `opportunities`, anche solo una prima idea da provare",
    },
    criticalLowPoint: {
      share: (share) => `${share}% dei clienti`,
      priority: (priority) => `priorità ${priority}`,
      title: (path, rank, name, score) => `Il percorso critico «${path}» (${rank}) tocca il fondo in «${name}» (${score})`,
      withOpportunity: (opportunity) => `Risolvere prima il punto basso di questo percorso: ${opportunity}`,
      action: (name) => `Risolvere prima il punto basso di questo percorso: molti clienti passano da «${name}»`,
    },
    stageWorse: {
      mean: (future, current) => `emozione media ${future} rispetto a ${current} oggi`,
      lowest: (future, current) => `punto più basso ${future} rispetto a ${current} oggi`,
      title: (stage, worse) => `La riprogettazione peggiora la fase «${stage}» rispetto a oggi: ${worse}`,
      action: "Confrontare i punti di contatto riprogettati di questa fase con quelli di oggi: lo stato futuro non deve essere vissuto peggio in nessun punto",
    },
    droppedTouchpoint: {
      momentOfTruth: "un momento della verità",
      measuredBy: (kpis) => `misurato da ${kpis}`,
      title: (name, id, stage, carried) => `La riprogettazione elimina «${name}» (\`${id}\`, fase ${stage}), che oggi è ${carried}`,
      kpiAction: (kpis) => `Indicare dove verrà misurato ${kpis} nella riprogettazione, o mantenere il punto di contatto`,
      action: "Indicare quale passaggio della riprogettazione si fa carico di questo momento della verità, o mantenere il punto di contatto",
    },
    importantUnsatisfied: {
      title: (name, importance, satisfaction) => `«${name}» conta molto per i clienti (importanza ${importance}/5) e li lascia insoddisfatti (soddisfazione ${satisfaction}/5)`,
      withOpportunity: (opportunity) => `Metterlo al primo posto del piano: ${opportunity}`,
      action: "Metterlo al primo posto del piano: capire con i clienti che cosa manca qui, e dare un nome all'opportunità",
    },
    stageNoKpi: {
      title: (stage) => `La fase «${stage}» non ha nessun KPI`,
      action: "Scegliere una metrica cliente condivisa per questa fase (conversione, CSAT, time to value…) e aggiungerla in `kpis`",
    },
    emptyStage: { title: (stage) => `La fase «${stage}» non ha punti di contatto`, action: "Mappare come il cliente attraversa questa fase, o eliminarla" },
    singleChannel: {
      title: (stage, channel, touchpoints) => `La fase «${stage}» è servita solo da ${channel} (${n(touchpoints, "punto di contatto", "punti di contatto")})`,
      action: "Verificare se qui i clienti hanno bisogno di un altro canale (telefono, chat, di persona)",
    },
    uncontrolled: {
      title: (stage) => `L'azienda non controlla nulla della fase «${stage}»: tutti i punti di contatto sono earned o di terze parti`,
      action: "Aggiungere qui un punto di contatto proprio, o collaborare con le terze parti che danno forma a questa fase",
    },
    missingSystem: { title: (name) => `Nessun sistema dietro «${name}»`, action: "Indicare in `systems` il sistema che registra questo passaggio e i dati che trasmette" },
    dataAskedAgain: {
      here: "i sistemi di questo passaggio",
      notPassed: (name, item, holders, where) => `«${name}» richiede ${item}, che ${holders} ha raccolto prima ma non trasmette a ${where}: il cliente deve fornirlo di nuovo`,
      notCaptured: (name, item) => `«${name}» richiede ${item}, che nessun passaggio precedente ha raccolto: il cliente deve fornirlo di nuovo`,
      passOn: (holder, item, where) => `Fare in modo che ${holder} trasmetta ${item} a ${where} (e registrarlo con \`sends_to\`), o recuperarlo lì`,
      capture: (item) => `Raccogliere ${item} prima e trasmetterlo, o recuperarlo dai sistemi che lo hanno`,
    },
  },
  rules: {
    "kpi/off-track": "L'ultimo valore di un KPI ha superato la soglia di avviso (o manca un obiettivo che non ne ha una).",
    "kpi/at-risk": "L'ultimo valore di un KPI manca l'obiettivo, ma non supera la soglia di avviso.",
    "kpi/no-data": "Un KPI che misura il percorso non ha ancora nessuna misurazione.",
    "kpi/stale":
      "L'ultima misurazione di un KPI è più vecchia di quanto consenta la sua cadenza (due periodi: settimanale 15 giorni, mensile 62, trimestrale 184, annuale 400), o di `stale_after_days` senza cadenza, rispetto alla data di riferimento.",
    "emotion/negative-moment-of-truth": "Un momento della verità in cui il cliente prova un'emozione negativa: è lì che si perdono i clienti.",
    "emotion/weakest-link": "Il punto più basso del percorso, se negativo: un solo passaggio frustrante rovina l'intera esperienza.",
    "emotion/sharp-drop": "L'emozione scende di `sharp_drop` punti o più da un punto di contatto al successivo, fino a un passaggio negativo.",
    "evidence/unvalidated-moment-of-truth": "Un momento della verità che è ancora un'ipotesi: i passaggi più importanti meritano evidenze.",
    "owner/missing": "Un punto di contatto senza un team responsabile: nessuno lo sistemerà.",
    "owner/silo-handoff": "L'emozione scende in un passaggio negativo dove cambia il team responsabile: un passaggio di consegne tra silos che il cliente avverte.",
    "message/inconsistent-promise": "Due punti di contatto dello stesso percorso promettono valori diversi per la stessa promessa: un messaggio incoerente.",
    "pain/no-opportunity": "Un punto di contatto con punti critici e nessuna opportunità o azione prevista.",
    "path/critical-low-point": "Un percorso prioritario (`priority` ≤ `critical_priority` o `share` ≥ `critical_share`) il cui passaggio più basso è vissuto `critical_low` o peggio.",
    "redesign/stage-worse": "Un percorso nello stato futuro fa vivere una fase peggio di oggi: un'emozione media più bassa, o un punto più basso inferiore (fasi abbinate per id).",
    "redesign/dropped-touchpoint": "Un percorso nello stato futuro elimina un punto di contatto di oggi che aveva un KPI o era un momento della verità.",
    "satisfaction/important-unsatisfied":
      "Un punto di contatto che i clienti giudicano molto importante (`importance` ≥ `important_from`) e che li lascia insoddisfatti (`satisfaction` ≤ `unsatisfied_up_to`): il quadrante prioritario.",
    "stage/no-kpi": "Una fase senza KPI: niente dice se funziona.",
    "stage/empty": "Una fase senza punti di contatto.",
    "stage/single-channel":
      "Una fase servita da un solo canale, con più di un punto di contatto: i clienti che preferiscono un altro canale non hanno modo di proseguire. Non segnalata se la fase indica `single_channel: true`.",
    "stage/uncontrolled": "Una fase i cui punti di contatto sono tutti earned o di terze parti: l'azienda non ne controlla nulla.",
    "system/missing": "Un punto di contatto senza nessun sistema dietro: niente registra ciò che succede lì.",
    "data/asked-again":
      "Un punto di contatto richiede dati che nessun passaggio precedente ha raccolto in un sistema che questo usa, o in uno che glieli trasmette (`sends_to`): il cliente deve ripeterli.",
  },
} satisfies Messages;

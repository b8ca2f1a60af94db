/**
 * Español: el vocabulario de los artículos de CX (mapa de experiencia del cliente, recorrido del cliente, punto de
 * contacto, momento de la verdad, puntos de dolor, brecha, eslabón más débil), no una traducción palabra por palabra.
 */
import type { Messages } from "./en.ts";
import { count } from "./plural.ts";

const n = (c: number, one: string, other: string) => count("es", c, one, other);

export const es = {
  emotion: {
    labels: { "-2": "Muy negativa", "-1": "Negativa", "0": "Neutral", "1": "Positiva", "2": "Muy positiva" },
    unknown: "Desconocida",
  },
  units: { days: "días", percent: " %" },
  opportunityStatus: { idea: "Idea", planned: "Planificada", "in-progress": "En curso", done: "Hecha", dropped: "Descartada" },
  kpiStatus: { "on-track": "En objetivo", "at-risk": "En riesgo", "off-track": "Fuera de objetivo", "no-data": "Sin datos" },
  health: {
    bands: { good: "Buena", fair: "Regular", poor: "Baja" },
    text: (score, band) => `Salud ${score} sobre 100, ${band}`,
    parts: { emotion: "Emoción", kpis: "KPI", gaps: "Brechas" },
    notes: {
      emotion: "Emoción media en una escala de 0 a 100; los momentos de la verdad cuentan doble",
      noKpis: "Aún no hay ningún KPI que mida este recorrido, así que esta parte cuenta como 0",
      kpis: (k) => `Proporción de sus ${k} KPI en objetivo; los que están en riesgo cuentan la mitad`,
      gaps: "100, menos 10 por cada error y 3 por cada aviso",
    },
  },
  severity: {
    labels: { error: "Error", warning: "Aviso", info: "Info" },
    plurals: { error: "Errores", warning: "Avisos", info: "Info" },
    count: { error: (c) => n(c, "error", "errores"), warning: (c) => n(c, "aviso", "avisos"), info: (c) => `${c} info` },
    gaps: (c) => n(c, "brecha", "brechas"),
    off: "Desactivada",
  },
  gaps: {
    negativeMomentOfTruth: {
      title: (name, feeling, score) => `El momento de la verdad «${name}» se vive como ${feeling} (${score})`,
      prioritise: (opportunity) => `Priorizar: ${opportunity}`,
      action: "Convertir este paso en el primero que se rediseña y dar nombre a la oportunidad",
    },
    weakestLink: {
      title: (name, score) => `Eslabón más débil: «${name}» (${score}) es el punto más bajo del recorrido`,
      action: "Resolver primero el punto más bajo: marca el recuerdo de todo el recorrido",
    },
    sharpDrop: {
      title: (drop, from, fromScore, to, toScore) => `La emoción cae ${drop} puntos de «${from}» (${fromScore}) a «${to}» (${toScore})`,
      action: "Averiguar qué esperaba el cliente tras el paso anterior y no recibió",
    },
    unvalidated: {
      title: (name, noEvidence) => `El momento de la verdad «${name}» sigue siendo una hipótesis${noEvidence ? " sin evidencias" : ""}`,
      action: "Validarlo con clientes (entrevistas, una encuesta o analítica); después, añadir la evidencia y poner `confidence: validated`",
    },
    kpiNoData: {
      title: (kpi) => `${kpi} aún no tiene ninguna medición`,
      action: (source) => `Añadir el primer valor de ${source ?? "su fuente de datos"} en \`measurements\``,
    },
    kpiStale: {
      title: (kpi, date, age, asOf, cadence) =>
        `${kpi} se midió por última vez el ${date}, ${n(age, "día", "días")} antes del ${asOf}${cadence ? `, y su cadencia es ${CADENCE_ES[cadence] ?? cadence}` : ""}`,
      action: (source) => `Añadir una medición actual, o comprobar que ${source ?? "su fuente"} sigue publicándolo`,
    },
    kpiOffTarget: {
      title: (kpi, offTrack, value, target, gap, percent, above) =>
        `${kpi} está ${offTrack ? "fuera de objetivo" : "en riesgo"}: ${value} frente a un objetivo de ${target} (${gap}${percent ? " puntos" : ""} ${above ? "por encima" : "por debajo"})`,
      action: (owner, stage) => `Que ${owner ?? "el responsable del KPI"} averigüe qué lo mueve en ${stage ? `«${stage}»` : "esta etapa"} y actúe sobre sus puntos de contacto`,
    },
    missingOwner: { title: (name) => `Nadie es responsable de «${name}»`, action: "Indicar el equipo responsable en `owner`" },
    siloHandoff: {
      title: (from, to, fromScore, fromName, toScore, toName) => `Traspaso de ${from} a ${to}: la emoción cae de ${fromScore} en «${fromName}» a ${toScore} en «${toName}»`,
      action: (from, to) => `Acordar una métrica común y qué información se traspasa: ${from} y ${to} son responsables juntos de este paso`,
    },
    inconsistentPromise: {
      title: (name, key, value, earlier, earlierValue) => `«${name}» promete ${key} «${value}», pero «${earlier}» prometía «${earlierValue}»`,
      action: (key) => `Acordar un único ${key} en todos los canales y comunicarlo igual en cada punto de contacto`,
    },
    painWithoutOpportunity: {
      title: (name, pains, first) => `«${name}» tiene ${pains === 1 ? "un punto de dolor" : `${pains} puntos de dolor`} y ninguna oportunidad: ${first}`,
      action: "Añadir al menos una oportunidad en `opportunities`, aunque sea una primera idea que probar",
    },
    criticalLowPoint: {
      share: (share) => `${share} % de los clientes`,
      priority: (priority) => `prioridad ${priority}`,
      title: (path, rank, name, score) => `La ruta crítica «${path}» (${rank}) toca fondo en «${name}» (${score})`,
      withOpportunity: (opportunity) => `Resolver primero el punto bajo de esta ruta: ${opportunity}`,
      action: (name) => `Resolver primero el punto bajo de esta ruta: muchos clientes pasan por «${name}»`,
    },
    stageWorse: {
      mean: (future, current) => `emoción media ${future} frente a ${current} hoy`,
      lowest: (future, current) => `punto más bajo ${future} frente a ${current} hoy`,
      title: (stage, worse) => `El rediseño empeora la etapa «${stage}» respecto a hoy: ${worse}`,
      action: "Comparar los puntos de contacto rediseñados de esta etapa con los de hoy: el estado futuro no debería sentirse peor en ningún punto",
    },
    droppedTouchpoint: {
      momentOfTruth: "un momento de la verdad",
      measuredBy: (kpis) => `medido por ${kpis}`,
      title: (name, id, stage, carried) => `El rediseño elimina «${name}» (\`${id}\`, etapa ${stage}), que hoy es ${carried}`,
      kpiAction: (kpis) => `Indicar dónde se medirá ${kpis} en el rediseño, o mantener el punto de contacto`,
      action: "Indicar qué paso del rediseño asume este momento de la verdad, o mantener el punto de contacto",
    },
    importantUnsatisfied: {
      title: (name, importance, satisfaction) => `«${name}» importa mucho a los clientes (importancia ${importance}/5) y los deja insatisfechos (satisfacción ${satisfaction}/5)`,
      withOpportunity: (opportunity) => `Ponerlo en primer lugar del plan: ${opportunity}`,
      action: "Ponerlo en primer lugar del plan: averiguar con los clientes qué echan en falta aquí y dar nombre a la oportunidad",
    },
    stageNoKpi: {
      title: (stage) => `La etapa «${stage}» no tiene ningún KPI`,
      action: "Elegir una métrica de cliente común para esta etapa (conversión, CSAT, tiempo hasta el valor…) y añadirla en `kpis`",
    },
    emptyStage: { title: (stage) => `La etapa «${stage}» no tiene puntos de contacto`, action: "Mapear cómo recorre el cliente esta etapa, o eliminarla" },
    singleChannel: {
      title: (stage, channel, touchpoints) => `La etapa «${stage}» solo se atiende por ${channel} (${n(touchpoints, "punto de contacto", "puntos de contacto")})`,
      action: "Comprobar si los clientes necesitan otro canal aquí (teléfono, chat, en persona)",
    },
    uncontrolled: {
      title: (stage) => `La empresa no controla nada de la etapa «${stage}»: todos sus puntos de contacto son ganados o de terceros`,
      action: "Añadir aquí un punto de contacto propio, o trabajar con los terceros que dan forma a esta etapa",
    },
    missingSystem: { title: (name) => `Ningún sistema respalda «${name}»`, action: "Indicar en `systems` el sistema que registra este paso y los datos que transmite" },
    dataAskedAgain: {
      here: "los sistemas de este paso",
      notPassed: (name, item, holders, where) => `«${name}» necesita ${item}, que ${holders} recogió antes pero no transmite a ${where}: el cliente tiene que volver a darlo`,
      notCaptured: (name, item) => `«${name}» necesita ${item}, que ningún paso anterior recogió: el cliente tiene que volver a darlo`,
      passOn: (holder, item, where) => `Hacer que ${holder} transmita ${item} a ${where} (y anotarlo con \`sends_to\`), o consultarlo allí`,
      capture: (item) => `Recoger ${item} antes y transmitirlo, o consultarlo en los sistemas que ya lo tienen`,
    },
  },
  rules: {
    "kpi/off-track": "El último valor de un KPI ha rebasado su umbral de aviso (o no alcanza un objetivo que no tiene umbral).",
    "kpi/at-risk": "El último valor de un KPI no alcanza su objetivo, pero no rebasa su umbral de aviso.",
    "kpi/no-data": "Un KPI que mide el recorrido aún no tiene ninguna medición.",
    "kpi/stale":
      "La última medición de un KPI es más antigua de lo que permite su cadencia (dos periodos: semanal 15 días, mensual 62, trimestral 184, anual 400), o que `stale_after_days` sin cadencia, respecto a la fecha de referencia.",
    "emotion/negative-moment-of-truth": "Un momento de la verdad en el que el cliente se siente mal: donde se pierden clientes.",
    "emotion/weakest-link": "El punto más bajo del recorrido, si es negativo: un solo paso frustrante arruina toda la experiencia.",
    "emotion/sharp-drop": "La emoción cae `sharp_drop` puntos o más de un punto de contacto al siguiente, hasta un paso negativo.",
    "evidence/unvalidated-moment-of-truth": "Un momento de la verdad que sigue siendo una hipótesis: los pasos más importantes merecen evidencias.",
    "owner/missing": "Un punto de contacto sin equipo responsable: nadie lo arreglará.",
    "owner/silo-handoff": "La emoción cae a un paso negativo donde cambia el equipo responsable: un traspaso entre silos que el cliente nota.",
    "message/inconsistent-promise": "Dos puntos de contacto de un recorrido prometen valores distintos para la misma promesa: un mensaje incoherente.",
    "pain/no-opportunity": "Un punto de contacto con puntos de dolor y ninguna oportunidad o acción prevista.",
    "path/critical-low-point": "Una ruta prioritaria (`priority` ≤ `critical_priority` o `share` ≥ `critical_share`) cuyo paso más bajo se vive `critical_low` o peor.",
    "redesign/stage-worse": "Un recorrido en estado futuro hace que una etapa se viva peor que hoy: una emoción media más baja, o un punto más bajo inferior (etapas emparejadas por id).",
    "redesign/dropped-touchpoint": "Un recorrido en estado futuro elimina un punto de contacto de hoy que tenía un KPI o era un momento de la verdad.",
    "satisfaction/important-unsatisfied":
      "Un punto de contacto que los clientes consideran muy importante (`importance` ≥ `important_from`) y que los deja insatisfechos (`satisfaction` ≤ `unsatisfied_up_to`): el cuadrante prioritario.",
    "stage/no-kpi": "Una etapa sin KPI: nada dice si funciona.",
    "stage/empty": "Una etapa sin puntos de contacto.",
    "stage/single-channel":
      "Una etapa atendida por un solo canal, con más de un punto de contacto: los clientes que prefieren otro canal no tienen cómo avanzar. No se señala si la etapa indica `single_channel: true`.",
    "stage/uncontrolled": "Una etapa cuyos puntos de contacto son todos ganados o de terceros: la empresa no controla nada de ella.",
    "system/missing": "Un punto de contacto sin ningún sistema detrás: nada registra lo que ocurre allí.",
    "data/asked-again":
      "Un punto de contacto necesita datos que ningún paso anterior recogió en un sistema que este use, o en uno que se los transmita (`sends_to`): el cliente tiene que repetirlos.",
  },
} satisfies Messages;

const CADENCE_ES: Record<string, string> = { weekly: "semanal", monthly: "mensual", quarterly: "trimestral", yearly: "anual" };

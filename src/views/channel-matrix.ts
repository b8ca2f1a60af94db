import type { Analysis } from "../analysis/analyse.ts";
import { pageOf, type PageInfo } from "./paging.ts";
import type { ContentIndex } from "../analysis/content-index.ts";
import type { LoadedJourney } from "../model/content.ts";
import type { Journey, Touchpoint } from "../model/index.ts";
import { signed } from "../model/vocabulary.ts";
import { localChannel } from "../model/channel.ts";
import { t, type Locale } from "../i18n/index.ts";
import { href } from "./href.ts";
import { compareText } from "../i18n/text-order.ts";

export interface MatrixChannel {
  id: string;
  label: string;
  online: boolean;
}

export interface MatrixCell {
  count: number;
  /** Mean emotion of the cell's touchpoints, to one decimal. */
  average: number;
  /** The average as a whole level, -2..+2, for the cell's colour and face. */
  level: number;
  journeyId: string;
  /** The cell links to the first of its touchpoints on the journey page. */
  firstTouchpoint: string;
  /** The cell read aloud: `3 touchpoints, average emotion −1`. */
  label: string;
  names: string[];
}

export interface MatrixRow {
  channel: MatrixChannel;
  total: number;
  journeys: number;
  /** One per stage column, in column order; undefined where the channel has no touchpoint in that stage. */
  cells: (MatrixCell | undefined)[];
}

export interface MatrixColumn {
  journeyId: string;
  stageId: string;
  stageName: string;
  /** Position of the column's journey, to band alternate journeys. */
  journeyIndex: number;
  /** The first stage of its journey, where a divider separates journeys. */
  first: boolean;
}

export interface MatrixJourney {
  id: string;
  title: string;
  state: Journey["state"];
  stages: { id: string; name: string }[];
}

export interface TopChannel {
  journeyId: string;
  title: string;
  /** Several when tied. */
  channels: string[];
  count: number;
  touchpoints: number;
}

export interface ChannelMatrixView {
  /** Today's journeys and future-state designs are separate matrices, so a redesign never reads as today. */
  state: Journey["state"];
  title: string;
  /** A matrix holds JOURNEYS_PER_MATRIX journeys; the rest are on further pages, so the table stays readable and small. */
  page: PageInfo;
  /** Journeys of this state in all, across pages. */
  journeyCount: number;
  journeys: MatrixJourney[];
  columns: MatrixColumn[];
  /** Online channels first, then offline; within each, the most used first. */
  groups: { online: boolean; label: string; rows: MatrixRow[] }[];
  summary: {
    channels: { total: number; online: number; offline: number };
    touchpoints: { total: number; online: number; offline: number; onlinePercent: number };
    top: TopChannel[];
  };
}

export const JOURNEYS_PER_MATRIX = 8;

/** `/channels/`, `/channels/current/2/`, `/channels/future/1/`…: where a page of a state's matrix lives. */
export function channelPageHref(state: Journey["state"], n: number): string {
  if (n <= 1) return href(state === "current" ? "/channels/" : "/channels/#future");
  return href(`/channels/${state}/${n}/`);
}

/** How many matrix pages each state takes. */
export function channelPageCounts({ index }: Analysis): Record<Journey["state"], number> {
  const count = (state: Journey["state"]) => [...index.journeys.values()].filter((j) => j.data.state === state).length;
  return { current: Math.max(1, Math.ceil(count("current") / JOURNEYS_PER_MATRIX)), future: Math.ceil(count("future") / JOURNEYS_PER_MATRIX) };
}

/** The omnichannel view: touchpoints per channel and stage across the journeys of one state, with their average emotion. */
export function channelMatrixView({ index, locale }: Analysis, state: Journey["state"] = "current", pageNumber = 1): ChannelMatrixView {
  const words = t(locale).ui.channels;
  const { all, totals } = stateBase(index, state);
  const { items: loaded, page } = pageOf(all, JOURNEYS_PER_MATRIX, pageNumber, (n) => channelPageHref(state, n));
  const journeys = loaded.map(({ data: j }) => ({ id: j.id, title: j.title, state: j.state, stages: j.stages.map((s) => ({ id: s.id, name: s.name })) }));
  const stages = loaded.flatMap(({ data: j }, journeyIndex) => j.stages.map((stage, i) => ({ journeyId: j.id, journeyIndex, first: i === 0, stage })));
  const channelIds = [...new Set(stages.flatMap((c) => c.stage.touchpoints.map((tp) => tp.channel)))];
  const rows = channelIds.map((id): MatrixRow => {
    const cells = stages.map((c) => cellOf(c.journeyId, c.stage.touchpoints.filter((tp) => tp.channel === id), locale));
    const used = cells.filter((c) => c !== undefined);
    return {
      channel: localChannel(index.channel(id), locale),
      total: used.reduce((n, c) => n + c.count, 0),
      journeys: new Set(used.map((c) => c.journeyId)).size,
      cells,
    };
  });
  rows.sort((a, b) => b.total - a.total || compareText(a.channel.label, b.channel.label));
  const online = rows.filter((r) => r.channel.online);
  const offline = rows.filter((r) => !r.channel.online);
  return {
    state,
    title: state === "current" ? words.today : words.future,
    page,
    journeyCount: all.length,
    journeys,
    columns: stages.map(({ journeyId, journeyIndex, first, stage }) => ({ journeyId, stageId: stage.id, stageName: stage.name, journeyIndex, first })),
    groups: [
      { online: true, label: words.online, rows: online },
      { online: false, label: words.offline, rows: offline },
    ].filter((g) => g.rows.length > 0),
    summary: { ...totals, top: loaded.map((j) => topChannel(index, j.data, locale)) },
  };
}

/** The journeys of a state in matrix order, and their totals: worked out once per build, each matrix page slices them. */
interface StateBase {
  all: LoadedJourney[];
  totals: Omit<ChannelMatrixView["summary"], "top">;
}
const bases = new WeakMap<ContentIndex, Map<Journey["state"], StateBase>>();

function stateBase(index: ContentIndex, state: Journey["state"]): StateBase {
  const byState = bases.get(index) ?? new Map<Journey["state"], StateBase>();
  bases.set(index, byState);
  let base = byState.get(state);
  if (!base) {
    const all = [...index.journeys.values()].filter((j) => j.data.state === state).sort((a, b) => compareText(a.area ?? "", b.area ?? "") || compareText(a.data.title, b.data.title));
    base = { all, totals: totalsOf(index, all.map((j) => j.data)) };
    byState.set(state, base);
  }
  return base;
}

/** Channels and the online share over every journey of the state. */
function totalsOf(index: ContentIndex, all: readonly Journey[]): Omit<ChannelMatrixView["summary"], "top"> {
  const perChannel = new Map<string, number>();
  for (const j of all) for (const s of j.stages) for (const tp of s.touchpoints) perChannel.set(tp.channel, (perChannel.get(tp.channel) ?? 0) + 1);
  const ids = [...perChannel.keys()];
  const online = ids.filter((id) => index.channel(id).online);
  const sum = (list: string[]) => list.reduce((n, id) => n + perChannel.get(id)!, 0);
  const total = sum(ids);
  return {
    channels: { total: ids.length, online: online.length, offline: ids.length - online.length },
    touchpoints: { total, online: sum(online), offline: total - sum(online), onlinePercent: total ? Math.round((sum(online) / total) * 100) : 0 },
  };
}

function cellOf(journeyId: string, touchpoints: readonly Touchpoint[], locale: Locale): MatrixCell | undefined {
  const first = touchpoints[0];
  if (!first) return undefined;
  const count = touchpoints.length;
  const mean = touchpoints.reduce((n, tp) => n + tp.emotion, 0) / count;
  const average = Math.round(mean * 10) / 10;
  return {
    count,
    average,
    // Half-way averages round away from zero, so -0.5 and +0.5 shade alike rather than one of them grey.
    level: Math.sign(mean) * Math.round(Math.abs(mean)) || 0,
    journeyId,
    firstTouchpoint: first.id,
    label: t(locale).ui.channels.cell(count, signed(average)),
    names: touchpoints.map((tp) => tp.name),
  };
}

function topChannel(index: ContentIndex, journey: Journey, locale: Locale): TopChannel {
  const counts = new Map<string, number>();
  for (const stage of journey.stages) for (const tp of stage.touchpoints) counts.set(tp.channel, (counts.get(tp.channel) ?? 0) + 1);
  const most = Math.max(0, ...counts.values());
  return {
    journeyId: journey.id,
    title: journey.title,
    channels: [...counts].filter(([, n]) => n === most).map(([id]) => localChannel(index.channel(id), locale).label),
    count: most,
    touchpoints: [...counts.values()].reduce((n, c) => n + c, 0),
  };
}

import { z } from "zod";
import { IdSchema } from "./common.ts";
import { t, type Locale } from "../i18n/index.ts";

export interface ChannelInfo {
  readonly label: string;
  /** Digital channels are online; physical, voice and in-person ones offline. */
  readonly online: boolean;
}

/** The channel vocabulary of the domain (seeds 001, 002, 004). Teams add their own in `journeymap.config.yaml`. */
export const KNOWN_CHANNELS = {
  web: { label: "Website", online: true },
  app: { label: "Mobile app", online: true },
  email: { label: "Email", online: true },
  sms: { label: "SMS", online: true },
  messaging: { label: "Messaging (WhatsApp, …)", online: true },
  chat: { label: "Live chat", online: true },
  chatbot: { label: "Chatbot", online: true },
  social: { label: "Social media", online: true },
  search: { label: "Search engine", online: true },
  ads: { label: "Digital ads", online: true },
  "review-site": { label: "Review site", online: true },
  "app-store": { label: "App store", online: true },
  webinar: { label: "Webinar", online: true },
  iot: { label: "IoT device", online: true },
  phone: { label: "Phone / IVR", online: false },
  "contact-center": { label: "Contact center", online: false },
  store: { label: "Store", online: false },
  "in-person": { label: "In person", online: false },
  event: { label: "Event", online: false },
  "print-ads": { label: "Offline ads (print, TV, outdoor)", online: false },
  "direct-mail": { label: "Direct mail", online: false },
  "word-of-mouth": { label: "Word of mouth", online: false },
  delivery: { label: "Delivery", online: false },
  packaging: { label: "Packaging", online: false },
  invoice: { label: "Invoice / statement", online: false },
} as const satisfies Record<string, ChannelInfo>;

export type KnownChannel = keyof typeof KNOWN_CHANNELS;

export const KNOWN_CHANNEL_IDS = Object.keys(KNOWN_CHANNELS) as KnownChannel[];

/**
 * A touchpoint's channel: one of the known vocabulary or a custom channel declared in the config.
 * The loader checks custom ids against the config; the known ones are listed for editor completion.
 */
export const ChannelSchema = z.union([z.enum(KNOWN_CHANNEL_IDS), IdSchema]).meta({
  description:
    "The medium of the interaction. One of the known channels (web, app, email, phone, contact-center, store, …) or a custom one declared under `channels` in journeymap.config.yaml.",
});

/**
 * A channel's name in the site's language: a built-in channel's from the catalogue (`Website`, `Sitio web`, `Sito web`);
 * a custom channel's label from the config stays as written.
 */
export function channelLabel(id: string, label: string, locale: Locale = "en"): string {
  if (!Object.hasOwn(KNOWN_CHANNELS, id)) return label;
  return t(locale).channels[id as KnownChannel] ?? label;
}

/** `index.channel(id)` with its label in the site's language. */
export function localChannel<C extends { id: string; label: string }>(channel: C, locale: Locale = "en"): C {
  return { ...channel, label: channelLabel(channel.id, channel.label, locale) };
}

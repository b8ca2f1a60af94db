import { didYouMean } from "../diagnostics/suggest.ts";

/** A mistake in how the command was called: exit code 2, with the fix in the message. */
export class UsageError extends Error {}

export function unknownWord(kind: "command" | "option", word: string, known: readonly string[], helpFor: string): UsageError {
  const guess = didYouMean(word.replace(/^-+/, ""), known.map((k) => k.replace(/^-+/, "")));
  const shown = kind === "option" && guess ? `--${guess}` : guess;
  const suggestion = shown ? ` Did you mean \`${shown}\`?` : "";
  return new UsageError(`unknown ${kind} \`${word}\`.${suggestion} See \`${helpFor} --help\`.`);
}

/** How each emotion score looks: a CSS token for its colour and a face icon (the words live in model/vocabulary.ts). */
export { EMOTION_LABELS, emotionLabel, signed } from "../model/vocabulary.ts";

export function emotionClass(emotion: number): string {
  return emotion < 0 ? `emotion-n${Math.abs(emotion)}` : emotion > 0 ? `emotion-p${emotion}` : "emotion-0";
}

/** The mouth of the face icon: a quadratic curve whose bend follows the emotion, so the icon reads without colour. */
export function faceMouth(emotion: number, size = 20): string {
  const s = size / 20;
  const bend = emotion * 2.2;
  const y = 12.5 - emotion * 0.6;
  return `M${6 * s} ${y * s} Q${10 * s} ${(y + bend) * s} ${14 * s} ${y * s}`;
}

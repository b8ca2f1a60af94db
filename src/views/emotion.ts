/** How each emotion score reads: a word for screen readers and legends, and a CSS token for its colour. */
export const EMOTION_LABELS: Record<number, string> = {
  [-2]: "Very negative",
  [-1]: "Negative",
  0: "Neutral",
  1: "Positive",
  2: "Very positive",
};

export function emotionLabel(emotion: number): string {
  return EMOTION_LABELS[emotion] ?? "Unknown";
}

/** `−2`, `0`, `+1`: signed with a true minus sign, as the curve's axis shows them. */
export function signed(value: number): string {
  return value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : "0";
}

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

/** The id of the face icon's symbol (FaceSymbols.astro) for an emotion, rounded into the scale. */
export function faceSymbolId(emotion: number): string {
  const level = Math.max(-2, Math.min(2, Math.round(emotion))) || 0;
  return `jm_face_${level < 0 ? `n${-level}` : `p${level}`}`;
}

/** The id of the face icon's symbol (FaceSymbols.astro) for an emotion, rounded into the scale. */
export function faceSymbolId(emotion: number): string {
  const level = Math.max(-2, Math.min(2, Math.round(emotion))) || 0;
  return `jm_face_${level < 0 ? `n${-level}` : `p${level}`}`;
}

/** The id of a curve point's eyes and mouth (FaceSymbols.astro) for an emotion, rounded into the scale. */
export function pointFaceId(emotion: number): string {
  return faceSymbolId(emotion).replace("jm_face_", "jm_point_");
}

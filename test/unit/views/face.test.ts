import { describe, expect, it } from "vitest";
import { ID_PATTERN } from "../../../src/model/common.ts";
import { faceSymbolId } from "../../../src/views/face.ts";

describe("the face icons drawn once per page", () => {
  it("each emotion points at its own symbol, and averages at the nearest", () => {
    expect([-2, -1, 0, 1, 2].map(faceSymbolId)).toEqual(["jm_face_n2", "jm_face_n1", "jm_face_p0", "jm_face_p1", "jm_face_p2"]);
    expect(faceSymbolId(-0.4)).toBe("jm_face_p0");
    expect(faceSymbolId(1.6)).toBe("jm_face_p2");
    expect(faceSymbolId(-7)).toBe("jm_face_n2");
  });

  it("no touchpoint, stage or other content id can take a symbol's id", () => {
    for (const e of [-2, -1, 0, 1, 2]) expect(ID_PATTERN.test(faceSymbolId(e))).toBe(false);
  });
});

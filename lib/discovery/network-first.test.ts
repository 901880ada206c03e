import { describe, expect, it } from "vitest";
import { networkFirst } from "./suggest";

const hit = (id: string, score: number) => ({ id, _rankingScore: score });

describe("networkFirst (the typeahead's order)", () => {
  it("puts the viewer's network first among matches about as good", () => {
    const order = networkFirst([hit("friend", 0.92)], [hit("stranger", 0.93), hit("friend", 0.92)]);
    expect(order.map((h) => h.id)).toEqual(["friend", "stranger"]);
  });

  it("puts a much better match before the network's partial ones", () => {
    const order = networkFirst(
      [hit("priya", 0.34), hit("trey", 0.33)],
      [hit("anna", 0.99), hit("priya", 0.34), hit("trey", 0.33)],
    );
    expect(order.map((h) => h.id)).toEqual(["anna", "priya", "trey"]);
  });
});

import { describe, expect, it } from "vitest";
import { applyMarkdownEdit } from "./markdown-edits";

describe("the article toolbar's edits", () => {
  it("wrap the selection, or a placeholder to type over", () => {
    expect(applyMarkdownEdit("流量不等于订单", 5, 7, "bold", "粗体")).toEqual({
      text: "流量不等于**订单**",
      selectionStart: 7,
      selectionEnd: 9,
    });
    expect(applyMarkdownEdit("See ", 4, 4, "link", "link text")).toMatchObject({
      text: "See [link text](https://)",
      selectionStart: 5,
      selectionEnd: 14,
    });
  });

  it("mark every line the selection touches, and unmark them when pressed again", () => {
    const list = applyMarkdownEdit("intro\n一\n二\nend", 7, 9, "bulletList", "");
    expect(list.text).toBe("intro\n- 一\n- 二\nend");
    expect(applyMarkdownEdit(list.text, list.selectionStart, list.selectionEnd, "bulletList", "").text).toBe(
      "intro\n一\n二\nend",
    );
    expect(applyMarkdownEdit("a\nb", 0, 3, "numberedList", "").text).toBe("1. a\n2. b");
    expect(applyMarkdownEdit("Title", 2, 2, "heading", "").text).toBe("## Title");
  });
});

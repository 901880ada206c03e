import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownText } from "./markdown-text";

const html = (text: string) => renderToStaticMarkup(createElement(MarkdownText, null, text));

describe("member-written markdown", () => {
  it("keeps the line breaks typed into a summary", () => {
    expect(html("十年产品经验\n专注 SaaS\n\n第二段")).toContain("<p>十年产品经验<br/>\n专注 SaaS</p>");
  });

  it("renders headings a level below the page's section heading, and never raw HTML or scripts", () => {
    const out = html(
      "## 岗位职责\n\n- 负责产品规划\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))",
    );
    expect(out).toContain('<h3 class="text-base font-semibold">岗位职责</h3>');
    expect(out).toContain("<li>负责产品规划</li>");
    expect(out).not.toContain("<script");
    expect(out).not.toContain("javascript:");
  });
});

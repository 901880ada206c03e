import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { uniqueMember } from "@/prisma/seed/factories";
import { deliverMail } from "./deliver-mail";
import { renderMail } from "./templates";

describe("mail", () => {
  it("renders in the recipient's language, escaping what it is given", () => {
    const mail = renderMail({
      to: "a@b.c",
      locale: "zh-CN",
      template: "verifyEmail",
      values: { name: "<b>张聪聪</b>", url: "http://x/?a=1&b=2" },
    });
    expect(mail.subject).toBe("请验证你在人脉的邮箱地址");
    expect(mail.html).toContain("&lt;b&gt;张聪聪&lt;/b&gt;");
    expect(mail.html).toContain('href="http://x/?a=1&amp;b=2"');
    expect(mail.text).toContain("http://x/?a=1&b=2");
  });

  it("lands in the dev mailbox when DEV_MAILBOX is on and no SMTP is configured", async () => {
    const { email } = uniqueMember();
    await deliverMail({
      to: email,
      locale: "en",
      template: "resetPassword",
      values: { name: "Maria", url: "http://localhost/reset" },
    });
    const caught = await db.devMail.findFirstOrThrow({ where: { to: email } });
    expect(caught.subject).toBe("Reset your Renmai password");
    expect(caught.text).toContain("http://localhost/reset");
  });
});

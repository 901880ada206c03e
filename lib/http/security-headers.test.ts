import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "./security-headers";

describe("security headers", () => {
  it("let only scripts with the nonce run, and nothing frame the site", () => {
    const policy = contentSecurityPolicy({ nonce: "abc123", isDev: false });
    expect(policy).toContain("script-src 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval)/);
    for (const directive of [
      "object-src 'none'",
      "base-uri 'self'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ])
      expect(policy).toContain(directive);
    expect(contentSecurityPolicy({ nonce: "abc123", isDev: true })).toContain("'unsafe-eval'");
  });

  it("draw a new nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it("send HSTS only for an https APP_URL", () => {
    expect(strictTransportSecurity("https://renmai.example.com")).toBe("max-age=31536000; includeSubDomains");
    expect(strictTransportSecurity("http://localhost:3000")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const base = {
  DATABASE_URL: "postgresql://renmai@127.0.0.1:5432/renmai",
  MEILI_HOST: "http://127.0.0.1:7700",
  AUTH_SECRET: "x".repeat(32),
};

describe("parseEnv", () => {
  it("refuses the dev mailbox on an address other machines reach, unless forced", () => {
    expect(() => parseEnv({ ...base, DEV_MAILBOX: "true", APP_URL: "https://renmai.example.com" })).toThrow(
      /DEV_MAILBOX: is on, but APP_URL is not a loopback address/,
    );
    expect(() => parseEnv({ ...base, DEV_MAILBOX: "true", APP_URL: "http://192.168.1.20:3000" })).toThrow();
    for (const APP_URL of ["http://localhost:3000", "http://127.0.0.1:3210", "http://[::1]:3000"])
      expect(parseEnv({ ...base, DEV_MAILBOX: "true", APP_URL }).DEV_MAILBOX).toBe(true);
    expect(
      parseEnv({
        ...base,
        DEV_MAILBOX: "true",
        APP_URL: "https://renmai.example.com",
        DEV_MAILBOX_ON_PUBLIC_URL: "true",
      }).DEV_MAILBOX,
    ).toBe(true);
    expect(parseEnv({ ...base, APP_URL: "https://renmai.example.com" }).DEV_MAILBOX).toBe(false);
  });

  it("reads TRUST_PROXY as off, hops or proxy addresses, and refuses anything else", () => {
    for (const TRUST_PROXY of ["false", "true", "2", "loopback, 10.0.0.0/8", "192.0.2.1"])
      expect(parseEnv({ ...base, TRUST_PROXY }).TRUST_PROXY).toBe(TRUST_PROXY);
    expect(() => parseEnv({ ...base, TRUST_PROXY: "the proxy" })).toThrow(/TRUST_PROXY/);
  });
});

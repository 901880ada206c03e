import pino from "pino";

/** Structured JSON logs on stdout; one line per event, with a request id where there is a request. */
export const log = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === "test" ? "silent" : "info"),
  base: { service: process.env.RENMAI_SERVICE ?? "web" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"],
    remove: true,
  },
});

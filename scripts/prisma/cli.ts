// npm run db:migrate -- --name add_profiles   (create a migration from schema.prisma changes and apply it)
//   --create-only                              (write it without applying, to edit it first)
// npm run db:deploy                           (apply pending migrations)
// Uses DATABASE_URL when set, otherwise the embedded PostgreSQL in .data/.
import { parseArgs } from "node:util";
import { joinOrStartServices } from "../services/index.ts";
import { migrateDev, pendingSchemaChanges } from "./migrate.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, "create-only": { type: "boolean" } },
});
const command = positionals[0];
if (command !== "dev" && command !== "deploy" && command !== "diff") {
  console.error("usage: migrate (dev --name <name> | deploy | diff)");
  process.exit(2);
}
if (command === "dev" && !values.name) {
  console.error("Name the migration: npm run db:migrate -- --name <what_it_does>");
  process.exit(2);
}

const services = await joinOrStartServices({ withSearch: false });
try {
  if (services.appliedMigrations.length) console.log(`Applied: ${services.appliedMigrations.join(", ")}`);
  if (command === "dev") {
    const createOnly = values["create-only"] ?? false;
    const created = await migrateDev(values.name!, services.env.DATABASE_URL, { createOnly });
    console.log(
      created
        ? `${createOnly ? "Created" : "Created and applied"} prisma/migrations/${created}`
        : "schema.prisma has no changes to migrate.",
    );
  } else if (command === "diff") {
    console.log((await pendingSchemaChanges(services.env.DATABASE_URL)) || "No drift.");
  } else if (!services.appliedMigrations.length) {
    console.log("No pending migrations.");
  }
} finally {
  await services.stop();
}

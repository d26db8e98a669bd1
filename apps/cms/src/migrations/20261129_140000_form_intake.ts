import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Written by hand (no collection changes, so no snapshot): the form intake's shared state, in its own schema
// so that Payload's schema tools, which look at `public` only, neither see nor drop it.
// docs/decisions/017-form-abuse.md
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE SCHEMA IF NOT EXISTS "form_intake";
  CREATE TABLE "form_intake"."rate_limits" (
    "key" text PRIMARY KEY,
    "window_start" timestamptz NOT NULL,
    "hits" integer NOT NULL
  );
  CREATE INDEX "rate_limits_window_start_idx" ON "form_intake"."rate_limits" ("window_start");
  CREATE TABLE "form_intake"."fingerprints" (
    "fingerprint" text PRIMARY KEY,
    "created_at" timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX "fingerprints_created_at_idx" ON "form_intake"."fingerprints" ("created_at");
  CREATE TABLE "form_intake"."idempotency_keys" (
    "key" text PRIMARY KEY,
    "created_at" timestamptz NOT NULL DEFAULT now(),
    "status" integer,
    "location" text,
    "body" text
  );
  CREATE INDEX "idempotency_keys_created_at_idx" ON "form_intake"."idempotency_keys" ("created_at");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP SCHEMA IF EXISTS "form_intake" CASCADE;`)
}

import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_site_builds_status" AS ENUM('running', 'succeeded', 'failed');
  CREATE TABLE "site_builds" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"status" "enum_site_builds_status" NOT NULL,
  	"trigger" varchar,
  	"requests" numeric,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"finished_at" timestamp(3) with time zone,
  	"duration_ms" numeric,
  	"pages" numeric,
  	"error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_build_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"trigger" varchar NOT NULL,
  	"build_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users" ALTER COLUMN "role" DROP DEFAULT;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_builds_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "site_build_requests_id" integer;
  ALTER TABLE "site_build_requests" ADD CONSTRAINT "site_build_requests_build_id_site_builds_id_fk" FOREIGN KEY ("build_id") REFERENCES "public"."site_builds"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_builds_updated_at_idx" ON "site_builds" USING btree ("updated_at");
  CREATE INDEX "site_builds_created_at_idx" ON "site_builds" USING btree ("created_at");
  CREATE INDEX "site_build_requests_build_idx" ON "site_build_requests" USING btree ("build_id");
  CREATE INDEX "site_build_requests_updated_at_idx" ON "site_build_requests" USING btree ("updated_at");
  CREATE INDEX "site_build_requests_created_at_idx" ON "site_build_requests" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_builds_fk" FOREIGN KEY ("site_builds_id") REFERENCES "public"."site_builds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_site_build_requests_fk" FOREIGN KEY ("site_build_requests_id") REFERENCES "public"."site_build_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_site_builds_id_idx" ON "payload_locked_documents_rels" USING btree ("site_builds_id");
  CREATE INDEX "payload_locked_documents_rels_site_build_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("site_build_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_build_requests" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "site_builds" CASCADE;
  DROP TABLE "site_build_requests" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_builds_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_site_build_requests_fk";
  
  DROP INDEX "payload_locked_documents_rels_site_builds_id_idx";
  DROP INDEX "payload_locked_documents_rels_site_build_requests_id_idx";
  ALTER TABLE "users" ALTER COLUMN "role" SET DEFAULT 'editor';
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_builds_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "site_build_requests_id";
  DROP TYPE "public"."enum_site_builds_status";`)
}

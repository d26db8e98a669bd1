import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_missing_translations" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum__pages_v_version_missing_translations" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_publications_missing_translations" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum__publications_v_version_missing_translations" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_hearings_missing_translations" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum__hearings_v_version_missing_translations" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_partner_networks_missing_translations" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum__partner_networks_v_version_missing_translations" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_trainings_missing_translations" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum__trainings_v_version_missing_translations" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "pages_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_pages_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_pages_v_version_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__pages_v_version_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "publications_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_publications_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_publications_v_version_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__publications_v_version_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "hearings_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_hearings_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_hearings_v_version_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__hearings_v_version_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "partner_networks_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_partner_networks_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_partner_networks_v_version_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__partner_networks_v_version_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "trainings_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_trainings_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_trainings_v_version_missing_translations" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__trainings_v_version_missing_translations",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "navigation_header" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"page_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "navigation_footer" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"page_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "navigation" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "site_settings" ADD COLUMN "organisation_name" varchar;
  ALTER TABLE "pages_missing_translations" ADD CONSTRAINT "pages_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_version_missing_translations" ADD CONSTRAINT "_pages_v_version_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_missing_translations" ADD CONSTRAINT "publications_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v_version_missing_translations" ADD CONSTRAINT "_publications_v_version_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hearings_missing_translations" ADD CONSTRAINT "hearings_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hearings_v_version_missing_translations" ADD CONSTRAINT "_hearings_v_version_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_hearings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_networks_missing_translations" ADD CONSTRAINT "partner_networks_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partner_networks_v_version_missing_translations" ADD CONSTRAINT "_partner_networks_v_version_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_partner_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_missing_translations" ADD CONSTRAINT "trainings_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v_version_missing_translations" ADD CONSTRAINT "_trainings_v_version_missing_translations_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_header" ADD CONSTRAINT "navigation_header_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "navigation_header" ADD CONSTRAINT "navigation_header_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "navigation_footer" ADD CONSTRAINT "navigation_footer_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "navigation_footer" ADD CONSTRAINT "navigation_footer_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."navigation"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_missing_translations_order_idx" ON "pages_missing_translations" USING btree ("order");
  CREATE INDEX "pages_missing_translations_parent_idx" ON "pages_missing_translations" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_missing_translations_order_idx" ON "_pages_v_version_missing_translations" USING btree ("order");
  CREATE INDEX "_pages_v_version_missing_translations_parent_idx" ON "_pages_v_version_missing_translations" USING btree ("parent_id");
  CREATE INDEX "publications_missing_translations_order_idx" ON "publications_missing_translations" USING btree ("order");
  CREATE INDEX "publications_missing_translations_parent_idx" ON "publications_missing_translations" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_missing_translations_order_idx" ON "_publications_v_version_missing_translations" USING btree ("order");
  CREATE INDEX "_publications_v_version_missing_translations_parent_idx" ON "_publications_v_version_missing_translations" USING btree ("parent_id");
  CREATE INDEX "hearings_missing_translations_order_idx" ON "hearings_missing_translations" USING btree ("order");
  CREATE INDEX "hearings_missing_translations_parent_idx" ON "hearings_missing_translations" USING btree ("parent_id");
  CREATE INDEX "_hearings_v_version_missing_translations_order_idx" ON "_hearings_v_version_missing_translations" USING btree ("order");
  CREATE INDEX "_hearings_v_version_missing_translations_parent_idx" ON "_hearings_v_version_missing_translations" USING btree ("parent_id");
  CREATE INDEX "partner_networks_missing_translations_order_idx" ON "partner_networks_missing_translations" USING btree ("order");
  CREATE INDEX "partner_networks_missing_translations_parent_idx" ON "partner_networks_missing_translations" USING btree ("parent_id");
  CREATE INDEX "_partner_networks_v_version_missing_translations_order_idx" ON "_partner_networks_v_version_missing_translations" USING btree ("order");
  CREATE INDEX "_partner_networks_v_version_missing_translations_parent_idx" ON "_partner_networks_v_version_missing_translations" USING btree ("parent_id");
  CREATE INDEX "trainings_missing_translations_order_idx" ON "trainings_missing_translations" USING btree ("order");
  CREATE INDEX "trainings_missing_translations_parent_idx" ON "trainings_missing_translations" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_version_missing_translations_order_idx" ON "_trainings_v_version_missing_translations" USING btree ("order");
  CREATE INDEX "_trainings_v_version_missing_translations_parent_idx" ON "_trainings_v_version_missing_translations" USING btree ("parent_id");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "navigation_header_order_idx" ON "navigation_header" USING btree ("_order");
  CREATE INDEX "navigation_header_parent_id_idx" ON "navigation_header" USING btree ("_parent_id");
  CREATE INDEX "navigation_header_locale_idx" ON "navigation_header" USING btree ("_locale");
  CREATE INDEX "navigation_header_page_idx" ON "navigation_header" USING btree ("page_id");
  CREATE INDEX "navigation_footer_order_idx" ON "navigation_footer" USING btree ("_order");
  CREATE INDEX "navigation_footer_parent_id_idx" ON "navigation_footer" USING btree ("_parent_id");
  CREATE INDEX "navigation_footer_locale_idx" ON "navigation_footer" USING btree ("_locale");
  CREATE INDEX "navigation_footer_page_idx" ON "navigation_footer" USING btree ("page_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pages_missing_translations" CASCADE;
  DROP TABLE "_pages_v_version_missing_translations" CASCADE;
  DROP TABLE "publications_missing_translations" CASCADE;
  DROP TABLE "_publications_v_version_missing_translations" CASCADE;
  DROP TABLE "hearings_missing_translations" CASCADE;
  DROP TABLE "_hearings_v_version_missing_translations" CASCADE;
  DROP TABLE "partner_networks_missing_translations" CASCADE;
  DROP TABLE "_partner_networks_v_version_missing_translations" CASCADE;
  DROP TABLE "trainings_missing_translations" CASCADE;
  DROP TABLE "_trainings_v_version_missing_translations" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "navigation_header" CASCADE;
  DROP TABLE "navigation_footer" CASCADE;
  DROP TABLE "navigation" CASCADE;
  ALTER TABLE "site_settings" DROP COLUMN "organisation_name";
  DROP TYPE "public"."enum_pages_missing_translations";
  DROP TYPE "public"."enum__pages_v_version_missing_translations";
  DROP TYPE "public"."enum_publications_missing_translations";
  DROP TYPE "public"."enum__publications_v_version_missing_translations";
  DROP TYPE "public"."enum_hearings_missing_translations";
  DROP TYPE "public"."enum__hearings_v_version_missing_translations";
  DROP TYPE "public"."enum_partner_networks_missing_translations";
  DROP TYPE "public"."enum__partner_networks_v_version_missing_translations";
  DROP TYPE "public"."enum_trainings_missing_translations";
  DROP TYPE "public"."enum__trainings_v_version_missing_translations";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}

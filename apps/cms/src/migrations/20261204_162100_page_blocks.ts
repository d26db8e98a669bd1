import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_blocks_audience_paths_paths_links_destination" AS ENUM('page', 'appointment', 'membership', 'urgent-numbers', 'trainings', 'advocacy');
  CREATE TYPE "public"."enum_pages_blocks_call_to_action_link_destination" AS ENUM('page', 'appointment', 'membership', 'urgent-numbers', 'trainings', 'advocacy');
  CREATE TYPE "public"."enum__pages_v_blocks_audience_paths_paths_links_destination" AS ENUM('page', 'appointment', 'membership', 'urgent-numbers', 'trainings', 'advocacy');
  CREATE TYPE "public"."enum__pages_v_blocks_call_to_action_link_destination" AS ENUM('page', 'appointment', 'membership', 'urgent-numbers', 'trainings', 'advocacy');
  CREATE TABLE "pages_blocks_audience_paths_paths_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"destination" "enum_pages_blocks_audience_paths_paths_links_destination" DEFAULT 'page',
  	"page_id" integer,
  	"label" varchar
  );
  
  CREATE TABLE "pages_blocks_audience_paths_paths" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar
  );
  
  CREATE TABLE "pages_blocks_audience_paths" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_urgent_numbers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_latest_advocacy" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 3,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_featured_trainings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"link_destination" "enum_pages_blocks_call_to_action_link_destination" DEFAULT 'page',
  	"link_page_id" integer,
  	"link_label" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"trainings_id" integer
  );
  
  CREATE TABLE "_pages_v_blocks_audience_paths_paths_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"destination" "enum__pages_v_blocks_audience_paths_paths_links_destination" DEFAULT 'page',
  	"page_id" integer,
  	"label" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_audience_paths_paths" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_audience_paths" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_urgent_numbers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_latest_advocacy" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"count" numeric DEFAULT 3,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_featured_trainings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"link_destination" "enum__pages_v_blocks_call_to_action_link_destination" DEFAULT 'page',
  	"link_page_id" integer,
  	"link_label" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"locale" "_locales",
  	"trainings_id" integer
  );
  
  ALTER TABLE "pages_blocks_audience_paths_paths_links" ADD CONSTRAINT "pages_blocks_audience_paths_paths_links_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_audience_paths_paths_links" ADD CONSTRAINT "pages_blocks_audience_paths_paths_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_audience_paths_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_audience_paths_paths" ADD CONSTRAINT "pages_blocks_audience_paths_paths_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_audience_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_audience_paths" ADD CONSTRAINT "pages_blocks_audience_paths_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_urgent_numbers" ADD CONSTRAINT "pages_blocks_urgent_numbers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_latest_advocacy" ADD CONSTRAINT "pages_blocks_latest_advocacy_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_featured_trainings" ADD CONSTRAINT "pages_blocks_featured_trainings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_link_page_id_pages_id_fk" FOREIGN KEY ("link_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_call_to_action" ADD CONSTRAINT "pages_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_rich_text" ADD CONSTRAINT "pages_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_rels" ADD CONSTRAINT "pages_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_audience_paths_paths_links" ADD CONSTRAINT "_pages_v_blocks_audience_paths_paths_links_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_audience_paths_paths_links" ADD CONSTRAINT "_pages_v_blocks_audience_paths_paths_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_audience_paths_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_audience_paths_paths" ADD CONSTRAINT "_pages_v_blocks_audience_paths_paths_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_audience_paths"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_audience_paths" ADD CONSTRAINT "_pages_v_blocks_audience_paths_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_urgent_numbers" ADD CONSTRAINT "_pages_v_blocks_urgent_numbers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_latest_advocacy" ADD CONSTRAINT "_pages_v_blocks_latest_advocacy_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_featured_trainings" ADD CONSTRAINT "_pages_v_blocks_featured_trainings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_link_page_id_pages_id_fk" FOREIGN KEY ("link_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_call_to_action" ADD CONSTRAINT "_pages_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_rich_text" ADD CONSTRAINT "_pages_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_rels" ADD CONSTRAINT "_pages_v_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_audience_paths_paths_links_order_idx" ON "pages_blocks_audience_paths_paths_links" USING btree ("_order");
  CREATE INDEX "pages_blocks_audience_paths_paths_links_parent_id_idx" ON "pages_blocks_audience_paths_paths_links" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_audience_paths_paths_links_locale_idx" ON "pages_blocks_audience_paths_paths_links" USING btree ("_locale");
  CREATE INDEX "pages_blocks_audience_paths_paths_links_page_idx" ON "pages_blocks_audience_paths_paths_links" USING btree ("page_id");
  CREATE INDEX "pages_blocks_audience_paths_paths_order_idx" ON "pages_blocks_audience_paths_paths" USING btree ("_order");
  CREATE INDEX "pages_blocks_audience_paths_paths_parent_id_idx" ON "pages_blocks_audience_paths_paths" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_audience_paths_paths_locale_idx" ON "pages_blocks_audience_paths_paths" USING btree ("_locale");
  CREATE INDEX "pages_blocks_audience_paths_order_idx" ON "pages_blocks_audience_paths" USING btree ("_order");
  CREATE INDEX "pages_blocks_audience_paths_parent_id_idx" ON "pages_blocks_audience_paths" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_audience_paths_path_idx" ON "pages_blocks_audience_paths" USING btree ("_path");
  CREATE INDEX "pages_blocks_audience_paths_locale_idx" ON "pages_blocks_audience_paths" USING btree ("_locale");
  CREATE INDEX "pages_blocks_urgent_numbers_order_idx" ON "pages_blocks_urgent_numbers" USING btree ("_order");
  CREATE INDEX "pages_blocks_urgent_numbers_parent_id_idx" ON "pages_blocks_urgent_numbers" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_urgent_numbers_path_idx" ON "pages_blocks_urgent_numbers" USING btree ("_path");
  CREATE INDEX "pages_blocks_urgent_numbers_locale_idx" ON "pages_blocks_urgent_numbers" USING btree ("_locale");
  CREATE INDEX "pages_blocks_latest_advocacy_order_idx" ON "pages_blocks_latest_advocacy" USING btree ("_order");
  CREATE INDEX "pages_blocks_latest_advocacy_parent_id_idx" ON "pages_blocks_latest_advocacy" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_latest_advocacy_path_idx" ON "pages_blocks_latest_advocacy" USING btree ("_path");
  CREATE INDEX "pages_blocks_latest_advocacy_locale_idx" ON "pages_blocks_latest_advocacy" USING btree ("_locale");
  CREATE INDEX "pages_blocks_featured_trainings_order_idx" ON "pages_blocks_featured_trainings" USING btree ("_order");
  CREATE INDEX "pages_blocks_featured_trainings_parent_id_idx" ON "pages_blocks_featured_trainings" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_featured_trainings_path_idx" ON "pages_blocks_featured_trainings" USING btree ("_path");
  CREATE INDEX "pages_blocks_featured_trainings_locale_idx" ON "pages_blocks_featured_trainings" USING btree ("_locale");
  CREATE INDEX "pages_blocks_call_to_action_order_idx" ON "pages_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "pages_blocks_call_to_action_parent_id_idx" ON "pages_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_call_to_action_path_idx" ON "pages_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "pages_blocks_call_to_action_locale_idx" ON "pages_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "pages_blocks_call_to_action_link_link_page_idx" ON "pages_blocks_call_to_action" USING btree ("link_page_id");
  CREATE INDEX "pages_blocks_rich_text_order_idx" ON "pages_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "pages_blocks_rich_text_parent_id_idx" ON "pages_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_rich_text_path_idx" ON "pages_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "pages_blocks_rich_text_locale_idx" ON "pages_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "pages_rels_order_idx" ON "pages_rels" USING btree ("order");
  CREATE INDEX "pages_rels_parent_idx" ON "pages_rels" USING btree ("parent_id");
  CREATE INDEX "pages_rels_path_idx" ON "pages_rels" USING btree ("path");
  CREATE INDEX "pages_rels_locale_idx" ON "pages_rels" USING btree ("locale");
  CREATE INDEX "pages_rels_trainings_id_idx" ON "pages_rels" USING btree ("trainings_id","locale");
  CREATE INDEX "_pages_v_blocks_audience_paths_paths_links_order_idx" ON "_pages_v_blocks_audience_paths_paths_links" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_audience_paths_paths_links_parent_id_idx" ON "_pages_v_blocks_audience_paths_paths_links" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_audience_paths_paths_links_locale_idx" ON "_pages_v_blocks_audience_paths_paths_links" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_audience_paths_paths_links_page_idx" ON "_pages_v_blocks_audience_paths_paths_links" USING btree ("page_id");
  CREATE INDEX "_pages_v_blocks_audience_paths_paths_order_idx" ON "_pages_v_blocks_audience_paths_paths" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_audience_paths_paths_parent_id_idx" ON "_pages_v_blocks_audience_paths_paths" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_audience_paths_paths_locale_idx" ON "_pages_v_blocks_audience_paths_paths" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_audience_paths_order_idx" ON "_pages_v_blocks_audience_paths" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_audience_paths_parent_id_idx" ON "_pages_v_blocks_audience_paths" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_audience_paths_path_idx" ON "_pages_v_blocks_audience_paths" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_audience_paths_locale_idx" ON "_pages_v_blocks_audience_paths" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_urgent_numbers_order_idx" ON "_pages_v_blocks_urgent_numbers" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_urgent_numbers_parent_id_idx" ON "_pages_v_blocks_urgent_numbers" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_urgent_numbers_path_idx" ON "_pages_v_blocks_urgent_numbers" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_urgent_numbers_locale_idx" ON "_pages_v_blocks_urgent_numbers" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_latest_advocacy_order_idx" ON "_pages_v_blocks_latest_advocacy" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_latest_advocacy_parent_id_idx" ON "_pages_v_blocks_latest_advocacy" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_latest_advocacy_path_idx" ON "_pages_v_blocks_latest_advocacy" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_latest_advocacy_locale_idx" ON "_pages_v_blocks_latest_advocacy" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_featured_trainings_order_idx" ON "_pages_v_blocks_featured_trainings" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_featured_trainings_parent_id_idx" ON "_pages_v_blocks_featured_trainings" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_featured_trainings_path_idx" ON "_pages_v_blocks_featured_trainings" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_featured_trainings_locale_idx" ON "_pages_v_blocks_featured_trainings" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_call_to_action_order_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_call_to_action_parent_id_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_call_to_action_path_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_call_to_action_locale_idx" ON "_pages_v_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_call_to_action_link_link_page_idx" ON "_pages_v_blocks_call_to_action" USING btree ("link_page_id");
  CREATE INDEX "_pages_v_blocks_rich_text_order_idx" ON "_pages_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_rich_text_parent_id_idx" ON "_pages_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_rich_text_path_idx" ON "_pages_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_rich_text_locale_idx" ON "_pages_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_pages_v_rels_order_idx" ON "_pages_v_rels" USING btree ("order");
  CREATE INDEX "_pages_v_rels_parent_idx" ON "_pages_v_rels" USING btree ("parent_id");
  CREATE INDEX "_pages_v_rels_path_idx" ON "_pages_v_rels" USING btree ("path");
  CREATE INDEX "_pages_v_rels_locale_idx" ON "_pages_v_rels" USING btree ("locale");
  CREATE INDEX "_pages_v_rels_trainings_id_idx" ON "_pages_v_rels" USING btree ("trainings_id","locale");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pages_blocks_audience_paths_paths_links" CASCADE;
  DROP TABLE "pages_blocks_audience_paths_paths" CASCADE;
  DROP TABLE "pages_blocks_audience_paths" CASCADE;
  DROP TABLE "pages_blocks_urgent_numbers" CASCADE;
  DROP TABLE "pages_blocks_latest_advocacy" CASCADE;
  DROP TABLE "pages_blocks_featured_trainings" CASCADE;
  DROP TABLE "pages_blocks_call_to_action" CASCADE;
  DROP TABLE "pages_blocks_rich_text" CASCADE;
  DROP TABLE "pages_rels" CASCADE;
  DROP TABLE "_pages_v_blocks_audience_paths_paths_links" CASCADE;
  DROP TABLE "_pages_v_blocks_audience_paths_paths" CASCADE;
  DROP TABLE "_pages_v_blocks_audience_paths" CASCADE;
  DROP TABLE "_pages_v_blocks_urgent_numbers" CASCADE;
  DROP TABLE "_pages_v_blocks_latest_advocacy" CASCADE;
  DROP TABLE "_pages_v_blocks_featured_trainings" CASCADE;
  DROP TABLE "_pages_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_pages_v_blocks_rich_text" CASCADE;
  DROP TABLE "_pages_v_rels" CASCADE;
  DROP TYPE "public"."enum_pages_blocks_audience_paths_paths_links_destination";
  DROP TYPE "public"."enum_pages_blocks_call_to_action_link_destination";
  DROP TYPE "public"."enum__pages_v_blocks_audience_paths_paths_links_destination";
  DROP TYPE "public"."enum__pages_v_blocks_call_to_action_link_destination";`)
}

import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_pages_purpose" AS ENUM('home', 'victims', 'professionals', 'peer-education', 'advocacy', 'networks', 'membership-contact');
  CREATE TYPE "public"."enum_pages_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_version_purpose" AS ENUM('home', 'victims', 'professionals', 'peer-education', 'advocacy', 'networks', 'membership-contact');
  CREATE TYPE "public"."enum__pages_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__pages_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_publications_kind" AS ENUM('contribution', 'report', 'recommendation', 'podcast', 'official-text');
  CREATE TYPE "public"."enum_publications_origin" AS ENUM('mist', 'external');
  CREATE TYPE "public"."enum_publications_institution" AS ENUM('greta', 'cncdh', 'miprof', 'un-special-rapporteur', 'government');
  CREATE TYPE "public"."enum_publications_date_precision" AS ENUM('day', 'month');
  CREATE TYPE "public"."enum_publications_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__publications_v_version_kind" AS ENUM('contribution', 'report', 'recommendation', 'podcast', 'official-text');
  CREATE TYPE "public"."enum__publications_v_version_origin" AS ENUM('mist', 'external');
  CREATE TYPE "public"."enum__publications_v_version_institution" AS ENUM('greta', 'cncdh', 'miprof', 'un-special-rapporteur', 'government');
  CREATE TYPE "public"."enum__publications_v_version_date_precision" AS ENUM('day', 'month');
  CREATE TYPE "public"."enum__publications_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__publications_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_hearings_kind" AS ENUM('hearing', 'work-group', 'consultation');
  CREATE TYPE "public"."enum_hearings_institution" AS ENUM('greta', 'cncdh', 'miprof', 'un-special-rapporteur', 'government');
  CREATE TYPE "public"."enum_hearings_date_precision" AS ENUM('day', 'month');
  CREATE TYPE "public"."enum_hearings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__hearings_v_version_kind" AS ENUM('hearing', 'work-group', 'consultation');
  CREATE TYPE "public"."enum__hearings_v_version_institution" AS ENUM('greta', 'cncdh', 'miprof', 'un-special-rapporteur', 'government');
  CREATE TYPE "public"."enum__hearings_v_version_date_precision" AS ENUM('day', 'month');
  CREATE TYPE "public"."enum__hearings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__hearings_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_partner_networks_kind" AS ENUM('network-membership', 'work-group', 'partnership');
  CREATE TYPE "public"."enum_partner_networks_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__partner_networks_v_version_kind" AS ENUM('network-membership', 'work-group', 'partnership');
  CREATE TYPE "public"."enum__partner_networks_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__partner_networks_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_trainings_audience" AS ENUM('minors', 'adults', 'both');
  CREATE TYPE "public"."enum_trainings_format" AS ENUM('initial', 'continued', 'long-term-support', 'practice-analysis-group');
  CREATE TYPE "public"."enum_trainings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_version_audience" AS ENUM('minors', 'adults', 'both');
  CREATE TYPE "public"."enum__trainings_v_version_format" AS ENUM('initial', 'continued', 'long-term-support', 'practice-analysis-group');
  CREATE TYPE "public"."enum__trainings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__trainings_v_published_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_form_submissions_form_type" AS ENUM('quote-request');
  CREATE TYPE "public"."enum_form_submissions_locale" AS ENUM('fr', 'en');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor');
  CREATE TABLE "pages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"purpose" "enum_pages_purpose",
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_pages_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "pages_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_pages_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_purpose" "enum__pages_v_version_purpose",
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__pages_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__pages_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_pages_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_publications_kind",
  	"origin" "enum_publications_origin" DEFAULT 'mist',
  	"institution" "enum_publications_institution",
  	"date" timestamp(3) with time zone,
  	"date_precision" "enum_publications_date_precision" DEFAULT 'day',
  	"external_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_publications_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "publications_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_publications_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__publications_v_version_kind",
  	"version_origin" "enum__publications_v_version_origin" DEFAULT 'mist',
  	"version_institution" "enum__publications_v_version_institution",
  	"version_date" timestamp(3) with time zone,
  	"version_date_precision" "enum__publications_v_version_date_precision" DEFAULT 'day',
  	"version_external_url" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__publications_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__publications_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_publications_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "hearings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_hearings_kind" DEFAULT 'hearing',
  	"institution" "enum_hearings_institution",
  	"date" timestamp(3) with time zone,
  	"date_precision" "enum_hearings_date_precision" DEFAULT 'day',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_hearings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "hearings_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "hearings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"publications_id" integer
  );
  
  CREATE TABLE "_hearings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__hearings_v_version_kind" DEFAULT 'hearing',
  	"version_institution" "enum__hearings_v_version_institution",
  	"version_date" timestamp(3) with time zone,
  	"version_date_precision" "enum__hearings_v_version_date_precision" DEFAULT 'day',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__hearings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__hearings_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_hearings_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_summary" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_hearings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"publications_id" integer
  );
  
  CREATE TABLE "partner_networks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_partner_networks_kind",
  	"url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_partner_networks_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "partner_networks_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_partner_networks_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_kind" "enum__partner_networks_v_version_kind",
  	"version_url" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__partner_networks_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__partner_networks_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_partner_networks_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "trainings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"audience" "enum_trainings_audience",
  	"format" "enum_trainings_format",
  	"on_request" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_trainings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "trainings_locales" (
  	"title" varchar,
  	"slug" varchar,
  	"description" varchar,
  	"duration" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_trainings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_audience" "enum__trainings_v_version_audience",
  	"version_format" "enum__trainings_v_version_format",
  	"version_on_request" boolean DEFAULT false,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__trainings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__trainings_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_trainings_v_locales" (
  	"version_title" varchar,
  	"version_slug" varchar,
  	"version_description" varchar,
  	"version_duration" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "form_submissions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"form_type" "enum_form_submissions_form_type" NOT NULL,
  	"locale" "enum_form_submissions_locale" NOT NULL,
  	"quote_request_name" varchar,
  	"quote_request_organisation" varchar,
  	"quote_request_email" varchar,
  	"quote_request_phone" varchar,
  	"quote_request_training_id" integer,
  	"quote_request_training_other" varchar,
  	"quote_request_participants" numeric,
  	"quote_request_message" varchar,
  	"quote_request_consent" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"publications_id" integer,
  	"hearings_id" integer,
  	"partner_networks_id" integer,
  	"trainings_id" integer,
  	"form_submissions_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"contact_email" varchar,
  	"contact_phone" varchar,
  	"postal_address" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "pages_locales" ADD CONSTRAINT "pages_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v" ADD CONSTRAINT "_pages_v_parent_id_pages_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_locales" ADD CONSTRAINT "_pages_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "publications_locales" ADD CONSTRAINT "publications_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_publications_v" ADD CONSTRAINT "_publications_v_parent_id_publications_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."publications"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v_locales" ADD CONSTRAINT "_publications_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_publications_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hearings_locales" ADD CONSTRAINT "hearings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hearings_rels" ADD CONSTRAINT "hearings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hearings_rels" ADD CONSTRAINT "hearings_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hearings_v" ADD CONSTRAINT "_hearings_v_parent_id_hearings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."hearings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_hearings_v_locales" ADD CONSTRAINT "_hearings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_hearings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hearings_v_rels" ADD CONSTRAINT "_hearings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_hearings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hearings_v_rels" ADD CONSTRAINT "_hearings_v_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "partner_networks_locales" ADD CONSTRAINT "partner_networks_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."partner_networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_partner_networks_v" ADD CONSTRAINT "_partner_networks_v_parent_id_partner_networks_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."partner_networks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_partner_networks_v_locales" ADD CONSTRAINT "_partner_networks_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_partner_networks_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "trainings_locales" ADD CONSTRAINT "trainings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_trainings_v" ADD CONSTRAINT "_trainings_v_parent_id_trainings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_trainings_v_locales" ADD CONSTRAINT "_trainings_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_trainings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "form_submissions" ADD CONSTRAINT "form_submissions_quote_request_training_id_trainings_id_fk" FOREIGN KEY ("quote_request_training_id") REFERENCES "public"."trainings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hearings_fk" FOREIGN KEY ("hearings_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_partner_networks_fk" FOREIGN KEY ("partner_networks_id") REFERENCES "public"."partner_networks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_form_submissions_fk" FOREIGN KEY ("form_submissions_id") REFERENCES "public"."form_submissions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "pages_purpose_idx" ON "pages" USING btree ("purpose");
  CREATE INDEX "pages_updated_at_idx" ON "pages" USING btree ("updated_at");
  CREATE INDEX "pages_created_at_idx" ON "pages" USING btree ("created_at");
  CREATE INDEX "pages__status_idx" ON "pages" USING btree ("_status");
  CREATE INDEX "pages_slug_idx" ON "pages_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "pages_locales_locale_parent_id_unique" ON "pages_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_pages_v_parent_idx" ON "_pages_v" USING btree ("parent_id");
  CREATE INDEX "_pages_v_version_version_purpose_idx" ON "_pages_v" USING btree ("version_purpose");
  CREATE INDEX "_pages_v_version_version_updated_at_idx" ON "_pages_v" USING btree ("version_updated_at");
  CREATE INDEX "_pages_v_version_version_created_at_idx" ON "_pages_v" USING btree ("version_created_at");
  CREATE INDEX "_pages_v_version_version__status_idx" ON "_pages_v" USING btree ("version__status");
  CREATE INDEX "_pages_v_created_at_idx" ON "_pages_v" USING btree ("created_at");
  CREATE INDEX "_pages_v_updated_at_idx" ON "_pages_v" USING btree ("updated_at");
  CREATE INDEX "_pages_v_snapshot_idx" ON "_pages_v" USING btree ("snapshot");
  CREATE INDEX "_pages_v_published_locale_idx" ON "_pages_v" USING btree ("published_locale");
  CREATE INDEX "_pages_v_latest_idx" ON "_pages_v" USING btree ("latest");
  CREATE INDEX "_pages_v_version_version_slug_idx" ON "_pages_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_pages_v_locales_locale_parent_id_unique" ON "_pages_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE INDEX "publications__status_idx" ON "publications" USING btree ("_status");
  CREATE INDEX "publications_slug_idx" ON "publications_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "publications_locales_locale_parent_id_unique" ON "publications_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_publications_v_parent_idx" ON "_publications_v" USING btree ("parent_id");
  CREATE INDEX "_publications_v_version_version_updated_at_idx" ON "_publications_v" USING btree ("version_updated_at");
  CREATE INDEX "_publications_v_version_version_created_at_idx" ON "_publications_v" USING btree ("version_created_at");
  CREATE INDEX "_publications_v_version_version__status_idx" ON "_publications_v" USING btree ("version__status");
  CREATE INDEX "_publications_v_created_at_idx" ON "_publications_v" USING btree ("created_at");
  CREATE INDEX "_publications_v_updated_at_idx" ON "_publications_v" USING btree ("updated_at");
  CREATE INDEX "_publications_v_snapshot_idx" ON "_publications_v" USING btree ("snapshot");
  CREATE INDEX "_publications_v_published_locale_idx" ON "_publications_v" USING btree ("published_locale");
  CREATE INDEX "_publications_v_latest_idx" ON "_publications_v" USING btree ("latest");
  CREATE INDEX "_publications_v_version_version_slug_idx" ON "_publications_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_publications_v_locales_locale_parent_id_unique" ON "_publications_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "hearings_updated_at_idx" ON "hearings" USING btree ("updated_at");
  CREATE INDEX "hearings_created_at_idx" ON "hearings" USING btree ("created_at");
  CREATE INDEX "hearings__status_idx" ON "hearings" USING btree ("_status");
  CREATE INDEX "hearings_slug_idx" ON "hearings_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "hearings_locales_locale_parent_id_unique" ON "hearings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "hearings_rels_order_idx" ON "hearings_rels" USING btree ("order");
  CREATE INDEX "hearings_rels_parent_idx" ON "hearings_rels" USING btree ("parent_id");
  CREATE INDEX "hearings_rels_path_idx" ON "hearings_rels" USING btree ("path");
  CREATE INDEX "hearings_rels_publications_id_idx" ON "hearings_rels" USING btree ("publications_id");
  CREATE INDEX "_hearings_v_parent_idx" ON "_hearings_v" USING btree ("parent_id");
  CREATE INDEX "_hearings_v_version_version_updated_at_idx" ON "_hearings_v" USING btree ("version_updated_at");
  CREATE INDEX "_hearings_v_version_version_created_at_idx" ON "_hearings_v" USING btree ("version_created_at");
  CREATE INDEX "_hearings_v_version_version__status_idx" ON "_hearings_v" USING btree ("version__status");
  CREATE INDEX "_hearings_v_created_at_idx" ON "_hearings_v" USING btree ("created_at");
  CREATE INDEX "_hearings_v_updated_at_idx" ON "_hearings_v" USING btree ("updated_at");
  CREATE INDEX "_hearings_v_snapshot_idx" ON "_hearings_v" USING btree ("snapshot");
  CREATE INDEX "_hearings_v_published_locale_idx" ON "_hearings_v" USING btree ("published_locale");
  CREATE INDEX "_hearings_v_latest_idx" ON "_hearings_v" USING btree ("latest");
  CREATE INDEX "_hearings_v_version_version_slug_idx" ON "_hearings_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_hearings_v_locales_locale_parent_id_unique" ON "_hearings_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_hearings_v_rels_order_idx" ON "_hearings_v_rels" USING btree ("order");
  CREATE INDEX "_hearings_v_rels_parent_idx" ON "_hearings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_hearings_v_rels_path_idx" ON "_hearings_v_rels" USING btree ("path");
  CREATE INDEX "_hearings_v_rels_publications_id_idx" ON "_hearings_v_rels" USING btree ("publications_id");
  CREATE INDEX "partner_networks_updated_at_idx" ON "partner_networks" USING btree ("updated_at");
  CREATE INDEX "partner_networks_created_at_idx" ON "partner_networks" USING btree ("created_at");
  CREATE INDEX "partner_networks__status_idx" ON "partner_networks" USING btree ("_status");
  CREATE UNIQUE INDEX "partner_networks_locales_locale_parent_id_unique" ON "partner_networks_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_partner_networks_v_parent_idx" ON "_partner_networks_v" USING btree ("parent_id");
  CREATE INDEX "_partner_networks_v_version_version_updated_at_idx" ON "_partner_networks_v" USING btree ("version_updated_at");
  CREATE INDEX "_partner_networks_v_version_version_created_at_idx" ON "_partner_networks_v" USING btree ("version_created_at");
  CREATE INDEX "_partner_networks_v_version_version__status_idx" ON "_partner_networks_v" USING btree ("version__status");
  CREATE INDEX "_partner_networks_v_created_at_idx" ON "_partner_networks_v" USING btree ("created_at");
  CREATE INDEX "_partner_networks_v_updated_at_idx" ON "_partner_networks_v" USING btree ("updated_at");
  CREATE INDEX "_partner_networks_v_snapshot_idx" ON "_partner_networks_v" USING btree ("snapshot");
  CREATE INDEX "_partner_networks_v_published_locale_idx" ON "_partner_networks_v" USING btree ("published_locale");
  CREATE INDEX "_partner_networks_v_latest_idx" ON "_partner_networks_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_partner_networks_v_locales_locale_parent_id_unique" ON "_partner_networks_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "trainings_updated_at_idx" ON "trainings" USING btree ("updated_at");
  CREATE INDEX "trainings_created_at_idx" ON "trainings" USING btree ("created_at");
  CREATE INDEX "trainings__status_idx" ON "trainings" USING btree ("_status");
  CREATE INDEX "trainings_slug_idx" ON "trainings_locales" USING btree ("slug","_locale");
  CREATE UNIQUE INDEX "trainings_locales_locale_parent_id_unique" ON "trainings_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_trainings_v_parent_idx" ON "_trainings_v" USING btree ("parent_id");
  CREATE INDEX "_trainings_v_version_version_updated_at_idx" ON "_trainings_v" USING btree ("version_updated_at");
  CREATE INDEX "_trainings_v_version_version_created_at_idx" ON "_trainings_v" USING btree ("version_created_at");
  CREATE INDEX "_trainings_v_version_version__status_idx" ON "_trainings_v" USING btree ("version__status");
  CREATE INDEX "_trainings_v_created_at_idx" ON "_trainings_v" USING btree ("created_at");
  CREATE INDEX "_trainings_v_updated_at_idx" ON "_trainings_v" USING btree ("updated_at");
  CREATE INDEX "_trainings_v_snapshot_idx" ON "_trainings_v" USING btree ("snapshot");
  CREATE INDEX "_trainings_v_published_locale_idx" ON "_trainings_v" USING btree ("published_locale");
  CREATE INDEX "_trainings_v_latest_idx" ON "_trainings_v" USING btree ("latest");
  CREATE INDEX "_trainings_v_version_version_slug_idx" ON "_trainings_v_locales" USING btree ("version_slug","_locale");
  CREATE UNIQUE INDEX "_trainings_v_locales_locale_parent_id_unique" ON "_trainings_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "form_submissions_quote_request_quote_request_training_idx" ON "form_submissions" USING btree ("quote_request_training_id");
  CREATE INDEX "form_submissions_updated_at_idx" ON "form_submissions" USING btree ("updated_at");
  CREATE INDEX "form_submissions_created_at_idx" ON "form_submissions" USING btree ("created_at");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_pages_id_idx" ON "payload_locked_documents_rels" USING btree ("pages_id");
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_locked_documents_rels_hearings_id_idx" ON "payload_locked_documents_rels" USING btree ("hearings_id");
  CREATE INDEX "payload_locked_documents_rels_partner_networks_id_idx" ON "payload_locked_documents_rels" USING btree ("partner_networks_id");
  CREATE INDEX "payload_locked_documents_rels_trainings_id_idx" ON "payload_locked_documents_rels" USING btree ("trainings_id");
  CREATE INDEX "payload_locked_documents_rels_form_submissions_id_idx" ON "payload_locked_documents_rels" USING btree ("form_submissions_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pages" CASCADE;
  DROP TABLE "pages_locales" CASCADE;
  DROP TABLE "_pages_v" CASCADE;
  DROP TABLE "_pages_v_locales" CASCADE;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "publications_locales" CASCADE;
  DROP TABLE "_publications_v" CASCADE;
  DROP TABLE "_publications_v_locales" CASCADE;
  DROP TABLE "hearings" CASCADE;
  DROP TABLE "hearings_locales" CASCADE;
  DROP TABLE "hearings_rels" CASCADE;
  DROP TABLE "_hearings_v" CASCADE;
  DROP TABLE "_hearings_v_locales" CASCADE;
  DROP TABLE "_hearings_v_rels" CASCADE;
  DROP TABLE "partner_networks" CASCADE;
  DROP TABLE "partner_networks_locales" CASCADE;
  DROP TABLE "_partner_networks_v" CASCADE;
  DROP TABLE "_partner_networks_v_locales" CASCADE;
  DROP TABLE "trainings" CASCADE;
  DROP TABLE "trainings_locales" CASCADE;
  DROP TABLE "_trainings_v" CASCADE;
  DROP TABLE "_trainings_v_locales" CASCADE;
  DROP TABLE "form_submissions" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "site_settings" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_pages_purpose";
  DROP TYPE "public"."enum_pages_status";
  DROP TYPE "public"."enum__pages_v_version_purpose";
  DROP TYPE "public"."enum__pages_v_version_status";
  DROP TYPE "public"."enum__pages_v_published_locale";
  DROP TYPE "public"."enum_publications_kind";
  DROP TYPE "public"."enum_publications_origin";
  DROP TYPE "public"."enum_publications_institution";
  DROP TYPE "public"."enum_publications_date_precision";
  DROP TYPE "public"."enum_publications_status";
  DROP TYPE "public"."enum__publications_v_version_kind";
  DROP TYPE "public"."enum__publications_v_version_origin";
  DROP TYPE "public"."enum__publications_v_version_institution";
  DROP TYPE "public"."enum__publications_v_version_date_precision";
  DROP TYPE "public"."enum__publications_v_version_status";
  DROP TYPE "public"."enum__publications_v_published_locale";
  DROP TYPE "public"."enum_hearings_kind";
  DROP TYPE "public"."enum_hearings_institution";
  DROP TYPE "public"."enum_hearings_date_precision";
  DROP TYPE "public"."enum_hearings_status";
  DROP TYPE "public"."enum__hearings_v_version_kind";
  DROP TYPE "public"."enum__hearings_v_version_institution";
  DROP TYPE "public"."enum__hearings_v_version_date_precision";
  DROP TYPE "public"."enum__hearings_v_version_status";
  DROP TYPE "public"."enum__hearings_v_published_locale";
  DROP TYPE "public"."enum_partner_networks_kind";
  DROP TYPE "public"."enum_partner_networks_status";
  DROP TYPE "public"."enum__partner_networks_v_version_kind";
  DROP TYPE "public"."enum__partner_networks_v_version_status";
  DROP TYPE "public"."enum__partner_networks_v_published_locale";
  DROP TYPE "public"."enum_trainings_audience";
  DROP TYPE "public"."enum_trainings_format";
  DROP TYPE "public"."enum_trainings_status";
  DROP TYPE "public"."enum__trainings_v_version_audience";
  DROP TYPE "public"."enum__trainings_v_version_format";
  DROP TYPE "public"."enum__trainings_v_version_status";
  DROP TYPE "public"."enum__trainings_v_published_locale";
  DROP TYPE "public"."enum_form_submissions_form_type";
  DROP TYPE "public"."enum_form_submissions_locale";
  DROP TYPE "public"."enum_users_role";`)
}

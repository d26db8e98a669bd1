import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Media sizes, S3 fields and the publication PDF; then SEO fields (pages' own seo_* columns renamed to the
// plugin's meta_*, keeping their text) and the redirects collection.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "media_locales" ALTER COLUMN "alt" DROP NOT NULL;
  ALTER TABLE "publications_locales" ADD COLUMN "file_id" integer;
  ALTER TABLE "_publications_v_locales" ADD COLUMN "version_file_id" integer;
  ALTER TABLE "media" ADD COLUMN "prefix" varchar DEFAULT '';
  ALTER TABLE "media" ADD COLUMN "_objectkey" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_small_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_small_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_small_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_small_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_small_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_small_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_medium_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_medium_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_medium_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_medium_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_medium_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_medium_filename" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_url" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_width" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_height" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_mime_type" varchar;
  ALTER TABLE "media" ADD COLUMN "sizes_large_filesize" numeric;
  ALTER TABLE "media" ADD COLUMN "sizes_large_filename" varchar;
  ALTER TABLE "publications_locales" ADD CONSTRAINT "publications_locales_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_publications_v_locales" ADD CONSTRAINT "_publications_v_locales_version_file_id_media_id_fk" FOREIGN KEY ("version_file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "publications_file_idx" ON "publications_locales" USING btree ("file_id","_locale");
  CREATE INDEX "_publications_v_version_version_file_idx" ON "_publications_v_locales" USING btree ("version_file_id","_locale");
  CREATE INDEX "media_sizes_small_sizes_small_filename_idx" ON "media" USING btree ("sizes_small_filename");
  CREATE INDEX "media_sizes_medium_sizes_medium_filename_idx" ON "media" USING btree ("sizes_medium_filename");
  CREATE INDEX "media_sizes_large_sizes_large_filename_idx" ON "media" USING btree ("sizes_large_filename");`)
  await db.execute(sql`
   CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"pages_id" integer,
  	"publications_id" integer,
  	"hearings_id" integer,
  	"trainings_id" integer
  );
  
  ALTER TABLE "pages_locales" RENAME COLUMN "seo_title" TO "meta_title";
  ALTER TABLE "pages_locales" RENAME COLUMN "seo_description" TO "meta_description";
  ALTER TABLE "_pages_v_locales" RENAME COLUMN "version_seo_title" TO "version_meta_title";
  ALTER TABLE "_pages_v_locales" RENAME COLUMN "version_seo_description" TO "version_meta_description";
  ALTER TABLE "publications_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "publications_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "_publications_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_publications_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "hearings_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "hearings_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "_hearings_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_hearings_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "trainings_locales" ADD COLUMN "meta_title" varchar;
  ALTER TABLE "trainings_locales" ADD COLUMN "meta_description" varchar;
  ALTER TABLE "_trainings_v_locales" ADD COLUMN "version_meta_title" varchar;
  ALTER TABLE "_trainings_v_locales" ADD COLUMN "version_meta_description" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_hearings_fk" FOREIGN KEY ("hearings_id") REFERENCES "public"."hearings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_trainings_fk" FOREIGN KEY ("trainings_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_pages_id_idx" ON "redirects_rels" USING btree ("pages_id");
  CREATE INDEX "redirects_rels_publications_id_idx" ON "redirects_rels" USING btree ("publications_id");
  CREATE INDEX "redirects_rels_hearings_id_idx" ON "redirects_rels" USING btree ("hearings_id");
  CREATE INDEX "redirects_rels_trainings_id_idx" ON "redirects_rels" USING btree ("trainings_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  ALTER TABLE "pages_locales" RENAME COLUMN "meta_title" TO "seo_title";
  ALTER TABLE "pages_locales" RENAME COLUMN "meta_description" TO "seo_description";
  ALTER TABLE "_pages_v_locales" RENAME COLUMN "version_meta_title" TO "version_seo_title";
  ALTER TABLE "_pages_v_locales" RENAME COLUMN "version_meta_description" TO "version_seo_description";
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "publications_locales" DROP COLUMN "meta_title";
  ALTER TABLE "publications_locales" DROP COLUMN "meta_description";
  ALTER TABLE "_publications_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_publications_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "hearings_locales" DROP COLUMN "meta_title";
  ALTER TABLE "hearings_locales" DROP COLUMN "meta_description";
  ALTER TABLE "_hearings_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_hearings_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "trainings_locales" DROP COLUMN "meta_title";
  ALTER TABLE "trainings_locales" DROP COLUMN "meta_description";
  ALTER TABLE "_trainings_v_locales" DROP COLUMN "version_meta_title";
  ALTER TABLE "_trainings_v_locales" DROP COLUMN "version_meta_description";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TYPE "public"."enum_redirects_to_type";`)
  await db.execute(sql`
   ALTER TABLE "publications_locales" DROP CONSTRAINT "publications_locales_file_id_media_id_fk";
  
  ALTER TABLE "_publications_v_locales" DROP CONSTRAINT "_publications_v_locales_version_file_id_media_id_fk";
  
  DROP INDEX "publications_file_idx";
  DROP INDEX "_publications_v_version_version_file_idx";
  DROP INDEX "media_sizes_small_sizes_small_filename_idx";
  DROP INDEX "media_sizes_medium_sizes_medium_filename_idx";
  DROP INDEX "media_sizes_large_sizes_large_filename_idx";
  ALTER TABLE "media_locales" ALTER COLUMN "alt" SET NOT NULL;
  ALTER TABLE "publications_locales" DROP COLUMN "file_id";
  ALTER TABLE "_publications_v_locales" DROP COLUMN "version_file_id";
  ALTER TABLE "media" DROP COLUMN "prefix";
  ALTER TABLE "media" DROP COLUMN "_objectkey";
  ALTER TABLE "media" DROP COLUMN "sizes_small_url";
  ALTER TABLE "media" DROP COLUMN "sizes_small_width";
  ALTER TABLE "media" DROP COLUMN "sizes_small_height";
  ALTER TABLE "media" DROP COLUMN "sizes_small_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_small_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_small_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_medium_url";
  ALTER TABLE "media" DROP COLUMN "sizes_medium_width";
  ALTER TABLE "media" DROP COLUMN "sizes_medium_height";
  ALTER TABLE "media" DROP COLUMN "sizes_medium_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_medium_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_medium_filename";
  ALTER TABLE "media" DROP COLUMN "sizes_large_url";
  ALTER TABLE "media" DROP COLUMN "sizes_large_width";
  ALTER TABLE "media" DROP COLUMN "sizes_large_height";
  ALTER TABLE "media" DROP COLUMN "sizes_large_mime_type";
  ALTER TABLE "media" DROP COLUMN "sizes_large_filesize";
  ALTER TABLE "media" DROP COLUMN "sizes_large_filename";`)
}

import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "urgent_contacts_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" varchar NOT NULL
  );
  
  CREATE TABLE "urgent_contacts_contacts_locales" (
  	"label" varchar NOT NULL,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "urgent_contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "safety" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"quick_exit_url" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "safety_locales" (
  	"advice" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "urgent_contacts_contacts" ADD CONSTRAINT "urgent_contacts_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."urgent_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "urgent_contacts_contacts_locales" ADD CONSTRAINT "urgent_contacts_contacts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."urgent_contacts_contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "safety_locales" ADD CONSTRAINT "safety_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."safety"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "urgent_contacts_contacts_order_idx" ON "urgent_contacts_contacts" USING btree ("_order");
  CREATE INDEX "urgent_contacts_contacts_parent_id_idx" ON "urgent_contacts_contacts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "urgent_contacts_contacts_locales_locale_parent_id_unique" ON "urgent_contacts_contacts_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "safety_locales_locale_parent_id_unique" ON "safety_locales" USING btree ("_locale","_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "urgent_contacts_contacts" CASCADE;
  DROP TABLE "urgent_contacts_contacts_locales" CASCADE;
  DROP TABLE "urgent_contacts" CASCADE;
  DROP TABLE "safety" CASCADE;
  DROP TABLE "safety_locales" CASCADE;`)
}

import { type MigrateUpArgs, type MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_form_submissions_appointment_request_contact_by" AS ENUM('phone', 'email');
  ALTER TYPE "public"."enum_form_submissions_form_type" ADD VALUE 'membership-request';
  ALTER TYPE "public"."enum_form_submissions_form_type" ADD VALUE 'appointment-request';
  ALTER TABLE "form_submissions" ADD COLUMN "membership_request_name" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "membership_request_email" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "membership_request_phone" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "membership_request_organisation" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "membership_request_message" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "membership_request_consent" boolean;
  ALTER TABLE "form_submissions" ADD COLUMN "appointment_request_name" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "appointment_request_contact_by" "enum_form_submissions_appointment_request_contact_by";
  ALTER TABLE "form_submissions" ADD COLUMN "appointment_request_phone" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "appointment_request_email" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "appointment_request_safe_times" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "appointment_request_message" varchar;
  ALTER TABLE "form_submissions" ADD COLUMN "appointment_request_consent" boolean;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "form_submissions" ALTER COLUMN "form_type" SET DATA TYPE text;
  DROP TYPE "public"."enum_form_submissions_form_type";
  CREATE TYPE "public"."enum_form_submissions_form_type" AS ENUM('quote-request');
  ALTER TABLE "form_submissions" ALTER COLUMN "form_type" SET DATA TYPE "public"."enum_form_submissions_form_type" USING "form_type"::"public"."enum_form_submissions_form_type";
  ALTER TABLE "form_submissions" DROP COLUMN "membership_request_name";
  ALTER TABLE "form_submissions" DROP COLUMN "membership_request_email";
  ALTER TABLE "form_submissions" DROP COLUMN "membership_request_phone";
  ALTER TABLE "form_submissions" DROP COLUMN "membership_request_organisation";
  ALTER TABLE "form_submissions" DROP COLUMN "membership_request_message";
  ALTER TABLE "form_submissions" DROP COLUMN "membership_request_consent";
  ALTER TABLE "form_submissions" DROP COLUMN "appointment_request_name";
  ALTER TABLE "form_submissions" DROP COLUMN "appointment_request_contact_by";
  ALTER TABLE "form_submissions" DROP COLUMN "appointment_request_phone";
  ALTER TABLE "form_submissions" DROP COLUMN "appointment_request_email";
  ALTER TABLE "form_submissions" DROP COLUMN "appointment_request_safe_times";
  ALTER TABLE "form_submissions" DROP COLUMN "appointment_request_message";
  ALTER TABLE "form_submissions" DROP COLUMN "appointment_request_consent";
  DROP TYPE "public"."enum_form_submissions_appointment_request_contact_by";`)
}

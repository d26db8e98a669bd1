import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "_pages_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_publications_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_hearings_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_partner_networks_v" ADD COLUMN "autosave" boolean;
  ALTER TABLE "_trainings_v" ADD COLUMN "autosave" boolean;
  CREATE INDEX "_pages_v_autosave_idx" ON "_pages_v" USING btree ("autosave");
  CREATE INDEX "_publications_v_autosave_idx" ON "_publications_v" USING btree ("autosave");
  CREATE INDEX "_hearings_v_autosave_idx" ON "_hearings_v" USING btree ("autosave");
  CREATE INDEX "_partner_networks_v_autosave_idx" ON "_partner_networks_v" USING btree ("autosave");
  CREATE INDEX "_trainings_v_autosave_idx" ON "_trainings_v" USING btree ("autosave");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "_pages_v_autosave_idx";
  DROP INDEX "_publications_v_autosave_idx";
  DROP INDEX "_hearings_v_autosave_idx";
  DROP INDEX "_partner_networks_v_autosave_idx";
  DROP INDEX "_trainings_v_autosave_idx";
  ALTER TABLE "_pages_v" DROP COLUMN "autosave";
  ALTER TABLE "_publications_v" DROP COLUMN "autosave";
  ALTER TABLE "_hearings_v" DROP COLUMN "autosave";
  ALTER TABLE "_partner_networks_v" DROP COLUMN "autosave";
  ALTER TABLE "_trainings_v" DROP COLUMN "autosave";`)
}

import * as migration_20261129_091649_initial from './20261129_091649_initial';
import * as migration_20261129_094501_site_builds from './20261129_094501_site_builds';
import * as migration_20261129_102416_lockout_autosave from './20261129_102416_lockout_autosave';
import * as migration_20261129_103252_safety_globals from './20261129_103252_safety_globals';
import * as migration_20261129_111516_editors from './20261129_111516_editors';
import * as migration_20261129_112931_requests_received from './20261129_112931_requests_received';
import * as migration_20261129_114500_media_seo_redirects from './20261129_114500_media_seo_redirects';
import * as migration_20261129_140000_form_intake from './20261129_140000_form_intake';
import * as migration_20261129_141145_membership_appointment_forms from './20261129_141145_membership_appointment_forms';
import * as migration_20261204_162100_page_blocks from './20261204_162100_page_blocks';

export const migrations = [
  {
    up: migration_20261129_091649_initial.up,
    down: migration_20261129_091649_initial.down,
    name: '20261129_091649_initial',
  },
  {
    up: migration_20261129_094501_site_builds.up,
    down: migration_20261129_094501_site_builds.down,
    name: '20261129_094501_site_builds',
  },
  {
    up: migration_20261129_102416_lockout_autosave.up,
    down: migration_20261129_102416_lockout_autosave.down,
    name: '20261129_102416_lockout_autosave',
  },
  {
    up: migration_20261129_103252_safety_globals.up,
    down: migration_20261129_103252_safety_globals.down,
    name: '20261129_103252_safety_globals',
  },
  {
    up: migration_20261129_111516_editors.up,
    down: migration_20261129_111516_editors.down,
    name: '20261129_111516_editors',
  },
  {
    up: migration_20261129_112931_requests_received.up,
    down: migration_20261129_112931_requests_received.down,
    name: '20261129_112931_requests_received',
  },
  {
    up: migration_20261129_114500_media_seo_redirects.up,
    down: migration_20261129_114500_media_seo_redirects.down,
    name: '20261129_114500_media_seo_redirects',
  },
  {
    up: migration_20261129_140000_form_intake.up,
    down: migration_20261129_140000_form_intake.down,
    name: '20261129_140000_form_intake',
  },
  {
    up: migration_20261129_141145_membership_appointment_forms.up,
    down: migration_20261129_141145_membership_appointment_forms.down,
    name: '20261129_141145_membership_appointment_forms',
  },
  {
    up: migration_20261204_162100_page_blocks.up,
    down: migration_20261204_162100_page_blocks.down,
    name: '20261204_162100_page_blocks'
  },
];

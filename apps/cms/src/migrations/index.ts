import * as migration_20261129_091649_initial from './20261129_091649_initial';

export const migrations = [
  {
    up: migration_20261129_091649_initial.up,
    down: migration_20261129_091649_initial.down,
    name: '20261129_091649_initial'
  },
];

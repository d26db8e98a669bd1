import { userRoles } from '@mist/schema'
import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf.ts'
import { isAdmin, isAdminField } from '../../access/isAdmin.ts'
import { env } from '../../env.ts'
import { closeFirstUserScreen } from './hooks/closeFirstUserScreen.ts'
import { hideLockout } from './hooks/hideLockout.ts'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.ts'
import { sessionCookies } from './sessionCookies.ts'

export const usersSlug = 'users'

/** Staff accounts. Admins manage users; editors write content and read form submissions. */
export const Users: CollectionConfig = {
  slug: usersSlug,
  labels: {
    singular: { fr: 'Utilisateur', en: 'User' },
    plural: { fr: 'Utilisateurs', en: 'Users' },
  },
  auth: {
    // Locks an account for 15 minutes after 5 wrong passwords in a row (brute force on the admin login).
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: sessionCookies(env.CMS_URL),
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'role'] },
  access: {
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    // Payload lets any signed-in user unlock any account (POST /api/users/unlock): an editor could then reset
    // the admin's lockout between guesses, and learn which addresses have an account.
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [closeFirstUserScreen],
    beforeChange: [makeFirstUserAdmin],
    afterError: [hideLockout],
  },
  fields: [
    {
      name: 'role',
      type: 'select',
      required: true,
      // Only the "create first user" screen shows this form to someone not signed in, and that account
      // becomes an admin (makeFirstUserAdmin): show it so.
      defaultValue: ({ user }) => (user ? 'editor' : 'admin'),
      saveToJWT: true,
      label: { fr: 'Rôle', en: 'Role' },
      options: userRoles.map((value) => ({
        value,
        label:
          value === 'admin'
            ? { fr: 'Administrateur', en: 'Admin' }
            : { fr: 'Éditeur', en: 'Editor' },
      })),
      access: { create: isAdminField, update: isAdminField },
    },
  ],
}

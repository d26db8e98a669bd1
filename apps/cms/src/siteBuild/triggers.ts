/** Build requests that carry no content change (they do not count as pending changes). */
export const startupTrigger = 'CMS start'
export const rebuildTrigger = 'rebuild requested in the admin'
